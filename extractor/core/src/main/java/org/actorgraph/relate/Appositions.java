package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
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
 * ("Sylvanian"); the whole is the first place or actor after "in" or "of".
 */
final class Appositions {

  /** One word, possibly hyphenated, that may stand between the kind and the whole. */
  private static final String ADJECTIVE = "( [\\w-]+( - [\\w-]+)?)?";

  private static final Pattern PLACE_KIND =
      Pattern.compile(
          ".*\\b(territory|region|province|state|city|town|village|port|island|islands|area"
              + "|enclave|district|capital|part) (in|of)( the)?"
              + ADJECTIVE);

  /** {@code X, a militant group in neighbouring Sylvania}: an actor based in a place. */
  private static final Pattern BASED_KIND =
      Pattern.compile(
          ".*\\b(group|movement|militia|party|company|firm|faction|network|gang|cartel)"
              + " (in|based in)( the)?"
              + ADJECTIVE);

  private static final Pattern BODY_KIND =
      Pattern.compile(
          ".*\\b(unit|subsidiary|arm|division|branch|wing|affiliate|agency|ministry|department)"
              + " of( the)?");

  private static final int MAX_GAP = 10;

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
      if (comma >= sa.tokens().size()
          || !sa.tokens().get(comma).text().equals(",")
          || comma + 1 >= sa.tokens().size()
          || !sa.tokens().get(comma + 1).text().matches("(?i)the|a|an")) {
        continue;
      }
      for (int m = k + 1; m < ms.size(); m++) {
        Located b = ms.get(m);
        int gapEnd = sa.firstToken(b);
        if (words(sa, comma + 1, gapEnd) > MAX_GAP) {
          break;
        }
        String gap = StructureFinder.text(sa.tokens(), comma + 1, gapEnd);
        if (gap.matches(".*[,;:()].*")) {
          break;
        }
        Entity part = a.entity();
        Entity whole = b.entity();
        if (part.equals(whole)) {
          continue;
        }
        if (part.type() == EntityType.PLACE
            && whole.type() != EntityType.PERSON
            && whole.type() != EntityType.ORGANISATION
            && PLACE_KIND.matcher(gap).matches()) {
          out.add(new Fact.LocatedIn(part, whole, 0.65, List.of(sa.evidence())));
          break;
        }
        if (part.type() == EntityType.ORGANISATION
            && (whole.type() == EntityType.COUNTRY || whole.type() == EntityType.PLACE)
            && BASED_KIND.matcher(gap).matches()) {
          out.add(new Fact.LocatedIn(part, whole, 0.6, List.of(sa.evidence())));
          break;
        }
        if (part.type() == EntityType.ORGANISATION
            && whole.type() == EntityType.COUNTRY
            && gap.matches("(?i)(the|a|an)( [a-z-]+)?")
            && demonymBeforeKind(sa, b)) {
          out.add(new Fact.LocatedIn(part, whole, 0.65, List.of(sa.evidence())));
          break;
        }
        if (part.type() == EntityType.ORGANISATION
            && whole.type() != EntityType.PERSON
            && whole.type() != EntityType.PLACE
            && (BODY_KIND.matcher(gap).matches()
                || gap.equalsIgnoreCase("the") && possessiveBodyKind(sa, b))) {
          out.add(new Fact.PartOf(part, whole, 0.65, List.of(sa.evidence())));
          break;
        }
      }
    }
    return out;
  }

  /** The nouns of {@link #BODY_KIND}: a body of a larger one. */
  private static final Pattern BODY_NOUN =
      Pattern.compile(
          "unit|subsidiary|arm|division|branch|wing|affiliate|agency|ministry|department");

  /**
   * {@code the Commission, the Union's executive arm,}: after the whole's mention, its possessive,
   * at most two lower-case words and a noun for a body of a larger one end the apposition.
   */
  private static boolean possessiveBodyKind(SentenceActors sa, Located whole) {
    List<Token> tokens = sa.tokens();
    int k = sa.lastToken(whole) + 1;
    if (k >= tokens.size() || !tokens.get(k).text().matches("['’]s")) {
      return false;
    }
    int end = k + 1;
    while (end < tokens.size() && end - k <= 3 && tokens.get(end).text().matches("[a-z-]+")) {
      end++;
    }
    return end > k + 1
        && (end == tokens.size() || tokens.get(end).text().matches("[,.;)]"))
        && BODY_NOUN.matcher(tokens.get(end - 1).text()).matches();
  }

  /**
   * {@code Asterwerk, the German carmaker,}: after the country's mention, one to four lower-case
   * words ending in a kind of organisation end the apposition.
   */
  private static boolean demonymBeforeKind(SentenceActors sa, Located country) {
    List<Token> tokens = sa.tokens();
    int from = sa.lastToken(country) + 1;
    int end = from;
    while (end < tokens.size() && end - from < 4 && tokens.get(end).text().matches("[a-z-]+")) {
      end++;
    }
    return end > from
        && (end == tokens.size() || tokens.get(end).text().matches("[,.;)]"))
        && StructureFinder.kindOfOrganisation(StructureFinder.text(tokens, from, end));
  }
}
