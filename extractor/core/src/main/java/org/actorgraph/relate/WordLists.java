package org.actorgraph.relate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    String resource = DIR + file;
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The entries of {@code file} as a set of words or phrases. */
  static Set<String> set(String file) {
    return Set.copyOf(lines(file));
  }

  /** The entries of {@code file} split into words at spaces. */
  static List<List<String>> phrases(String file) {
    return lines(file).stream().map(l -> List.of(l.split(" +"))).toList();
  }
}
