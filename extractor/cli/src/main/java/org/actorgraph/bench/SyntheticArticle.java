package org.actorgraph.bench;

import java.util.List;
import java.util.Objects;
import org.actorgraph.ingest.Article;

/**
 * One generated article and the actors planted in it.
 *
 * @param article the article as the ingest stage would read it
 * @param actors the full names of the people, countries and organisations its body names
 */
public record SyntheticArticle(Article article, List<String> actors) {

  public SyntheticArticle {
    Objects.requireNonNull(article, "article");
    actors = List.copyOf(actors);
  }
}
