package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;

/**
 * The base forms a regular past or present participle may have when the lemmatiser left it as it
 * was ("mediated", "brokering", "defeating"): the form without -d or -ed (with a doubled last
 * consonant undone), or without -ing (with or without a final e).
 */
final class Inflections {

  private Inflections() {}

  /** Candidate base forms of {@code w}, the likelier first; none for other words. */
  static List<String> bases(String w) {
    String stem;
    String first;
    if (w.length() > 5 && w.endsWith("ed")) {
      first = w.substring(0, w.length() - 1);
      stem = w.substring(0, w.length() - 2);
    } else if (w.length() > 6 && w.endsWith("ing")) {
      stem = w.substring(0, w.length() - 3);
      first = stem + "e";
    } else {
      return List.of();
    }
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      return List.of(first, stem, stem.substring(0, n - 1));
    }
    return List.of(first, stem);
  }

  /**
   * Candidate base forms of what a lemmatiser left one letter off of a regular past tense:
   * "summone" (summoned), "conced" (conceded), "expell" (expelled); none for words under four
   * letters.
   */
  static List<String> clipped(String w) {
    int n = w.length();
    if (n < 4) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    char last = w.charAt(n - 1);
    if (last == 'e') {
      out.add(w.substring(0, n - 1));
    } else if (last == 'd') {
      out.add(w + "e");
    }
    if (last == w.charAt(n - 2)) {
      out.add(w.substring(0, n - 1));
    }
    return out;
  }

  /**
   * Candidate base forms of a third-person present or a past in -ied that the lemmatiser left as
   * written, the tagger having taken it for a noun or kept it whole ("condemns", "annexes",
   * "occupies", "decried"): without -s or -es, or with -ies or -ied made -y; none for words under
   * six letters or ending in -ss ("press").
   */
  static List<String> thirdPersonOrIed(String w) {
    int n = w.length();
    if (n < 6 || w.endsWith("ss")) {
      return List.of();
    }
    if (w.endsWith("ies") || w.endsWith("ied")) {
      return List.of(w.substring(0, n - 3) + "y");
    }
    if (w.endsWith("es")) {
      return List.of(w.substring(0, n - 1), w.substring(0, n - 2));
    }
    return w.endsWith("s") ? List.of(w.substring(0, n - 1)) : List.of();
  }
}
