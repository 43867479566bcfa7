package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds where a title written before a name ends, when words stand between the two: abbreviated
 * ranks and honorifics ({@code Col. Jane Roe}), "-elect" or "-designate", the country of a posting
 * ({@code Ambassador to Sylvania X}) and a remit ({@code Minister for the Middle East X}), which is
 * written into the title's name.
 */
final class TitleEnds {

  /** How many tokens a title's remit may run ("for the Middle East and North Africa"). */
  private static final int MAX_REMIT = 9;

  /** Lower-case words inside a remit: "for the Middle East and North Africa". */
  private static final Set<String> REMIT_LINKS = Set.of("the", "and", "of");

  private TitleEnds() {}

  /**
   * {@code the brigade commander, Col. Jane Roe}, {@code the bank's chairman, Mr. John Roe}: where
   * the abbreviated ranks and honorifics right before a name start (a capitalised word of at most
   * five letters with its full stop); {@code p} when there are none.
   */
  static int beforeAbbreviations(List<Token> tokens, int p) {
    int q = p;
    while (q > 0) {
      String w = tokens.get(q - 1).text();
      if (w.equals(".") && q > 1 && abbreviation(tokens.get(q - 2).text() + ".")) {
        q -= 2;
      } else if (abbreviation(w)) {
        q--;
      } else {
        return q;
      }
    }
    return q;
  }

  private static boolean abbreviation(String w) {
    return w.matches("\\p{Lu}\\p{L}{0,4}\\.");
  }

  /**
   * {@code Freedonia's president-elect Jane Doe}, {@code prime minister-designate Jane Doe}: where
   * the title ends when "-elect" or "-designate" ends it ({@link PositionFinder#position} writes
   * the status back); {@code end} otherwise.
   */
  static int beforeElect(List<Token> tokens, int end) {
    return end >= 3
            && TitleWords.ELECT.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))
            && tokens.get(end - 2).text().equals("-")
        ? end - 2
        : end;
  }

  /**
   * {@code Minister for the Middle East Jane Roe}, {@code Minister for Asia and the Pacific, Jane
   * Roe,}: where a title's remit ("for" and capitalised words, with "the", "and" or "of") starts
   * when it runs up to {@code end}; -1 when none does.
   */
  static int remitStart(List<Token> tokens, int end) {
    for (int f = end - 2; f >= 1 && f >= end - MAX_REMIT; f--) {
      Token t = tokens.get(f);
      if (t.text().equals("for")) {
        return tokens.get(f + 1).isCapitalised() || tokens.get(f + 1).text().equals("the") ? f : -1;
      }
      if (!t.isCapitalised() && !REMIT_LINKS.contains(t.text())) {
        return -1;
      }
    }
    return -1;
  }

  /** The title with its remit, tokens {@code [remit, end)}, written into its name. */
  static RoleLexicon.Role withRemitWords(
      List<Token> tokens, RoleLexicon.Role role, int remit, int end) {
    String words = StructureFinder.text(tokens, remit + 1, end).toLowerCase(Locale.ROOT);
    return new RoleLexicon.Role(
        role.name() + " for " + words, role.length() + end - remit, role.head());
  }

  /**
   * {@code Freedonia's Ambassador to Sylvania X}, {@code Freedonia's ambassador to the Union, X}:
   * where the title ends when "to" and the country or international organisation of the posting
   * stand between it and the name; so does the station of an office abroad or away from its seat,
   * "in" and a place or country ({@code the agency's spokesperson in Geneva, X}, {@code Freedonia's
   * ambassador in Sylvania, X}); {@code end} when neither does.
   */
  static int beforePosting(SentenceActors sa, int end) {
    List<Token> tokens = sa.tokens();
    for (Located l : sa.mentions()) {
      if (sa.lastToken(l) != end - 1) {
        continue;
      }
      EntityType type = l.entity().type();
      boolean country = type == EntityType.COUNTRY;
      int to = sa.firstToken(l) - 1;
      if (to > 0 && tokens.get(to).text().equalsIgnoreCase("the")) {
        to--;
      }
      String word = to > 0 ? tokens.get(to).text() : "";
      if (word.equals("to") && (country || MemberLists.isInternational(l.entity()))) {
        return to;
      }
      if (word.equals("in") && (country || type == EntityType.PLACE)) {
        return to;
      }
    }
    return end;
  }
}
