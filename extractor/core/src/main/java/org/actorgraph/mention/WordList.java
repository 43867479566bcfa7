package org.actorgraph.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list shipped under {@code org/actorgraph/mention/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped. Entries are returned as written, in file order.
 */
final class WordList {

  private static final String DIRECTORY = "/org/actorgraph/mention/";

  private WordList() {}

  /** The entries of {@code file}; fails when the file is not on the class path. */
  static List<String> read(String file) {
    InputStream in = WordList.class.getResourceAsStream(DIRECTORY + file);
    if (in == null) {
      throw new IllegalStateException(
          "word list " + DIRECTORY + file + " is not on the class path");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + DIRECTORY + file, e);
    }
    return List.copyOf(out);
  }
}
