package org.actorgraph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the body of a PETRARCH2 verb pattern ({@code $ * CONCERN ABOUT +}, {@code *_FOR SANCTIONS
 * AGAINST +}) into the words that must follow the verb, in the form {@code cameo-verbs.tsv} uses:
 * words in order, a space where other words may come between, an underscore where the next word
 * follows at once (a leading underscore: right after the verb), a bar between the words a synonym
 * set allows ({@code troop|soldier}). Actor markers ({@code $} source, {@code +} target, {@code %}
 * compound, {@code ^} skip) are dropped. A pattern is refused (null) when a word stands before the
 * verb (the lexicon looks only after it), when it names an unknown synonym set or one with only
 * multi-word members, when a word is not a plain word, or when more than {@link #MAX_WORDS} words
 * follow the verb (such patterns are single sentences of the coders' notes rather than phrases).
 */
final class PetrarchPatterns {

  /** The most words a kept pattern asks for after the verb. */
  static final int MAX_WORDS = 3;

  private static final Set<String> MARKERS = Set.of("$", "+", "%", "^");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'.-]*");

  /** Closed-class English words ({@code cameo-exclusions.tsv}). */
  static final Set<String> CLOSED_CLASS = CameoExclusions.CLOSED_CLASS;

  private final Map<String, List<String>> synsets;

  /** Whether a converted pattern ({@link #following}) has a word outside {@link #CLOSED_CLASS}. */
  static boolean hasContentWord(String following) {
    for (String element : following.split("[ _]")) {
      for (String w : element.split("\\|")) {
        if (!w.isEmpty() && !CLOSED_CLASS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  PetrarchPatterns(Map<String, List<String>> synsets) {
    this.synsets = synsets;
  }

  /** The words of {@code body} after the verb, or null when the pattern is refused. */
  String following(String body) {
    List<String> parts = new ArrayList<>();
    List<Boolean> glued = new ArrayList<>();
    for (String chunk : body.strip().split("\\s+")) {
      String[] sub = chunk.split("_", -1);
      for (int j = 0; j < sub.length; j++) {
        if (!sub[j].isEmpty()) {
          parts.add(sub[j]);
          glued.add(j > 0);
        }
      }
    }
    int star = parts.indexOf("*");
    if (star < 0 || parts.lastIndexOf("*") != star) {
      return null;
    }
    for (int k = 0; k < star; k++) {
      if (!MARKERS.contains(parts.get(k))) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder();
    int words = 0;
    boolean adjacent = true;
    for (int k = star + 1; k < parts.size(); k++) {
      String part = parts.get(k);
      if (MARKERS.contains(part)) {
        adjacent = false;
        continue;
      }
      String element = element(part);
      if (element == null || ++words > MAX_WORDS) {
        return null;
      }
      boolean next = adjacent && glued.get(k);
      out.append(next ? "_" : (out.length() == 0 ? "" : " ")).append(element);
      adjacent = true;
    }
    return words == 0 ? null : out.toString();
  }

  private String element(String part) {
    if (part.startsWith("&")) {
      List<String> members = synsets.get(part.substring(1));
      if (members == null) {
        return null;
      }
      List<String> single = new ArrayList<>();
      for (String m : members) {
        String w = m.endsWith("_") ? m.substring(0, m.length() - 1) : m;
        if (WORD.matcher(w).matches() && !single.contains(w)) {
          single.add(w);
        }
      }
      return single.isEmpty() ? null : String.join("|", single);
    }
    String w = part.toLowerCase(java.util.Locale.ROOT);
    return WORD.matcher(w).matches() ? w : null;
  }
}
