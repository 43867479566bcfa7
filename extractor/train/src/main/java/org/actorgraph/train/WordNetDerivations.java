package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nouns that WordNet (Princeton WordNet 3.0, {@code data.verb} and {@code data.noun} of its
 * {@code dict} folder, as Debian's {@code wordnet-base} installs them under {@code
 * /usr/share/wordnet}) links to a verb by its "derivationally related form" pointer ({@code +}):
 * {@code invade} to {@code invasion}, {@code meet} to {@code meeting}, {@code attack} to {@code
 * attack}. Only nouns whose synset is in one of the given lexicographer files are kept (e.g. {@code
 * noun.act}, so that {@code invader}, a {@code noun.person}, is not).
 */
public final class WordNetDerivations {

  /** Lexicographer file numbers of WordNet 3.0 ({@code lexnames}) for the noun files used here. */
  public static final Map<Integer, String> NOUN_FILES =
      Map.of(4, "noun.act", 10, "noun.communication", 11, "noun.event", 14, "noun.group");

  private record Synset(int lexFile, List<String> words, List<String[]> pointers) {}

  private final Map<String, Synset> nouns;
  private final Map<String, List<Synset>> verbsByWord;
  private final Map<String, Integer> firstNounFile;

  private WordNetDerivations(
      Map<String, Synset> nouns,
      Map<String, List<Synset>> verbsByWord,
      Map<String, Integer> firstNounFile) {
    this.nouns = nouns;
    this.verbsByWord = verbsByWord;
    this.firstNounFile = firstNounFile;
  }

  /** Reads {@code data.verb} and {@code data.noun} from {@code dictDir}. */
  public static WordNetDerivations read(Path dictDir) {
    Map<String, Synset> nouns = synsets(dictDir.resolve("data.noun"));
    Map<String, List<Synset>> verbs = new HashMap<>();
    for (Synset s : synsets(dictDir.resolve("data.verb")).values()) {
      for (String w : s.words()) {
        verbs.computeIfAbsent(w, k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Integer> first = new HashMap<>();
    try (BufferedReader in =
        Files.newBufferedReader(dictDir.resolve("index.noun"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(" ")) {
          continue;
        }
        String[] f = line.split(" ");
        int pointers = Integer.parseInt(f[3]);
        Synset s = nouns.get(f[4 + pointers + 2]);
        if (s != null) {
          first.put(word(f[0]), s.lexFile());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordNetDerivations(nouns, verbs, first);
  }

  /**
   * Whether the commonest sense of {@code noun} (the first in WordNet's {@code index.noun}) is in
   * one of {@code lexFiles}: {@code support} (noun.act) is, {@code relation} (noun.relation) is
   * not.
   */
  public boolean commonestSenseIn(String noun, Set<Integer> lexFiles) {
    Integer file = firstNounFile.get(noun);
    return file != null && lexFiles.contains(file);
  }

  /**
   * The nouns derived from {@code verb} (lower case, spaces between words), each with the name of
   * its lexicographer file, in WordNet's sense order; a noun in several files keeps the first.
   */
  public Map<String, String> nounsOf(String verb, Set<Integer> lexFiles) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Synset s : verbsByWord.getOrDefault(verb, List.of())) {
      int index = s.words().indexOf(verb) + 1;
      for (String[] p : s.pointers()) {
        if (!p[0].equals("+") || !p[2].equals("n")) {
          continue;
        }
        int source = Integer.parseInt(p[3].substring(0, 2), 16);
        int target = Integer.parseInt(p[3].substring(2), 16);
        Synset noun = nouns.get(p[1]);
        if (source != index || noun == null || target < 1 || !lexFiles.contains(noun.lexFile())) {
          continue;
        }
        out.putIfAbsent(noun.words().get(target - 1), NOUN_FILES.get(noun.lexFile()));
      }
    }
    return out;
  }

  private static Map<String, Synset> synsets(Path file) {
    Map<String, Synset> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(" ")) {
          continue;
        }
        int bar = line.indexOf(" | ");
        String[] f = (bar < 0 ? line : line.substring(0, bar)).split(" ");
        int lexFile = Integer.parseInt(f[1]);
        int wordCount = Integer.parseInt(f[3], 16);
        List<String> ordered = new ArrayList<>();
        for (int k = 0; k < wordCount; k++) {
          ordered.add(word(f[4 + 2 * k]));
        }
        int at = 4 + 2 * wordCount;
        int pointerCount = Integer.parseInt(f[at]);
        List<String[]> pointers = new ArrayList<>();
        for (int k = 0; k < pointerCount; k++) {
          int p = at + 1 + 4 * k;
          pointers.add(new String[] {f[p], f[p + 1], f[p + 2], f[p + 3]});
        }
        out.put(f[0], new Synset(lexFile, ordered, pointers));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A word as WordNet writes it ({@code talk_over}, {@code large(a)}), lower case with spaces. */
  private static String word(String raw) {
    int paren = raw.indexOf('(');
    String w = paren < 0 ? raw : raw.substring(0, paren);
    return w.replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
