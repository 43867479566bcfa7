package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One synset line of a Princeton WordNet 3.0 data file ({@code data.noun}, {@code data.verb},
 * {@code data.adj} of its {@code dict} folder, as Debian's {@code wordnet-base} installs them under
 * {@code /usr/share/wordnet}): its lexicographer file number, its lemmas as written (with spaces
 * for WordNet's underscores and without an adjective's syntactic marker: {@code Roman Catholic},
 * {@code large} for {@code large(a)}) and its pointers. The one reader of WordNet's files in this
 * module.
 */
record WordNetSynset(int lexFile, List<String> lemmas, List<WordNetSynset.Pointer> pointers) {

  WordNetSynset {
    lemmas = List.copyOf(lemmas);
    pointers = List.copyOf(pointers);
  }

  /**
   * A pointer to the synset at {@code offset} in the data file of part of speech {@code pos}; for a
   * lexical pointer, {@code source} and {@code target} number the lemmas it links (from 1), both 0
   * for a semantic one.
   */
  record Pointer(String symbol, String offset, char pos, int source, int target) {}

  /** The synsets of the data file {@code file}, by their offset (eight digits, as written). */
  static Map<String, WordNetSynset> read(Path file) {
    Map<String, WordNetSynset> out = new HashMap<>();
    for (String line : lines(file)) {
      int bar = line.indexOf(" | ");
      String[] f = (bar < 0 ? line : line.substring(0, bar)).split(" ");
      int wordCount = Integer.parseInt(f[3], 16);
      List<String> lemmas = new ArrayList<>();
      for (int k = 0; k < wordCount; k++) {
        lemmas.add(lemma(f[4 + 2 * k]));
      }
      int at = 4 + 2 * wordCount;
      int pointerCount = Integer.parseInt(f[at]);
      List<Pointer> pointers = new ArrayList<>();
      for (int k = 0; k < pointerCount; k++) {
        int p = at + 1 + 4 * k;
        int source = Integer.parseInt(f[p + 3].substring(0, 2), 16);
        int target = Integer.parseInt(f[p + 3].substring(2), 16);
        pointers.add(new Pointer(f[p], f[p + 1], f[p + 2].charAt(0), source, target));
      }
      out.put(f[0], new WordNetSynset(Integer.parseInt(f[1]), lemmas, pointers));
    }
    return out;
  }

  /**
   * The offset of each lemma's first (commonest) sense in the index file {@code file} ({@code
   * index.noun}), keyed by the lemma as the index writes it, lower case with spaces ({@code
   * person}, {@code head of state}).
   */
  static Map<String, String> firstSenses(Path file) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(file)) {
      String[] f = line.split(" ");
      int pointers = Integer.parseInt(f[3]);
      out.put(lemma(f[0]), f[4 + pointers + 2]);
    }
    return out;
  }

  /** The lines of a data or index file, without the licence lines that begin with spaces. */
  private static List<String> lines(Path file) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith(" ")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A lemma as WordNet writes it ({@code talk_over}, {@code large(a)}), with spaces. */
  private static String lemma(String raw) {
    int paren = raw.indexOf('(');
    return (paren < 0 ? raw : raw.substring(0, paren)).replace('_', ' ');
  }
}
