package org.actorgraph.relate;

import java.util.List;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * {@code John Roe, a correspondent for Freedonia Radio based in Port Aster}: an organisation a
 * person works for, named in the title set off after the person's name, with a bare "based in"
 * after it. The participle there says where the person works (the nearest noun phrase it modifies
 * is the apposition about the person, and a bureau is where its staff are), not where the
 * organisation has its seat; a relative clause ({@code ORG, which is based in}) still speaks of the
 * organisation and is not read here.
 */
final class StaffSeats {

  /** The bare participle, with or without a comma before it. */
  private static final Pattern BARE = Pattern.compile("(, )?(based|located|stationed) in( the)?");

  /** Prepositions that join a title to its holder's employer ("for", "at", "with"). */
  private static final Pattern STAFF = Pattern.compile("(?i)for|at|with");

  /** Tokens an apposition may have between its comma and the preposition. */
  private static final int WINDOW = 6;

  private StaffSeats() {}

  /**
   * Whether {@code gap}, the words between {@code org} and a place, is a bare "based in" that
   * speaks of the person whose title names {@code org} as employer: "PERSON, [a] TITLE for|at|with
   * [the] ORG based in".
   */
  static boolean holdersSeat(SentenceActors sa, Located org, String gap) {
    if (!BARE.matcher(gap).matches()) {
      return false;
    }
    List<Token> tokens = sa.tokens();
    int prep = sa.firstToken(org) - 1;
    if (prep >= 0 && tokens.get(prep).text().equalsIgnoreCase("the")) {
      prep--;
    }
    if (prep < 2 || !STAFF.matcher(tokens.get(prep).text()).matches()) {
      return false;
    }
    for (int j = prep - 1; j >= Math.max(1, prep - WINDOW); j--) {
      String t = tokens.get(j).text();
      if (t.equals(",")) {
        int name = j - 1;
        if (name >= 2
            && tokens.get(name).text().matches("\\d{1,3}")
            && tokens.get(name - 1).text().equals(",")) {
          name -= 2; // "John Roe, 45, a correspondent for": past the age
        }
        return sa.endingAt(name, EntityType.PERSON).isPresent();
      }
      if (t.matches("[;:()]") || tokens.get(j).pos().matches("VERB|AUX")) {
        return false;
      }
    }
    return false;
  }
}
