package org.actorgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the hand-curated gazetteer files in a folder already hold, read so that the PETRARCH
 * conversion adds only what is missing: countries by ISO alpha-3 code, every name form of every
 * entry (folded: upper case, {@code ~} and dots dropped), entry keys, and person titles.
 */
final class CuratedGazetteer {

  /** A country of {@code countries.tsv}: its codes and every name form, demonyms apart. */
  /** A country: its codes, names, folded demonyms and folded capital names. */
  record Country(
      String iso2, String iso3, List<String> names, Set<String> demonyms, Set<String> capitals) {}

  final Map<String, Country> byIso3 = new HashMap<>();
  final Set<String> forms = new HashSet<>();
  final Set<String> countryForms = new HashSet<>();
  final Set<String> keys = new HashSet<>();
  final Set<String> titles = new HashSet<>();

  /** Reads {@code countries.tsv}, the organisation, place and people files and the titles. */
  static CuratedGazetteer read(Path dir) {
    CuratedGazetteer g = new CuratedGazetteer();
    for (String[] f : rows(dir.resolve("countries.tsv"))) {
      List<String> names = new ArrayList<>();
      names.add(f[1]);
      names.addAll(items(f[7]));
      List<String> capitals = items(f[5]);
      Set<String> demonyms = new HashSet<>();
      items(f[8]).forEach(d -> demonyms.add(fold(d)));
      g.keys.add(f[0]);
      if (!f[3].isEmpty()) {
        Set<String> capitalForms = new HashSet<>();
        capitals.forEach(c -> capitalForms.add(fold(c)));
        g.byIso3.put(f[3], new Country(f[2], f[3], names, demonyms, capitalForms));
      }
      names.forEach(n -> g.countryForms.add(fold(n)));
      capitals.forEach(c -> g.forms.add(fold(c)));
      g.countryForms.addAll(demonyms);
    }
    g.forms.addAll(g.countryForms);
    for (String file :
        List.of("organisations.tsv", "international_organisations.tsv", "places.tsv")) {
      for (String[] f : rows(dir.resolve(file))) {
        g.keys.add(f[0]);
        g.forms.add(fold(f[1]));
        items(f[4]).forEach(a -> g.forms.add(fold(a)));
      }
    }
    for (String[] f : rows(dir.resolve("people.tsv"))) {
      g.keys.add("person-" + f[0]);
      g.forms.add(fold(f[1]));
      items(f[3]).forEach(a -> g.forms.add(fold(a)));
    }
    for (String[] f : rows(dir.resolve("person_titles.tsv"))) {
      g.titles.add(fold(f[0]));
    }
    return g;
  }

  /**
   * Upper case, accents, {@code ~} and dots dropped, hyphens and underscores as blanks, one blank.
   */
  static String fold(String name) {
    String s = name.startsWith("~") ? name.substring(1) : name;
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.replace(".", "")
        .replace('_', ' ')
        .replace('-', ' ')
        .replace('’', '\'')
        .trim()
        .replaceAll("\\s+", " ")
        .replaceAll("^(?i)the ", "")
        .toUpperCase(Locale.ROOT);
  }

  private static List<String> items(String field) {
    List<String> out = new ArrayList<>();
    for (String item : field.split("\\|")) {
      if (!item.isBlank()) {
        out.add(item.trim().startsWith("~") ? item.trim().substring(1) : item.trim());
      }
    }
    return out;
  }

  private static List<String[]> rows(Path file) {
    List<String[]> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    try {
      boolean header = false;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return rows;
  }
}
