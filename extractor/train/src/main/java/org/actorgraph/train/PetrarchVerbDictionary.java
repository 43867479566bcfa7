package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 CAMEO verb dictionary ({@code CAMEO.verbpatterns.*.txt}, format in PETRARCH2's
 * {@code dictionaries.rst}): synonym sets ({@code &NAME} followed by {@code +WORD} lines), then
 * verb blocks, each opened by {@code --- NAME [CODE] ---} and holding verb lines ({@code VERB
 * {forms} [CODE]}, multi-word verbs written {@code +MEET_WITH}) and pattern lines ({@code - PRE *
 * POST [CODE] # comment}). Transformation lines ({@code ~ ...}) are skipped. Words come out lower
 * case; codes as written ({@code 040}, {@code 0874}, {@code 040:040}, {@code ---}), or null where
 * the block or verb gives none.
 */
public final class PetrarchVerbDictionary {

  private static final Pattern BLOCK = Pattern.compile("^---\\s*(\\S+)\\s*(?:\\[([^]]*)])?.*$");
  private static final Pattern CODE = Pattern.compile("\\[([^]]*)]");
  private static final String PATTERNS_START = "####### VERB PATTERNS";

  /**
   * One verb of a block.
   *
   * @param lemma the verb, lower case ({@code meet}); words joined by a space where a multi-word
   *     verb marks none of them with {@code +}
   * @param before words that stand before it in a multi-word verb ({@code wire} in {@code
   *     WIRE_+TAP})
   * @param after words that follow it in a multi-word verb ({@code with} in {@code +MEET_WITH})
   * @param code its own code, or null when it takes the block's
   */
  public record Verb(String lemma, List<String> before, List<String> after, String code) {
    public Verb {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * One pattern line.
   *
   * @param body what stands between {@code -} and the code ({@code * &CEASEFIRE})
   * @param code the code in brackets
   */
  public record Line(String body, String code) {}

  /**
   * One verb block.
   *
   * @param name the block's label ({@code MEET_PEOPLE})
   * @param code the block's code, or null
   */
  public record Block(String name, String code, List<Verb> verbs, List<Line> patterns) {
    public Block {
      verbs = List.copyOf(verbs);
      patterns = List.copyOf(patterns);
    }
  }

  private final Map<String, List<String>> synsets;
  private final List<Block> blocks;

  private PetrarchVerbDictionary(Map<String, List<String>> synsets, List<Block> blocks) {
    this.synsets = synsets;
    this.blocks = blocks;
  }

  /** Synonym sets by name without {@code &} or trailing {@code _}; members lower case. */
  public Map<String, List<String>> synsets() {
    return synsets;
  }

  public List<Block> blocks() {
    return blocks;
  }

  /**
   * Reads {@code file}.
   *
   * @throws CorpusException naming file and line when a verb line cannot be read
   */
  public static PetrarchVerbDictionary read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PetrarchVerbDictionary read(BufferedReader in, String source) throws IOException {
    Map<String, List<String>> synsets = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    List<String> synset = null;
    boolean inPatterns = false;
    String blockName = null;
    String blockCode = null;
    List<Verb> verbs = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.startsWith(PATTERNS_START)) {
        inPatterns = true;
        continue;
      }
      if (!inPatterns) {
        String text = stripComment(line).strip();
        if (text.startsWith("&")) {
          synset = new ArrayList<>();
          synsets.put(name(text.substring(1)), synset);
        } else if (text.startsWith("+") && synset != null) {
          synset.add(text.substring(1).toLowerCase(Locale.ROOT));
        }
        continue;
      }
      if (line.startsWith("---")) {
        if (blockName != null) {
          blocks.add(new Block(blockName, blockCode, verbs, lines));
        }
        Matcher m = BLOCK.matcher(line.strip());
        if (!m.matches()) {
          throw new CorpusException(source + ":" + number + ": expected '--- NAME [CODE] ---'");
        }
        blockName = m.group(1);
        blockCode = code(m.group(2));
        verbs = new ArrayList<>();
        lines = new ArrayList<>();
        continue;
      }
      String text = stripComment(line).strip();
      if (text.isEmpty() || text.startsWith("~") || blockName == null) {
        continue;
      }
      if (text.startsWith("-")) {
        Matcher m = CODE.matcher(text);
        if (m.find()) {
          lines.add(new Line(text.substring(1, m.start()).strip(), m.group(1).strip()));
        }
        continue;
      }
      verbs.add(verb(text, source, number));
    }
    if (blockName != null) {
      blocks.add(new Block(blockName, blockCode, verbs, lines));
    }
    return new PetrarchVerbDictionary(synsets, blocks);
  }

  private static Verb verb(String text, String source, int number) {
    String head = text.split("[\\s{\\[]", 2)[0];
    if (head.isEmpty()) {
      throw new CorpusException(source + ":" + number + ": expected a verb (found '" + text + "')");
    }
    Matcher m = CODE.matcher(text);
    String own = m.find() ? code(m.group(1)) : null;
    String[] words = head.toLowerCase(Locale.ROOT).split("_");
    int at = -1;
    for (int k = 0; k < words.length; k++) {
      if (words[k].startsWith("+")) {
        at = k;
      }
    }
    if (at < 0) {
      return new Verb(String.join(" ", words), List.of(), List.of(), own);
    }
    List<String> before = new ArrayList<>(List.of(words).subList(0, at));
    List<String> after = new ArrayList<>(List.of(words).subList(at + 1, words.length));
    String lemma = words[at].startsWith("+") ? words[at].substring(1) : words[at];
    return new Verb(lemma, before, after, own);
  }

  private static String code(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return raw.strip();
  }

  private static String name(String raw) {
    String n = raw.strip();
    return n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    int semi = line.indexOf(';');
    int cut = hash < 0 ? semi : (semi < 0 ? hash : Math.min(hash, semi));
    return cut < 0 ? line : line.substring(0, cut);
  }
}
