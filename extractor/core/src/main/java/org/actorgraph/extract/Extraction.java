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
 * @param failures the finders that failed on it, one line each ({@link
 *     org.actorgraph.ingest.StageFailures}); empty when the article was extracted whole
 */
public record Extraction(ResolvedArticle resolved, List<Fact> facts, List<String> failures) {

  public Extraction {
    Objects.requireNonNull(resolved, "resolved");
    facts = List.copyOf(facts);
    failures = List.copyOf(failures);
  }

  /** An article extracted whole. */
  public Extraction(ResolvedArticle resolved, List<Fact> facts) {
    this(resolved, facts, List.of());
  }
}
