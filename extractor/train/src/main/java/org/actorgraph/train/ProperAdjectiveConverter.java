package org.actorgraph.train;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the mention stage's {@code proper_adjectives.txt}, the capitalised words that describe
 * rather than name ({@code Catholic}, {@code Druze}), from Princeton WordNet 3.0: every adjective
 * lemma of {@code data.adj} written with a capital, and every capitalised noun lemma of {@code
 * data.noun} in the hyponym tree of person.n.01 (the first sense of {@code person} in {@code
 * index.noun}), followed through hyponym pointers ({@code ~}) only, so that instances ({@code ~i}:
 * named people such as {@code Einstein}) and their subtrees are left out. A lemma is kept when it
 * is one word of letters, hyphens and apostrophes, a capital then a small letter first ({@code
 * Anglo-Saxon}, not {@code Roman Catholic} or {@code USA}). Written sorted, one a line, under a
 * fixed header that states the rule and WordNet's licence.
 */
public final class ProperAdjectiveConverter {

  /** The written file's name. */
  public static final String FILE = "proper_adjectives.txt";

  private static final Pattern WORD = Pattern.compile("[A-Z][a-z][A-Za-z'-]*");

  private ProperAdjectiveConverter() {}

  /** Writes {@code out} from WordNet's {@code dictDir}; returns how many words it wrote. */
  public static int convert(Path dictDir, Path out) {
    Set<String> words = new TreeSet<>();
    for (WordNetSynset s : WordNetSynset.read(dictDir.resolve("data.adj")).values()) {
      keepWords(s, words);
    }
    Map<String, WordNetSynset> nouns = WordNetSynset.read(dictDir.resolve("data.noun"));
    String person = WordNetSynset.firstSenses(dictDir.resolve("index.noun")).get("person");
    if (person == null || !nouns.containsKey(person)) {
      throw new IllegalArgumentException(dictDir + ": no noun 'person' in index.noun/data.noun");
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(person));
    while (!todo.isEmpty()) {
      String offset = todo.pop();
      WordNetSynset s = nouns.get(offset);
      if (s == null || !seen.add(offset)) {
        continue;
      }
      keepWords(s, words);
      for (WordNetSynset.Pointer p : s.pointers()) {
        if (p.symbol().equals("~") && p.pos() == 'n') {
          todo.push(p.offset());
        }
      }
    }
    List<String> lines = new ArrayList<>(header());
    lines.addAll(words);
    CameoVerbConverter.write(out, lines);
    return words.size();
  }

  private static void keepWords(WordNetSynset s, Set<String> words) {
    s.lemmas().stream().filter(w -> WORD.matcher(w).matches()).forEach(words::add);
  }

  private static List<String> header() {
    return List.of(
        "# Capitalised words that describe rather than name: a name made of these words alone is"
            + " no name",
        "# of a place (\"the Catholic church\", \"the Druze shrine\", \"the Roman Catholic"
            + " cathedral\" describe a",
        "# church; \"the Old Aster mosque\" names one). Read by FacilityNounFinder. One per line, as"
            + " written.",
        "# Source: WordNet 3.0, generated from its data files: every adjective lemma written with a"
            + " capital",
        "# (Catholic, Coptic, Buddhist, Aegean) and every capitalised noun lemma in the hyponym"
            + " tree of",
        "# person.n.01 without its instances (Sunni, Shiite, Druze, Kurd, Methodist); one word each"
            + " (letters,",
        "# hyphen, apostrophe; a capital, then a small letter), from data.adj and data.noun. No"
            + " entry taken",
        "# from an evaluated text.",
        "#",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE",
        "# AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR",
        "# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON",
        "# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY",
        "# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION",
        "# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
        "# (WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use)");
  }
}
