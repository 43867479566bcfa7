package org.actorgraph.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * Whether two written forms of a person's name are one name spelled two ways, as transliterated
 * names are in news ("Kassym-Jomart" and "Kassym-Zhomart", "Mohammed" and "Muhammad", "Marc" and
 * "Mark"): the same number of words, at least one word of three letters or more written alike, and
 * every other word within a small edit distance of its counterpart.
 *
 * <p>Design decision: the allowed distance grows with the word: none under four letters, one up to
 * six, two from seven ("Jong-un" and "Jong-il" stay two people, as do "Jon" and "Jan"). Forms that
 * differ as a man's and a woman's name do ("Louis" and "Louise", "Alexander" and "Alexandra",
 * "Ivanov" and "Ivanova": one is the other with an ending, or they part only in their last two
 * letters and one ends in a vowel the other lacks) are never variants, since relatives share a
 * surname and appear together.
 */
public final class SpellingVariants {

  private SpellingVariants() {}

  /**
   * Whether the words of {@code a} and {@code b} (as written or normalised, compared ignoring case)
   * spell one name: same length, one long word alike, every other pair {@link #words variants}.
   */
  public static boolean names(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.size() < 2) {
      return false;
    }
    boolean oneAlike = false;
    boolean oneDiffers = false;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i).toLowerCase(Locale.ROOT);
      String y = b.get(i).toLowerCase(Locale.ROOT);
      if (x.equals(y)) {
        oneAlike |= x.length() >= 3;
      } else if (words(x, y)) {
        oneDiffers = true;
      } else {
        return false;
      }
    }
    return oneAlike && oneDiffers;
  }

  /** Whether two different lower-case words are spellings of one word (see the class comment). */
  static boolean words(String x, String y) {
    int longer = Math.max(x.length(), y.length());
    int allowed = longer < 4 ? 0 : longer < 7 ? 1 : 2;
    if (allowed == 0
        || !Character.isLetter(x.charAt(0))
        || !Character.isLetter(y.charAt(0))
        || gendered(x, y)) {
      return false;
    }
    return distance(x, y, allowed) <= allowed;
  }

  private static boolean gendered(String x, String y) {
    if (x.startsWith(y) || y.startsWith(x)) {
      return true;
    }
    char lastX = x.charAt(x.length() - 1);
    char lastY = y.charAt(y.length() - 1);
    int shared = 0;
    while (shared < Math.min(x.length(), y.length()) && x.charAt(shared) == y.charAt(shared)) {
      shared++;
    }
    return lastX != lastY
        && (vowelEnding(lastX) || vowelEnding(lastY))
        && shared >= Math.min(x.length(), y.length()) - 2;
  }

  private static boolean vowelEnding(char c) {
    return c == 'a' || c == 'e';
  }

  /**
   * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
   * neighbours), or {@code limit + 1} as soon as it must exceed {@code limit}.
   */
  static int distance(String x, String y, int limit) {
    if (Math.abs(x.length() - y.length()) > limit) {
      return limit + 1;
    }
    int[] before = new int[y.length() + 1];
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && x.charAt(i - 1) == y.charAt(j - 2)
            && x.charAt(i - 2) == y.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[y.length()];
  }
}
