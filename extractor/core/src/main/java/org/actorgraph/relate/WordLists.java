package org.actorgraph.relate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.WordFiles;

/**
 * Reads the relate stage's word lists: one entry a line, lower case, {@code #} starting a comment
 * line; each file names the source of its entries in its header. Also finds a list's words among a
 * sentence's tokens, where the tokenizer has split a hyphenated word into three ("co-founded" as co
 * / - / founded).
 */
final class WordLists {

  private static final String DIR = "/org/actorgraph/relate/";

  private WordLists() {}

  /** The entries of {@code file}, lower case. */
  static List<String> lines(String file) {
    return rawLines(file).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
  }

  /** The entries of {@code file} as written. */
  static List<String> rawLines(String file) {
    return WordFiles.read(DIR + file);
  }

  /** The entries of {@code file} as a set of words or phrases. */
  static Set<String> set(String file) {
    return Set.copyOf(lines(file));
  }

  /**
   * The entries of a two-column file ({@code key<TAB>value}, lower case) as a map.
   *
   * @throws IllegalStateException naming the file and the line when a line has not two columns or
   *     repeats a key
   */
  static Map<String, String> pairs(String file) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(file)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(file + ": expected key<TAB>value (found '" + line + "')");
      }
      if (out.put(f[0], f[1]) != null) {
        throw new IllegalStateException(file + ": key '" + f[0] + "' given twice");
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The entries of a file of word classes ({@code class<TAB>word}, lower case): for each class, its
   * words.
   *
   * @throws IllegalStateException naming the file and the line when a line has not two columns
   */
  static Map<String, Set<String>> classes(String file) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines(file)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(file + ": expected class<TAB>word (found '" + line + "')");
      }
      out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /**
   * The entries of {@code file} split into words as the tokenizer splits them: at spaces, and
   * around a hyphen ("co-founded" as co / - / founded).
   */
  static List<List<String>> phrases(String file) {
    return lines(file).stream()
        .map(l -> List.of(l.replace("-", " - ").trim().split(" +")))
        .toList();
  }

  /**
   * How many tokens the word of {@code words} that ends at token {@code k} spans: 3 for a
   * hyphenated one the tokenizer split ("long-standing" as long / - / standing), 1 for a word of
   * one token, 0 when none ends there. The hyphenated word is preferred, so "long-standing" is read
   * whole though "standing" is listed too.
   */
  static int endingAt(Set<String> words, List<Token> tokens, int k) {
    if (k < 0 || k >= tokens.size()) {
      return 0;
    }
    if (k >= 2 && hyphenated(words, tokens, k - 2)) {
      return 3;
    }
    return words.contains(lower(tokens, k)) ? 1 : 0;
  }

  /** As {@link #endingAt}, for the word of {@code words} that starts at token {@code k}. */
  static int startingAt(Set<String> words, List<Token> tokens, int k) {
    if (k < 0 || k >= tokens.size()) {
      return 0;
    }
    if (k + 2 < tokens.size() && hyphenated(words, tokens, k)) {
      return 3;
    }
    return words.contains(lower(tokens, k)) ? 1 : 0;
  }

  /**
   * Whether tokens {@code k}, {@code k + 1} and {@code k + 2} are a listed word, hyphen between.
   */
  private static boolean hyphenated(Set<String> words, List<Token> tokens, int k) {
    return tokens.get(k + 1).text().equals("-")
        && words.contains(lower(tokens, k) + "-" + lower(tokens, k + 2));
  }

  private static String lower(List<Token> tokens, int k) {
    return tokens.get(k).text().toLowerCase(Locale.ROOT);
  }
}
