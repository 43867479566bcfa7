package org.actorgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CAMEO codebook's category names as {@code cameo-codebook.tsv} transcribes them ({@code CODE
 * TAB NAME TAB NOUNS TAB VERBS}), and the words that the names put under exactly one root: a word
 * named under several roots ({@code demonstrate}: 141 and 150) is left out.
 */
final class CameoCodebook {

  /**
   * A word's root and the category that names it.
   *
   * @param root two digits
   * @param source {@code codebook CODE NAME}
   */
  record Named(String root, String source) {}

  private final Map<String, Named> nouns;
  private final Map<String, Named> verbs;

  private CameoCodebook(Map<String, Named> nouns, Map<String, Named> verbs) {
    this.nouns = nouns;
    this.verbs = verbs;
  }

  /** Reads {@code file}; a missing file gives an empty codebook. */
  static CameoCodebook read(Path file) {
    Map<String, Map<String, String>> nouns = new LinkedHashMap<>();
    Map<String, Map<String, String>> verbs = new LinkedHashMap<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          String source = "codebook " + f[0] + " " + f[1];
          add(nouns, f.length > 2 ? f[2] : "", f[0].substring(0, 2), source);
          add(verbs, f.length > 3 ? f[3] : "", f[0].substring(0, 2), source);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CameoCodebook(single(nouns), single(verbs));
  }

  /** Nouns named under one root only. */
  Map<String, Named> nouns() {
    return nouns;
  }

  /** Verbs named under one root only. */
  Map<String, Named> verbs() {
    return verbs;
  }

  private static void add(
      Map<String, Map<String, String>> words, String list, String root, String source) {
    for (String w : list.split(",")) {
      if (!w.isBlank()) {
        words.computeIfAbsent(w.strip(), k -> new LinkedHashMap<>()).putIfAbsent(root, source);
      }
    }
  }

  private static Map<String, Named> single(Map<String, Map<String, String>> words) {
    Map<String, Named> out = new HashMap<>();
    words.forEach(
        (w, roots) -> {
          if (roots.size() == 1) {
            var e = roots.entrySet().iterator().next();
            out.put(w, new Named(e.getKey(), e.getValue()));
          }
        });
    return out;
  }
}
