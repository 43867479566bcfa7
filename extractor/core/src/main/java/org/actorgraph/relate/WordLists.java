package org.actorgraph.relate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.text.WordFiles;

/**
 * Reads the relate stage's word lists: one entry a line, lower case, {@code #} starting a comment
 * line; each file names the source of its entries in its header.
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

  /** The entries of {@code file} split into words at spaces. */
  static List<List<String>> phrases(String file) {
    return lines(file).stream().map(l -> List.of(l.split(" +"))).toList();
  }
}
