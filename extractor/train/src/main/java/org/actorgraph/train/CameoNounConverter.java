package org.actorgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the relate stage's {@code cameo-nouns.tsv}, the nouns that name an interaction ({@code
 * talks}, {@code invasion}, {@code sanctions}), from two general sources: the nominalisations of
 * the verbs of {@code cameo-verbs.tsv} (the nouns WordNet derives from each verb that states a root
 * alone, in the files {@code noun.act}, {@code noun.communication}, {@code noun.event} and {@code
 * noun.group}, which leaves out agents like {@code invader} and things like {@code weapon}, and
 * whose commonest sense is in one of them too, which leaves out {@code relation}, and names no kind
 * of organisation, which leaves out {@code union}, commonly a labour union), each with its verb's
 * root; and the nouns that the CAMEO codebook's category names ({@code cameo-codebook.tsv}, e.g.
 * 163 "Impose embargo, boycott, or sanctions") put under one root, which win. A noun derived from
 * verbs of different roots takes the verb that shares the longest beginning with it ({@code attack}
 * from {@code attack}, not from {@code assail}).
 */
public final class CameoNounConverter {

  /** The written file's name. */
  public static final String NOUNS = "cameo-nouns.tsv";

  /** The codebook category names, with the nouns each names, read by the conversion. */
  public static final String CODEBOOK = "cameo-codebook.tsv";

  private static final Set<Integer> FILES = WordNetDerivations.NOUN_FILES.keySet();

  /**
   * WordNet 3.0's synset organization.n.01 ("a group of people who work together"): a noun whose
   * commonest sense is a kind of it names who acts ({@code union}, a labour union; {@code
   * coalition}, {@code association}), not an act. Not body.n.02 as well: WordNet's first senses of
   * {@code secession} (an art school) and {@code settlement} (a colony) are bodies.
   */
  private static final Set<String> ORGANISATIONS = Set.of("08008335");

  private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

  private record Source(String root, String from, int shared) {}

  private CameoNounConverter() {}

  /**
   * Writes {@code out} from the verb rows of {@code verbsTsv}, WordNet's {@code dictDir} and the
   * codebook names in {@code codebookTsv}; returns how many nouns it wrote.
   */
  public static int convert(Path verbsTsv, Path dictDir, Path codebookTsv, Path out) {
    WordNetDerivations wordnet = WordNetDerivations.read(dictDir);
    Map<String, Source> derived = new LinkedHashMap<>();
    for (String[] row : rows(verbsTsv)) {
      if (!row[0].equals("verb") || row[2].equals("-")) {
        continue;
      }
      String verb = row[1];
      wordnet
          .nounsOf(verb, FILES)
          .forEach(
              (noun, file) -> {
                if (WORD.matcher(noun).matches()
                    && wordnet.commonestSenseIn(noun, FILES)
                    && !wordnet.commonestSenseUnder(noun, ORGANISATIONS)) {
                  Source s =
                      new Source(row[2], "wordnet " + file + " of " + verb, shared(noun, verb));
                  derived.merge(noun, s, (a, b) -> b.shared() > a.shared() ? b : a);
                }
              });
    }
    Map<String, Source> nouns = new LinkedHashMap<>();
    CameoCodebook.read(codebookTsv)
        .nouns()
        .forEach((noun, named) -> nouns.put(noun, new Source(named.root(), named.source(), 0)));
    derived.forEach(nouns::putIfAbsent);
    List<String> lines = new ArrayList<>(header());
    nouns.forEach((noun, s) -> lines.add(String.join("\t", "noun", noun, s.root(), s.from())));
    nouns.keySet().stream()
        .flatMap(
            n ->
                SpellingVariants.of(n).stream()
                    .filter(v -> !nouns.containsKey(v))
                    .map(v -> "spelling\t" + v + "\t" + n))
        .distinct()
        .forEach(lines::add);
    CameoVerbConverter.write(out, lines);
    return nouns.size();
  }

  private static int shared(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static List<String[]> rows(Path file) {
    List<String[]> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> header() {
    return List.of(
        "# Nouns that name an interaction, with their CAMEO root; made by",
        "# org.actorgraph.train.CameoVerbConverter (see cameo-verbs.tsv for the command line).",
        "# Sources: (1) the nominalisations of the verbs of cameo-verbs.tsv that state a root alone:",
        "# the nouns that Princeton WordNet 3.0 links to the verb as derivationally related forms,",
        "# kept when that noun sense and the noun's commonest sense are in noun.act,",
        "# noun.communication, noun.event or noun.group (so relation, of relate, is not), and the",
        "# commonest sense is no kind of organisation (WordNet's organization.n.01: union, a labour",
        "# union, names who acts), with the verb's",
        "# root (a noun of several verbs takes the one sharing the longest beginning with it);",
        "# (2) the nouns that the CAMEO codebook's category names (cameo-codebook.tsv) put under one",
        "# root, which take that root over (1). Rows: noun WORD ROOT SOURCE, spelling VARIANT WORD.",
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
