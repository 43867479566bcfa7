package org.actorgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.train.PetrarchVerbDictionary.Block;
import org.actorgraph.train.PetrarchVerbDictionary.Line;
import org.actorgraph.train.PetrarchVerbDictionary.Verb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts PETRARCH2's CAMEO verb dictionary into the relate stage's {@code cameo-verbs.tsv}: each
 * verb lemma with the CAMEO root (two digits, 02-20) it states alone, the multi-word verbs ({@code
 * meet with}) and the block patterns ({@code express ... condemnation} is 11) that give another
 * root, each with PETRARCH's code kept. Then, with {@link CameoNounConverter}, the nouns.
 *
 * <p>What is left out, and why (the header of the written file says it too): root 01 (public
 * statements) and PETRARCH's null code {@code ---}, since an interaction is an exchange of
 * categories 02-20 between two actors; the default of the {@link #GENERAL} verbs, which are too
 * general to state an interaction alone (their patterns stay); verbs with words before them ({@code
 * WIRE_+TAP}) and patterns with words before the verb or more than three after it ({@link
 * PetrarchPatterns}). British spellings ({@link SpellingVariants}) are added for every lemma.
 *
 * <p>Run: {@code java -cp extractor/target/actorgraph.jar org.actorgraph.train.CameoVerbConverter
 * ../shared/corpora/petrarch2 extractor/core/src/main/resources/org/actorgraph/relate
 * /usr/share/wordnet}.
 */
public final class CameoVerbConverter {

  private static final Logger LOG = LoggerFactory.getLogger(CameoVerbConverter.class);

  /** The verb dictionary's file name in the PETRARCH2 folder. */
  public static final String DICTIONARY = "CAMEO.verbpatterns.150430.txt";

  /** The written file's name. */
  public static final String VERBS = "cameo-verbs.tsv";

  /**
   * Verbs too general to state an interaction between two actors on their own ({@code
   * cameo-exclusions.tsv}): copulas and light verbs (whose object carries the meaning: make a
   * visit), verbs of saying, motion, perception and thought, and verbs of standing relations (join,
   * found, lead, attend) that the position and membership finders state.
   */
  public static final Set<String> GENERAL = CameoExclusions.GENERAL;

  private static final Pattern CODE = Pattern.compile("(\\d{3,4})!?(?::.*)?");
  private static final String NONE = "-";

  /** What a conversion wrote. */
  public record Summary(int verbs, int phrases, int patterns, int refused) {}

  private CameoVerbConverter() {}

  /**
   * Reads {@link #DICTIONARY} and its {@code LICENSE} from {@code petrarch2Dir} and writes {@code
   * out}.
   */
  public static Summary convert(Path petrarch2Dir, Path out) {
    return convert(petrarch2Dir, out.resolveSibling(CameoNounConverter.CODEBOOK), out);
  }

  /**
   * Reads {@link #DICTIONARY} and its {@code LICENSE} from {@code petrarch2Dir} and the codebook's
   * category names from {@code codebookTsv} (see {@link CameoCodebook}), and writes {@code out}.
   */
  public static Summary convert(Path petrarch2Dir, Path codebookTsv, Path out) {
    CameoCodebook codebook = CameoCodebook.read(codebookTsv);
    PetrarchVerbDictionary dict = PetrarchVerbDictionary.read(petrarch2Dir.resolve(DICTIONARY));
    PetrarchPatterns patterns = new PetrarchPatterns(dict.synsets());
    List<String> verbRows = new ArrayList<>();
    List<String> phraseRows = new ArrayList<>();
    List<String> patternRows = new ArrayList<>();
    Set<String> lemmas = new HashSet<>();
    Map<String, String> variants = new LinkedHashMap<>();
    int refused = 0;
    Set<String> ownRooted = ownRooted(dict);
    for (Block b : dict.blocks()) {
      boolean silent = false;
      for (Verb v : b.verbs()) {
        String key = v.lemma();
        if (elsewhere(v, b, ownRooted)) {
          continue;
        }
        silent |=
            v.after().isEmpty()
                && !codebook.verbs().containsKey(key)
                && (GENERAL.contains(key)
                    || root(v.code() != null ? v.code() : b.code()).equals(NONE));
      }
      int kept = 0;
      for (Line p : b.patterns()) {
        String words = patterns.following(p.body());
        String root =
            CODE.matcher(p.code()).matches() || p.code().equals("---") ? root(p.code()) : null;
        if (words == null || root == null || !PetrarchPatterns.hasContentWord(words)) {
          refused++;
        } else if (silent && !root.equals(NONE)) {
          patternRows.add(String.join("\t", "pattern", b.name(), words, root, p.code()));
          kept++;
        }
      }
      for (Verb v : b.verbs()) {
        String code = v.code() != null ? v.code() : b.code();
        if (!v.before().isEmpty() || v.lemma().contains(" ")) {
          refused++;
          continue;
        }
        lemmas.add(v.lemma());
        for (String variant : SpellingVariants.of(v.lemma())) {
          variants.putIfAbsent(variant, v.lemma());
        }
        if (elsewhere(v, b, ownRooted)) {
          continue;
        }
        String phrase = v.after().isEmpty() ? null : "_" + String.join("_", v.after());
        String key = phrase == null ? v.lemma() : v.lemma() + " " + String.join(" ", v.after());
        CameoCodebook.Named named = phrase == null ? codebook.verbs().get(key) : null;
        String root = GENERAL.contains(key) ? NONE : named != null ? named.root() : root(code);
        String shown = code == null ? "---" : code;
        if (phrase != null) {
          phraseRows.add(String.join("\t", "phrase", v.lemma(), phrase, root, shown, b.name()));
        } else if (!root.equals(NONE) || kept > 0) {
          String block = named != null ? "-" : b.name();
          String note = named != null ? named.source() + "; PETRARCH block " + b.name() : "";
          verbRows.add(String.join("\t", "verb", v.lemma(), root, shown, block, note).strip());
        }
      }
    }
    codebook
        .verbs()
        .forEach(
            (lemma, named) -> {
              if (lemmas.add(lemma)) {
                verbRows.add(
                    String.join("\t", "verb", lemma, named.root(), "-", "-", named.source()));
              }
            });
    List<String> variantRows = new ArrayList<>();
    variants.forEach(
        (variant, lemma) -> {
          if (!lemmas.contains(variant)) {
            variantRows.add(String.join("\t", "spelling", variant, lemma));
          }
        });
    List<String> all = new ArrayList<>(header(petrarch2Dir));
    all.addAll(verbRows);
    all.addAll(phraseRows);
    all.addAll(patternRows);
    all.addAll(variantRows);
    write(out, all);
    Summary s = new Summary(verbRows.size(), phraseRows.size(), patternRows.size(), refused);
    LOG.info("{}: {}", out, s);
    return s;
  }

  /**
   * The verbs that head a block of their own name which gives them a root ({@code --- BLACKLIST
   * [160] ---} holds {@code BLACKLIST}): PETRARCH's coders listed such a verb in other blocks too
   * ({@code EXCLUDE [170]}, {@code AVERT [---]}), as a synonym there, while its own block is where
   * they coded it, so only that block's row is written ({@code blacklist} is 16, not 17).
   */
  static Set<String> ownRooted(PetrarchVerbDictionary dict) {
    Set<String> own = new HashSet<>();
    for (Block b : dict.blocks()) {
      for (Verb v : b.verbs()) {
        String code = v.code() != null ? v.code() : b.code();
        if (v.after().isEmpty()
            && v.before().isEmpty()
            && b.name().equalsIgnoreCase(v.lemma())
            && !GENERAL.contains(v.lemma())
            && !root(code).equals(NONE)) {
          own.add(v.lemma());
        }
      }
    }
    return own;
  }

  /**
   * Whether {@code v}, a single word, has a block of its own with a root and {@code b} is another.
   */
  private static boolean elsewhere(Verb v, Block b, Set<String> ownRooted) {
    return v.after().isEmpty()
        && ownRooted.contains(v.lemma())
        && !b.name().equalsIgnoreCase(v.lemma());
  }

  /**
   * The root of a PETRARCH code ({@code 0874} is 08, {@code 040:040} is 04), or {@code -} for the
   * null code, root 01 and a missing code.
   */
  static String root(String code) {
    if (code == null) {
      return NONE;
    }
    var m = CODE.matcher(code.strip());
    if (!m.matches()) {
      return NONE;
    }
    String root = m.group(1).substring(0, 2);
    int n = Integer.parseInt(root);
    return n >= 2 && n <= 20 ? root : NONE;
  }

  private static final String HEADER =
      """
      CAMEO verb lexicon, converted from PETRARCH2's %s
      (Open Event Data Alliance, MIT licence below) and the CAMEO codebook's category names
      (cameo-codebook.tsv) by org.actorgraph.train.CameoVerbConverter. Do not edit by hand:
      re-run, from the repository root after a build,
        java -cp extractor/target/actorgraph.jar org.actorgraph.train.CameoVerbConverter \\
          ../shared/corpora/petrarch2 extractor/core/src/main/resources/org/actorgraph/relate \\
          /usr/share/wordnet
      (the last folder is WordNet 3.0's dict, Debian package wordnet-base; it makes
      cameo-nouns.tsv).

      Rows (tab-separated):
        verb     LEMMA  ROOT  CODE  BLOCK [NOTE]  the verb alone states ROOT; member of BLOCK
        phrase   LEMMA  WORDS ROOT  CODE  BLOCK   a multi-word verb (meet with, call on)
        pattern  BLOCK  WORDS ROOT  CODE   these words after any verb of BLOCK give ROOT
        spelling VARIANT LEMMA   a British/American spelling of LEMMA (-ise/-ize, -our/-or ...)
      ROOT is the CAMEO root (first two digits of CODE, PETRARCH's code) or - for none.
      NOTE names the codebook category that set ROOT, if one did.
      WORDS: lemmas in order; a space lets a few other words come between, an underscore asks
      for the next word at once (a leading one: right after the verb), a bar separates the
      words of a PETRARCH synonym set. A longer pattern wins over a shorter one.

      Left out: root 01 (public statements: say, comment) and the null code --- (no event),
      since the gold annotates only exchanges of roots 02-20 between two actors; verbs with
      words before them (WIRE_+TAP); patterns with words before the verb, more than %d words
      after it, an unknown synonym set, or only closed-class words (prepositions, articles,
      pronouns, auxiliaries: * BY, * AT), whose meaning PETRARCH took from its parse tree.
      A verb that heads a block of its own name with a root (BLACKLIST [160]) is written from
      that block only, not from the other blocks that list it as a synonym (EXCLUDE [170]).
      A verb that the codebook's names put under one root takes that root and none of its
      PETRARCH block's patterns (its BLOCK is -): the codebook defines the category by that
      act (sign is 057 whatever is signed).
      A block's patterns apply only to its verbs that state nothing alone (below, root 01 like
      express, or the null code like send): PETRARCH's patterns are coders' notes from single
      sentences, matched there over a parse tree; over a window of lemmas they are looser, so
      they may add an interaction where the verb states none but do not override a verb's own
      root (a multi-word verb, meet with or call on, does). Patterns of blocks without such a
      verb, and patterns that give no root, are not written.
      These verbs (cameo-exclusions.tsv) keep their patterns but state nothing alone, being too
      general to state an interaction between two actors on their own: copulas, auxiliaries,
      light verbs whose object carries the meaning, verbs of saying, motion, perception and
      thought, and verbs of standing relations (membership, leadership, founding, schooling),
      which are positions and memberships rather than exchanges:
        %s
      """;

  private static List<String> header(Path petrarch2Dir) {
    String text =
        HEADER.formatted(DICTIONARY, PetrarchPatterns.MAX_WORDS, String.join(" ", GENERAL));
    List<String> h = new ArrayList<>();
    for (String l : (text + "\n" + String.join("\n", license(petrarch2Dir))).split("\n", -1)) {
      h.add(l.isEmpty() ? "#" : "# " + l);
    }
    return h;
  }

  private static List<String> license(Path petrarch2Dir) {
    Path file = petrarch2Dir.resolve("LICENSE");
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path out, List<String> lines) {
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code CameoVerbConverter PETRARCH2_DIR OUT_DIR [WORDNET_DICT_DIR]}: writes {@link #VERBS} and,
   * given WordNet, {@link CameoNounConverter#NOUNS} into OUT_DIR. Exit code 2 on wrong usage.
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: CameoVerbConverter PETRARCH2_DIR OUT_DIR [WORDNET_DICT_DIR]");
      System.exit(2);
    }
    Path outDir = Path.of(args[1]);
    Summary s = convert(Path.of(args[0]), outDir.resolve(VERBS));
    System.out.println(VERBS + ": " + s);
    if (args.length == 3) {
      int nouns =
          CameoNounConverter.convert(
              outDir.resolve(VERBS),
              Path.of(args[2]),
              outDir.resolve(CameoNounConverter.CODEBOOK),
              outDir.resolve(CameoNounConverter.NOUNS));
      System.out.println(CameoNounConverter.NOUNS + ": " + nouns + " nouns");
    }
  }
}
