package org.actorgraph.relate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The country an article is mostly about: the country entity named most often, when it is named at
 * least {@value #MIN_MENTIONS} times and at least twice as often as any other country; a country
 * named in the dateline after its city counts one mention more.
 *
 * <p>Design decision: rules that need a country the text leaves unsaid ("President Tsai", "the
 * National Police") fall back on it, so it must be clear-cut; a close second means the article is
 * about two countries and no default is given.
 */
final class ArticleCountry {

  static final int MIN_MENTIONS = 3;

  private ArticleCountry() {}

  static Optional<Entity> of(ResolvedArticle article) {
    Optional<Entity> dateline = datelineCountry(article);
    java.util.function.ToIntFunction<Entity> weight =
        e -> e.mentions().size() + (dateline.filter(e::equals).isPresent() ? 1 : 0);
    List<Entity> countries =
        article.entities().stream()
            .filter(e -> e.type() == EntityType.COUNTRY)
            .sorted(Comparator.comparingInt(weight).reversed())
            .toList();
    if (countries.isEmpty()) {
      return Optional.empty();
    }
    int first = weight.applyAsInt(countries.get(0));
    int second = countries.size() > 1 ? weight.applyAsInt(countries.get(1)) : 0;
    return first >= MIN_MENTIONS && first >= 2 * second
        ? Optional.of(countries.get(0))
        : Optional.empty();
  }

  /** A dateline's city in capitals, then a comma: "PORT ASTER, Freedonia (Agency) -". */
  private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'’-]{2,40}, ");

  /**
   * The country a dateline names after its city ({@code PORT ASTER, Freedonia (Agency) -}): where
   * the article was filed, which counts as one more mention.
   */
  static Optional<Entity> datelineCountry(ResolvedArticle article) {
    String body = article.annotated().body();
    Matcher m = DATELINE.matcher(body.substring(0, Math.min(body.length(), 60)));
    if (!m.find()) {
      return Optional.empty();
    }
    int at = m.end();
    return article.entities().stream()
        .filter(e -> e.type() == EntityType.COUNTRY)
        .filter(e -> e.mentions().stream().anyMatch(x -> x.span().start() == at))
        .findFirst();
  }
}
