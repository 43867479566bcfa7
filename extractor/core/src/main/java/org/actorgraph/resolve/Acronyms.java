package org.actorgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * Finds acronyms an article defines by writing them in parentheses right after a name: "the
 * Freedonian Progressive Party (FPP)", "Mutual Access Agreement (MAA)".
 */
final class Acronyms {

  private static final Pattern PARENTHESISED =
      Pattern.compile("\\A\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{Nd}.&-]{1,9})\\s*\\)");

  private Acronyms() {}

  /**
   * Maps each name that a known acronym follows in parentheses to that acronym's mention, when the
   * acronym has a gazetteer key and the name has none ("Union of Northern States (UNS)" with UNS
   * known): the name then joins the known entry.
   */
  static Map<Mention, Mention> knownAfter(String body, List<Mention> mentions) {
    Map<Integer, Mention> byStart = new HashMap<>();
    for (Mention m : mentions) {
      byStart.put(m.span().start(), m);
    }
    Map<Mention, Mention> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.key().isPresent() || m.type() == EntityType.PERSON || m.type() == EntityType.PLACE) {
        continue;
      }
      int end = m.span().end();
      int open = end;
      while (open < body.length() && open < end + 3 && body.charAt(open) == ' ') {
        open++;
      }
      if (open >= body.length() || body.charAt(open) != '(') {
        continue;
      }
      Matcher matcher =
          PARENTHESISED.matcher(body.substring(end, Math.min(body.length(), end + 16)));
      if (matcher.find()) {
        Mention acronym = byStart.get(end + matcher.start(1));
        if (acronym != null
            && acronym.key().isPresent()
            && acronym.text().equals(matcher.group(1))
            && acronym.type() == EntityType.ORGANISATION) {
          out.put(m, acronym);
        }
      }
    }
    return out;
  }

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
