package org.actorgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list shipped on the class path: one entry a line, stripped of surrounding white
 * space; blank lines and lines starting with {@code #} are skipped. Entries come as written, in
 * file order.
 */
public final class WordFiles {

  private WordFiles() {}

  /**
   * The entries of the class-path resource {@code resource} (an absolute path such as {@code
   * /org/actorgraph/relate/roles.tsv}); fails when it is not on the class path.
   */
  public static List<String> read(String resource) {
    try (InputStream in = WordFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }
}
