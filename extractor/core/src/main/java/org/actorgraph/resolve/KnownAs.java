package org.actorgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * Aliases an article introduces: "John Roe, known as Big John", "the Aster Front, also known as the
 * Front of Aster", "Jane Doe, nicknamed Iron Jane". The alias is the name of the mention written
 * right after the phrase, of the same type as the name before it.
 */
final class KnownAs {

  private static final Pattern PHRASE =
      Pattern.compile(
          ",?\\s+(?:\\(\\s*)?(?:also |better |popularly |commonly |formerly )?"
              + "(?:known as|dubbed|nicknamed|a\\.k\\.a\\.?|aka)\\s+(?:the\\s+)?['\"“‘]?");
  private static final Pattern CUES =
      Pattern.compile("known as|dubbed|nicknamed|\\ba\\.?k\\.?a\\b");
  private static final int LONGEST_PHRASE = 40;

  private KnownAs() {}

  /** Maps each alias mention to the mention of the name it is an alias of. */
  static Map<Mention, Mention> of(String body, List<Mention> mentions) {
    if (!CUES.matcher(body).find()) {
      return Map.of(); // most articles introduce no alias: one scan instead of one per mention
    }
    Map<Integer, Mention> byStart = new HashMap<>();
    for (Mention m : mentions) {
      byStart.put(m.span().start(), m);
    }
    Map<Mention, Mention> out = new HashMap<>();
    for (Mention name : mentions) {
      int end = name.span().end();
      var matcher = PHRASE.matcher(body).region(end, Math.min(body.length(), end + LONGEST_PHRASE));
      if (!matcher.lookingAt()) {
        continue;
      }
      Mention alias = byStart.get(matcher.end());
      if (alias != null && sameKind(name.type(), alias.type())) {
        out.put(alias, name);
      }
    }
    return out;
  }

  private static boolean sameKind(EntityType a, EntityType b) {
    return a == b || a != EntityType.PERSON && b != EntityType.PERSON;
  }
}
