package org.actorgraph.extract;

import java.util.List;
import java.util.Objects;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Everything extracted from one article.
 *
 * @param resolved the article with its entities
 * @param facts the facts stated in it
 */
public record Extraction(ResolvedArticle resolved, List<Fact> facts) {

  public Extraction {
    Objects.requireNonNull(resolved, "resolved");
    facts = List.copyOf(facts);
  }
}
