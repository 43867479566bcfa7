package org.actorgraph.relate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.LeadLines;

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

  /** The last article each thread asked about, with its country: most finders ask. */
  private static final ArticleMemo<Optional<Entity>> FOUND =
      new ArticleMemo<>(ArticleCountry::find);

  /** The country {@code article} is mostly about, if it has one (computed once per article). */
  static Optional<Entity> of(ResolvedArticle article) {
    return FOUND.of(article);
  }

  private static Optional<Entity> find(ResolvedArticle article) {
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

  /**
   * A dateline's city in capitals, then a comma or the agency's parenthesis: "PORT ASTER, Freedonia
   * (Agency) -", "PORT ASTER, June 3 (Agency) -", "PORT ASTER (Agency) -".
   */
  private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z .'’-]{2,40})(, | \\()");

  /** "ADDIS ABABA" as gazetteer names are written: "Addis Ababa". */
  private static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder();
    for (String w : capitals.split(" ")) {
      if (!w.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ")
            .append(w.charAt(0))
            .append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /**
   * The country a dateline names after its city ({@code PORT ASTER, Freedonia (Agency) -}), or
   * whose capital the city is ({@code NIAMEY, July 30 (Agency) -}, in the standard gazetteer):
   * where the article was filed, which counts as one more mention of a country the article names.
   * The dateline opens the body or the line after its headline ({@link LeadLines}).
   */
  static Optional<Entity> datelineCountry(ResolvedArticle article) {
    String body = article.annotated().body();
    int line = LeadLines.datelineStart(body);
    Matcher m = DATELINE.matcher(body.substring(line, Math.min(body.length(), line + 60)));
    if (!m.find()) {
      return Optional.empty();
    }
    int at = line + m.end();
    List<Entity> countries =
        article.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
    Optional<Entity> named =
        countries.stream()
            .filter(e -> e.mentions().stream().anyMatch(x -> x.span().start() == at))
            .findFirst();
    if (named.isPresent()) {
      return named;
    }
    String city = m.group(1).strip();
    Optional<String> code =
        Gazetteer.standard().byCapital(titleCase(city)).flatMap(GazetteerEntry::isoCode);
    return code.flatMap(c -> countries.stream().filter(e -> e.isoCode().equals(code)).findFirst());
  }
}
