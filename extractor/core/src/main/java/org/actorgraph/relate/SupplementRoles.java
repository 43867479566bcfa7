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
import java.util.Optional;
import org.actorgraph.annotate.Token;

/**
 * Roles the gazetteer's title list lacks ("columnist", "mediator"), read from the relate stage's
 * own {@code roles.tsv}: {@code title TAB role TAB head}, matched case-insensitively.
 */
final class SupplementRoles implements RoleLexicon {

  private static final String RESOURCE = "/org/actorgraph/relate/roles.tsv";

  private record Entry(List<String> words, String role, boolean head) {}

  private final List<Entry> entries;

  private SupplementRoles(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The roles shipped with the extractor. */
  static SupplementRoles standard() {
    try (InputStream in = SupplementRoles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Entry> entries = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || !f[2].matches("yes|no")) {
          throw new IllegalStateException(
              RESOURCE + ":" + n + ": expected title, role, yes|no (found '" + line + "')");
        }
        entries.add(
            new Entry(List.of(f[0].toLowerCase(Locale.ROOT).split(" ")), f[1], f[2].equals("yes")));
      }
      return new SupplementRoles(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  @Override
  public Optional<Role> roleAt(List<Token> tokens, int i) {
    Optional<Role> best = Optional.empty();
    for (Entry e : entries) {
      if (matches(tokens, i, e.words())
          && (best.isEmpty() || best.get().length() < e.words().size())) {
        best = Optional.of(new Role(e.role(), e.words().size(), e.head()));
      }
    }
    return best;
  }

  private static boolean matches(List<Token> tokens, int i, List<String> words) {
    if (i < 0 || i + words.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < words.size(); j++) {
      if (!tokens.get(i + j).text().equalsIgnoreCase(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}
