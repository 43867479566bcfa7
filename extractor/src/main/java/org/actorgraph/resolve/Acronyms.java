package org.actorgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.mention.EntityType;
import org.actorgraph.mention.Mention;

/**
 * Finds acronyms an article defines by writing them in parentheses right after a name: "the
 * Democratic Progressive Party (DPP)", "Reciprocal Access Agreement (RAA)".
 */
final class Acronyms {

  private static final Pattern PARENTHESISED =
      Pattern.compile("\\A\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{Nd}.&-]{1,9})\\s*\\)");

  private Acronyms() {}

  /**
   * Maps each acronym defined in {@code body} to the normalised name of the organisation or country
   * mention it follows.
   */
  static Map<String, String> defined(String body, List<Mention> mentions) {
    Map<String, String> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE) {
        continue;
      }
      int end = m.span().end();
      Matcher matcher =
          PARENTHESISED.matcher(body.substring(end, Math.min(body.length(), end + 16)));
      if (matcher.find() && !matcher.group(1).equals(m.text())) {
        out.putIfAbsent(matcher.group(1), Names.normalise(m.text()));
      }
    }
    return out;
  }
}
