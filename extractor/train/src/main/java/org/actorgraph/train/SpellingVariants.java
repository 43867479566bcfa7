package org.actorgraph.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The other spellings of an English word between British and American usage, by its ending alone:
 * {@code -ize/-ise}, {@code -yze/-yse}, {@code -ization/-isation}, {@code -or/-our}, {@code
 * -ill/-il} and {@code -oll/-ol} ({@code fulfill}, {@code enrol}), {@code -fense/-fence}. A variant
 * may be no English word at all ({@code size} gives {@code sise}); as a lookup key that does no
 * harm, since no text has it.
 */
final class SpellingVariants {

  private SpellingVariants() {}

  /** The variants of {@code word} (lower case), without the word itself. */
  static List<String> of(String word) {
    List<String> out = new ArrayList<>();
    swap(out, word, "ization", "isation");
    swap(out, word, "isation", "ization");
    if (word.length() > 4) {
      swap(out, word, "ize", "ise");
      swap(out, word, "ise", "ize");
    }
    swap(out, word, "yze", "yse");
    swap(out, word, "yse", "yze");
    swap(out, word, "fense", "fence");
    swap(out, word, "fence", "fense");
    if (word.length() > 4 && word.endsWith("our") && !isVowel(word.charAt(word.length() - 4))) {
      out.add(word.substring(0, word.length() - 3) + "or");
    } else if (word.length() > 3
        && word.endsWith("or")
        && !isVowel(word.charAt(word.length() - 3))) {
      out.add(word.substring(0, word.length() - 2) + "our");
    }
    if (word.length() > 5 && (word.endsWith("ill") || word.endsWith("oll"))) {
      out.add(word.substring(0, word.length() - 1));
    } else if (word.length() > 4 && (word.endsWith("il") || word.endsWith("ol"))) {
      out.add(word + "l");
    }
    return out;
  }

  private static void swap(List<String> out, String word, String from, String to) {
    if (word.endsWith(from)) {
      out.add(word.substring(0, word.length() - from.length()) + to);
    }
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
