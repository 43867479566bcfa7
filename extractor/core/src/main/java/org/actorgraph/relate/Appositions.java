package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Structure stated by an apposition that describes a name by a kind and a larger whole: {@code
 * Aster Coast, the former Sylvanian territory in North Ruritania} (located in), {@code Aster
 * Defense, the defence unit of Aster Industries} (part of), {@code Aster Coast, a northern part of
 * the oil-rich Sylvania} and {@code the Red Hand, a militant group in neighbouring Sylvania}
 * (located in; one word may stand before the whole); {@code Asterwerk, the German carmaker,}
 * (located in: a company of a country). Other mentions may stand inside the description
 * ("Sylvanian"); the whole is the first place or actor after "in" or "of". Also: {@code Korvo, a
 * city of about two million people in eastern Sylvania}; {@code Korvo, the capital of Sylvania's
 * Aster province} and {@code Korvo, capital of Sylvania's Aster province} (in the province as well
 * as the country); {@code Korvo, a Sylvanian island} (not a former one); {@code X, a Union agency},
 * {@code X, the Union's armed wing} (part of); {@code Asterwerk, Sylvania's largest carmaker} and
 * {@code Asterwerk, the Aster-based carmaker} (located in).
 */
final class Appositions {

  /** One word, possibly hyphenated, that may stand between the kind and the whole. */
  private static final String ADJECTIVE = "( [\\w-]+( - [\\w-]+)?)?";

  /** Kinds of place an apposition names before the larger place it lies in. */
  private static final String PLACE_NOUNS =
      "territory|region|province|state|city|town|village|port|island|islands|area|enclave"
          + "|district|capital|part|archipelago|prefecture|county|governorate|oblast"
          + "|township|suburb|neighbourhood|neighborhood|municipality";

  /** {@code a city of about two million people}: how many live there, between kind and whole. */
  private static final String POPULATION =
      "( of( about| some| around| nearly| almost| roughly| more than| over)? [\\w.,]+"
          + "( million| thousand)? (people|residents|inhabitants))?";

  /** An article alone: what opens a descriptive apposition ("X, the ...", "X, a ..."). */
  private static final Pattern ARTICLE = Pattern.compile("(?i)the|a|an");

  private static final Pattern PLACE_KIND =
      Pattern.compile(".*\\b(" + PLACE_NOUNS + ")" + POPULATION + " (in|of)( the)?" + ADJECTIVE);

  private static final Pattern PLACE_NOUN = Pattern.compile(PLACE_NOUNS);

  /** {@code X, a militant group in neighbouring Sylvania}: an actor based in a place. */
  private static final Pattern BASED_KIND =
      Pattern.compile(
          ".*\\b(group|movement|militia|party|company|firm|faction|network|gang|cartel|affiliate)"
              + " (in|based in)( the)?"
              + ADJECTIVE);

  /** Nouns for a body of a larger one: its unit, arm, agency, watchdog. */
  static final String BODY_NOUNS =
      "unit|subsidiary|arm|division|branch|wing|affiliate|agency|ministry|department|watchdog"
          + "|body|organ";

  /** {@code X, the defence unit of Y}, {@code X, the upper house of Y}: a body of the whole. */
  private static final Pattern BODY_KIND =
      Pattern.compile(".*\\b(" + BODY_NOUNS + "|(upper|lower) (house|chamber)) of( the)?");

  private static final Pattern BODY_NOUN = Pattern.compile(BODY_NOUNS);

  private static final int MAX_GAP = 10;

  /** At most this many words between a whole's mention and the kind of body or place after it. */
  private static final int KIND_WORDS = 3;

  private Appositions() {}

  /**
   * How many words tokens {@code [from, to)} hold: a hyphen joins two into one ("Sunni-majority").
   */
  private static int words(SentenceActors sa, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!sa.tokens().get(i).text().equals("-")) {
        n++;
      }
    }
    return n;
  }

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k < ms.size(); k++) {
      Located a = ms.get(k);
      int comma = sa.lastToken(a) + 1;
      if (comma + 1 >= sa.tokens().size() || !sa.tokens().get(comma).text().equals(",")) {
        continue;
      }
      if (!ARTICLE.matcher(sa.tokens().get(comma + 1).text()).matches()
          && !bareCapital(sa, comma + 1)) {
        if (k + 1 < ms.size() && sa.firstToken(ms.get(k + 1)) == comma + 1) {
          possessed(sa, a, ms.get(k + 1)).ifPresent(out::add);
        }
        continue;
      }
      described(sa, k, comma, out);
    }
    return out;
  }

  /**
   * Whether "capital of" starts at token {@code i}: wire copy drops the article of this apposition
   * ("Maiduguri, capital of Borno state").
   */
  private static boolean bareCapital(SentenceActors sa, int i) {
    return i + 1 < sa.tokens().size()
        && sa.tokens().get(i).text().equals("capital")
        && sa.tokens().get(i + 1).text().equals("of");
  }

  /**
   * The facts of an apposition opened by an article (or a bare "capital of") after mention {@code
   * k}'s comma.
   */
  private static void described(SentenceActors sa, int k, int comma, List<Fact> out) {
    List<Located> ms = sa.mentions();
    Entity part = ms.get(k).entity();
    for (int m = k + 1; m < ms.size(); m++) {
      Located b = ms.get(m);
      int gapEnd = sa.firstToken(b);
      if (words(sa, comma + 1, gapEnd) > MAX_GAP) {
        break;
      }
      String gap = StructureFinder.text(sa.tokens(), comma + 1, gapEnd);
      if (gap.matches("(.* )?[,;:()]( .*)?")) { // "a city of 100,000 people" goes on
        break;
      }
      Entity whole = b.entity();
      if (part.equals(whole)) {
        continue;
      }
      if (part.type() == EntityType.PLACE
          && whole.type() != EntityType.PERSON
          && whole.type() != EntityType.ORGANISATION
          && PLACE_KIND.matcher(gap).matches()) {
        out.add(new Fact.LocatedIn(part, whole, 0.65, ev(sa)));
        possessedPlace(sa, m).ifPresent(p -> out.add(new Fact.LocatedIn(part, p, 0.65, ev(sa))));
        break;
      }
      if (part.type() == EntityType.PLACE
          && whole.type() == EntityType.COUNTRY
          && gap.matches("(?i)(the|a|an)( [\\w-]+){0,2}")
          && !gap.matches("(?i).*\\b(former|ex)\\b.*")
          && placeKindAfter(sa, b)) {
        out.add(new Fact.LocatedIn(part, whole, 0.65, ev(sa)));
        break;
      }
      if (part.type() == EntityType.ORGANISATION
          && (whole.type() == EntityType.COUNTRY || whole.type() == EntityType.PLACE)
          && BASED_KIND.matcher(gap).matches()) {
        out.add(new Fact.LocatedIn(part, whole, 0.6, ev(sa)));
        break;
      }
      if (part.type() == EntityType.ORGANISATION
          && whole.type() == EntityType.COUNTRY
          && gap.matches("(?i)(the|a|an)( [a-z-]+)?")
          && demonymBeforeKind(sa, sa.lastToken(b) + 1)) {
        out.add(new Fact.LocatedIn(part, whole, 0.65, ev(sa)));
        break;
      }
      if (part.type() == EntityType.ORGANISATION
          && (whole.type() == EntityType.PLACE || whole.type() == EntityType.COUNTRY)
          && ARTICLE.matcher(gap).matches()
          && basedAfter(sa, b)) {
        out.add(new Fact.LocatedIn(part, whole, 0.7, ev(sa)));
        break;
      }
      if (part.type() == EntityType.ORGANISATION
          && whole.type() != EntityType.PERSON
          && whole.type() != EntityType.PLACE
          && BODY_KIND.matcher(gap).matches()) {
        out.add(new Fact.PartOf(part, whole, 0.65, ev(sa)));
        break;
      }
      if (part.type() == EntityType.ORGANISATION
          && !part.subtype().filter("MediaOutlet"::equals).isPresent()
          && whole.type() != EntityType.PERSON
          && whole.type() != EntityType.PLACE
          && ARTICLE.matcher(gap).matches()
          && bodyKindAfter(sa, b)) {
        // no break: "X, an al-Qaeda affiliate in Sylvania" goes on to say where X is
        out.add(new Fact.PartOf(part, whole, 0.65, ev(sa)));
      }
    }
  }

  private static List<Evidence> ev(SentenceActors sa) {
    return List.of(sa.evidence());
  }

  /**
   * {@code Asterwerk, Sylvania's biggest carmaker,}, {@code the Red Guard, the Union's armed
   * wing,}: an apposition opened by a country's or organisation's possessive and ending in a kind
   * of organisation (located in the country; part of it when the kind is one a state runs) or a
   * kind of body (part of the whole).
   */
  private static Optional<Fact> possessed(SentenceActors sa, Located a, Located b) {
    Entity part = a.entity();
    Entity whole = b.entity();
    int s = sa.lastToken(b) + 1;
    if (part.type() != EntityType.ORGANISATION
        || part.equals(whole)
        || s >= sa.tokens().size()
        || !sa.tokens().get(s).text().matches("['’]s")) {
      return Optional.empty();
    }
    if (whole.type() == EntityType.COUNTRY && demonymBeforeKind(sa, s + 1)) {
      String words = lowerWords(sa, s + 1);
      if (words.endsWith("news agency")) {
        return Optional.empty(); // "Wire, Sylvania's official news agency": a media outlet
      }
      String kind = words.substring(words.lastIndexOf(' ') + 1);
      return Optional.of(
          StructureFinder.STATE_KINDS.contains(kind)
              ? new Fact.PartOf(part, whole, 0.65, ev(sa))
              : new Fact.LocatedIn(part, whole, 0.65, ev(sa)));
    }
    if ((whole.type() == EntityType.COUNTRY || whole.type() == EntityType.ORGANISATION)
        && bodyKindAfter(sa, b)) {
      return Optional.of(new Fact.PartOf(part, whole, 0.65, ev(sa)));
    }
    return Optional.empty();
  }

  /** The lower-case words from token {@code from} on. */
  private static String lowerWords(SentenceActors sa, int from) {
    List<Token> tokens = sa.tokens();
    int end = from;
    while (end < tokens.size() && tokens.get(end).text().matches("[a-z-]+")) {
      end++;
    }
    return StructureFinder.text(tokens, from, end);
  }

  /**
   * {@code the Commission, the Union's executive arm,}, {@code X, a Union agency,}, {@code X, the
   * Union children's agency}: after the whole's mention, its possessive if any, at most three
   * lower-case words (or possessives) and a noun for a body of a larger one end the apposition (or
   * go on with "in" and where the body is). A news agency is a media outlet of its own.
   */
  private static boolean bodyKindAfter(SentenceActors sa, Located whole) {
    List<Token> tokens = sa.tokens();
    int k = sa.lastToken(whole) + 1;
    if (k < tokens.size() && tokens.get(k).text().matches("['’]s")) {
      k++;
    }
    int end = k;
    while (end < tokens.size()
        && end - k < KIND_WORDS
        && tokens.get(end).text().matches("[a-z-]+|['’]s")) {
      end++;
    }
    return end > k
        && (end == tokens.size() || tokens.get(end).text().matches("[,.;)]|in|based"))
        && BODY_NOUN.matcher(tokens.get(end - 1).text()).matches()
        && !(end - 2 >= k && tokens.get(end - 2).text().equals("news"));
  }

  /**
   * {@code Lampedusa, an Italian island south of Sicily}: after the country's mention (its
   * demonym), at most two words and a kind of place.
   */
  private static boolean placeKindAfter(SentenceActors sa, Located country) {
    List<Token> tokens = sa.tokens();
    int from = sa.lastToken(country) + 1;
    for (int i = from; i < tokens.size() && i <= from + 2; i++) {
      String w = tokens.get(i).text();
      if (PLACE_NOUN.matcher(w).matches()) {
        return true;
      }
      if (!w.matches("[\\p{L}-]+")) {
        return false;
      }
    }
    return false;
  }

  /** {@code X, the Aster-based carmaker}: the place's mention goes on with "-based". */
  private static boolean basedAfter(SentenceActors sa, Located place) {
    List<Token> tokens = sa.tokens();
    int k = sa.lastToken(place) + 1;
    return k + 1 < tokens.size()
        && tokens.get(k).text().equals("-")
        && tokens.get(k + 1).text().equals("based");
  }

  /**
   * {@code Korvo, the capital of Sylvania's Aster province}: the place that the country's
   * possessive (mention {@code m}) opens right after it.
   */
  static Optional<Entity> possessedPlace(SentenceActors sa, int m) {
    List<Located> ms = sa.mentions();
    int s = sa.lastToken(ms.get(m)) + 1;
    if (ms.get(m).entity().type() != EntityType.COUNTRY
        || m + 1 >= ms.size()
        || s >= sa.tokens().size()
        || !sa.tokens().get(s).text().matches("['’]s")
        || sa.firstToken(ms.get(m + 1)) != s + 1
        || ms.get(m + 1).entity().type() != EntityType.PLACE) {
      return Optional.empty();
    }
    return Optional.of(ms.get(m + 1).entity());
  }

  /**
   * {@code Asterwerk, the German carmaker,}: from token {@code from} (right after the country's
   * mention or its possessive), one to four lower-case words ending in a kind of organisation end
   * the apposition.
   */
  private static boolean demonymBeforeKind(SentenceActors sa, int from) {
    List<Token> tokens = sa.tokens();
    int end = from;
    while (end < tokens.size() && end - from < 4 && tokens.get(end).text().matches("[a-z-]+")) {
      end++;
    }
    return end > from
        && (end == tokens.size() || tokens.get(end).text().matches("[,.;)]"))
        && StructureFinder.kindOfOrganisation(StructureFinder.text(tokens, from, end));
  }
}
