package org.actorgraph.train;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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

  private final Map<String, WordNetSynset> nouns;
  private final Map<String, List<WordNetSynset>> verbsByWord;
  private final Map<String, String> firstNounSense;

  private WordNetDerivations(
      Map<String, WordNetSynset> nouns,
      Map<String, List<WordNetSynset>> verbsByWord,
      Map<String, String> firstNounSense) {
    this.nouns = nouns;
    this.verbsByWord = verbsByWord;
    this.firstNounSense = firstNounSense;
  }

  /** Reads {@code data.verb}, {@code data.noun} and {@code index.noun} from {@code dictDir}. */
  public static WordNetDerivations read(Path dictDir) {
    Map<String, WordNetSynset> nouns = WordNetSynset.read(dictDir.resolve("data.noun"));
    Map<String, List<WordNetSynset>> verbs = new HashMap<>();
    for (WordNetSynset s : WordNetSynset.read(dictDir.resolve("data.verb")).values()) {
      for (String w : s.lemmas()) {
        verbs.computeIfAbsent(lower(w), k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, String> first = new HashMap<>();
    WordNetSynset.firstSenses(dictDir.resolve("index.noun"))
        .forEach(
            (noun, offset) -> {
              if (nouns.containsKey(offset)) {
                first.put(lower(noun), offset);
              }
            });
    return new WordNetDerivations(nouns, verbs, first);
  }

  /**
   * Whether the commonest sense of {@code noun} (the first in WordNet's {@code index.noun}) is in
   * one of {@code lexFiles}: {@code support} (noun.act) is, {@code relation} (noun.relation) is
   * not.
   */
  public boolean commonestSenseIn(String noun, Set<Integer> lexFiles) {
    String first = firstNounSense.get(noun);
    return first != null && lexFiles.contains(nouns.get(first).lexFile());
  }

  /**
   * Whether the commonest sense of {@code noun} is one of the synsets at {@code offsets} or a kind
   * of one (through hypernym and instance pointers, {@code @} and {@code @i}): {@code union}, whose
   * commonest sense is a labour union, is a kind of organisation.
   */
  public boolean commonestSenseUnder(String noun, Set<String> offsets) {
    String first = firstNounSense.get(noun);
    Set<String> seen = new HashSet<>();
    Deque<String> open = new ArrayDeque<>();
    if (first != null) {
      open.add(first);
    }
    while (!open.isEmpty()) {
      String at = open.pop();
      if (offsets.contains(at)) {
        return true;
      }
      if (seen.add(at) && nouns.containsKey(at)) {
        for (WordNetSynset.Pointer p : nouns.get(at).pointers()) {
          if ((p.symbol().equals("@") || p.symbol().equals("@i")) && p.pos() == 'n') {
            open.add(p.offset());
          }
        }
      }
    }
    return false;
  }

  /**
   * The nouns derived from {@code verb} (lower case, spaces between words), each with the name of
   * its lexicographer file, in WordNet's sense order; a noun in several files keeps the first.
   */
  public Map<String, String> nounsOf(String verb, Set<Integer> lexFiles) {
    Map<String, String> out = new LinkedHashMap<>();
    for (WordNetSynset s : verbsByWord.getOrDefault(verb, List.of())) {
      int index = s.lemmas().stream().map(WordNetDerivations::lower).toList().indexOf(verb) + 1;
      for (WordNetSynset.Pointer p : s.pointers()) {
        if (!p.symbol().equals("+") || p.pos() != 'n') {
          continue;
        }
        WordNetSynset noun = nouns.get(p.offset());
        if (p.source() != index
            || noun == null
            || p.target() < 1
            || !lexFiles.contains(noun.lexFile())) {
          continue;
        }
        out.putIfAbsent(lower(noun.lemmas().get(p.target() - 1)), NOUN_FILES.get(noun.lexFile()));
      }
    }
    return out;
  }

  private static String lower(String lemma) {
    return lemma.toLowerCase(Locale.ROOT);
  }
}
