package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.Token;

/**
 * The marks of a list in running text ({@link ListItems}): a sentence that introduces one (it ends
 * with a colon or says {@code the following} or {@code as follows}) and the marker that opens an
 * item ({@code 1.}, {@code 2)}, {@code (a)}, {@code ii.}, {@code -}, {@code *}, a bullet).
 */
final class ListMarkers {

  /** Tokens that mark a list item on their own at a line's start. */
  private static final Set<String> BULLETS = Set.of("-", "*", "•", "–", "—", "·");

  /** Roman numerals that number items ({@code ii.}), lower case. */
  private static final Set<String> ROMANS =
      Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  private ListMarkers() {}

  /** Whether {@code tokens} end with a colon or say {@code the following} or {@code as follows}. */
  static boolean introduces(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    if (tokens.get(tokens.size() - 1).text().equals(":")) {
      return true;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String a = tokens.get(i).text().toLowerCase(Locale.ROOT);
      String b = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (a.equals("the") && b.equals("following") || a.equals("as") && b.equals("follows")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first token after the list marker that opens {@code tokens} ({@code 1.},
   * {@code 2)}, {@code (a)}, {@code ii.}, {@code -}), or -1 when none opens it.
   */
  static int markerEnd(List<Token> tokens) {
    if (tokens.size() < 2) {
      return -1;
    }
    String first = tokens.get(0).text().toLowerCase(Locale.ROOT);
    String second = tokens.get(1).text();
    if (BULLETS.contains(first)) {
      return 1;
    }
    if (first.equals("(")
        && tokens.size() > 3
        && numbering(tokens.get(1).text().toLowerCase(Locale.ROOT))
        && tokens.get(2).text().equals(")")) {
      return 3;
    }
    if (numbering(first) && (second.equals(".") || second.equals(")"))) {
      return 2;
    }
    return -1;
  }

  /** Whether {@code word} numbers an item: digits, one letter or a roman numeral. */
  private static boolean numbering(String word) {
    return word.matches("\\d{1,2}|[a-z]") || ROMANS.contains(word);
  }
}
