package org.actorgraph.relate;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * The seat the words give an organisation right before its name ({@code the Port Aster-based
 * Sylvanian Observatory for Human Rights}). A seat outside the country that the organisation's name
 * carries says that the name tells what it watches or whom it serves, not where it belongs: such an
 * organisation is no body of that country, by its name ({@link BodyOwners}) or by the learned
 * reading ({@link LearnedRelationFinder}).
 */
final class WrittenSeats {

  /**
   * "-based" (or "-headquartered") and spaces ending the text before an organisation's name, or
   * before the capitalised word that opens it where the name's mention starts after its demonym
   * ("-based Sylvanian" before "Observatory for Human Rights").
   */
  private static final Pattern SEAT_BEFORE =
      Pattern.compile("[-\\u2010](?i:based|headquartered)\\s+(\\p{Lu}\\p{L}*\\s+)?$");

  /** How far before the name the seat's participle may end, and the seat's name begin. */
  private static final int PARTICIPLE = 40;

  private static final int SEAT = 60;

  private WrittenSeats() {}

  /**
   * Whether a mention of {@code org} follows a seat written with "-based" that is an entity of the
   * article failing {@code inCountry} (neither the country nor a place in it).
   */
  static boolean elsewhere(ResolvedArticle article, Entity org, Predicate<Entity> inCountry) {
    String body = article.annotated().body();
    for (Mention m : org.mentions()) {
      int start = m.span().start();
      int from = Math.max(0, start - PARTICIPLE);
      Matcher seat = SEAT_BEFORE.matcher(body.substring(from, start));
      if (!seat.find()) {
        continue;
      }
      int seatEnd = from + seat.start();
      for (ResolvedArticle.Located l :
          article.mentionsWithin(new CharSpan(Math.max(0, start - SEAT), start))) {
        if (l.mention().span().end() == seatEnd) {
          return !inCountry.test(l.entity());
        }
      }
    }
    return false;
  }
}
