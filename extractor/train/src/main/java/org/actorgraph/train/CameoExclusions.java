package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of {@code cameo-exclusions.tsv} that {@link CameoVerbConverter} applies: the verbs
 * too general to state an interaction on their own, and the closed-class words a PETRARCH pattern
 * must have more than.
 */
final class CameoExclusions {

  private static final String RESOURCE = "/org/actorgraph/relate/cameo-exclusions.tsv";

  /** Verbs that state nothing alone (sorted). */
  static final Set<String> GENERAL;

  /** Closed-class English words. */
  static final Set<String> CLOSED_CLASS;

  static {
    Set<String> general = new TreeSet<>();
    Set<String> closed = new TreeSet<>();
    InputStream in = CameoExclusions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 2) {
          continue;
        }
        (f[0].equals("general") ? general : closed).add(f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GENERAL = java.util.Collections.unmodifiableSet(general);
    CLOSED_CLASS = Set.copyOf(closed);
  }

  private CameoExclusions() {}
}
