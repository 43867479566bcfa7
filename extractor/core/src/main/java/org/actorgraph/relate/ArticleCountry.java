package org.actorgraph.relate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The country an article is mostly about: the country entity named most often, when it is named at
 * least {@value #MIN_MENTIONS} times and at least twice as often as any other country.
 *
 * <p>Design decision: rules that need a country the text leaves unsaid ("President Tsai", "the
 * National Police") fall back on it, so it must be clear-cut; a close second means the article is
 * about two countries and no default is given.
 */
final class ArticleCountry {

  static final int MIN_MENTIONS = 3;

  private ArticleCountry() {}

  static Optional<Entity> of(ResolvedArticle article) {
    List<Entity> countries =
        article.entities().stream()
            .filter(e -> e.type() == EntityType.COUNTRY)
            .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
            .toList();
    if (countries.isEmpty()) {
      return Optional.empty();
    }
    int first = countries.get(0).mentions().size();
    int second = countries.size() > 1 ? countries.get(1).mentions().size() : 0;
    return first >= MIN_MENTIONS && first >= 2 * second
        ? Optional.of(countries.get(0))
        : Optional.empty();
  }
}
