package org.actorgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.WordFiles;

/**
 * The names of bodies written right after their owner: "Freedonia's Interior Ministry" (a country
 * or organisation + 's), "the Freedonian embassy" (a demonym before a lower-case body), with "in
 * City" when an embassy or consulate is placed ("Freedonia's Embassy in Port Aster"). The owner and
 * the body stay two mentions; only the body's name grows.
 */
final class OwnedNames {

  private static final Pattern POSSESSIVE = Pattern.compile("['’‘]s ");
  private static final Set<String> PLACED = Set.of("embassy", "consulate");

  /** Last words that make a capitalised name after its owner the owner's institution. */
  private static final Set<String> INSTITUTIONS = institutions();

  private static Set<String> institutions() {
    Set<String> out =
        new java.util.HashSet<>(WordFiles.read("/org/actorgraph/resolve/institution_heads.txt"));
    out.addAll(WordFiles.read("/org/actorgraph/mention/complement_heads.txt"));
    for (String body : WordFiles.read("/org/actorgraph/mention/owned_bodies.txt")) {
      out.add(body.substring(body.lastIndexOf(' ') + 1));
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a name after a country names one of its institutions: written in lower case in part
   * ("foreign ministry") or holding an institution's noun ("Interior Ministry", "Office of Foreign
   * Assets Control"); a proper name ("Freedonia's Asterwerk") keeps its own name. An organisation's
   * bodies are always named with it ("the Union's Small Group").
   */
  static boolean institution(String name) {
    String[] words = name.split("\\s+");
    for (String w : words) {
      if (!w.isEmpty()
          && Character.isLowerCase(w.charAt(0))
          && !Set.of("of", "the", "and", "for", "on").contains(w)) {
        return true;
      }
    }
    for (String w : words) {
      if (INSTITUTIONS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private OwnedNames() {}

  /** For each organisation mention with an owner written before it, its name with the owner. */
  static Map<Mention, String> of(String body, List<Mention> mentions) {
    Map<Integer, Mention> byEnd = new HashMap<>();
    Map<Integer, Mention> byStart = new HashMap<>();
    for (Mention m : mentions) {
      byEnd.put(m.span().end(), m);
      byStart.put(m.span().start(), m);
    }
    Map<Mention, String> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANISATION || m.key().isPresent()) {
        continue;
      }
      int start = m.span().start();
      Mention owner = null;
      if (start >= 3
          && body.charAt(start - 2) == 's'
          && POSSESSIVE.matcher(body.substring(start - 3, start)).matches()) {
        owner = byEnd.get(start - 3);
        if (owner != null
            && owner.type() != EntityType.COUNTRY
            && owner.type() != EntityType.ORGANISATION) {
          owner = null;
        }
      } else if (start >= 1 && body.charAt(start - 1) == ' ') {
        owner = byEnd.get(start - 1);
        if (owner != null && !owner.finder().equals("gazetteer:demonym")) {
          owner = null;
        }
      }
      if (owner != null && (owner.type() != EntityType.COUNTRY || institution(m.text()))) {
        out.put(m, body.substring(owner.span().start(), m.span().end()) + placed(body, m, byStart));
      }
    }
    return out;
  }

  /** " in City" after an embassy or consulate followed by a place, else "". */
  private static String placed(String body, Mention m, Map<Integer, Mention> byStart) {
    String text = m.text();
    String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    int end = m.span().end();
    if (!PLACED.contains(last) || !body.startsWith(" in ", end)) {
      return "";
    }
    Mention place = byStart.get(end + 4);
    return place == null || place.type() == EntityType.PERSON ? "" : " in " + place.text();
  }
}
