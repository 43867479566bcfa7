package org.actorgraph.relate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;

/**
 * Words that state an interaction between actors, mapped to their CAMEO root category (02-20):
 * verbs by lemma ({@code meet} is 04 consult, {@code criticise} 11 disapprove, {@code threaten}
 * 13), verb phrases that change the root ({@code call on} is 02, {@code express ... condemnation}
 * 11), and nouns that name an exchange ({@code talks} 04, {@code invasion} 19).
 *
 * <p>The words are data: {@code cameo-verbs.tsv} (converted from PETRARCH2's CAMEO verb dictionary
 * and the CAMEO codebook by {@code org.actorgraph.train.CameoVerbConverter}; its header gives the
 * format, the command line and what was left out), {@code cameo-nouns.tsv} (nominalisations of
 * those verbs and the codebook's category names) and {@code cameo-general.tsv} (a few hand-written
 * words of general English, reciprocal verbs and lemmatiser slips). They are read once, when the
 * class is first used, into hash maps keyed by lemma; lookups are constant time and thread-safe.
 *
 * <p>Design decision: a verb's multi-word forms ({@code call on}) may change the root it states
 * alone, but its PETRARCH block's patterns apply only to verbs that state nothing alone ({@code
 * express}, {@code send}): those patterns are coders' notes from single sentences, made for a parse
 * tree, and over a window of lemmas they overrode good roots ({@code meet ... for talks} as 03)
 * more often than they fixed them.
 */
final class CameoLexicon {

  private static final Set<String> QUOTATION_MARKS =
      Set.of("\"", "“", "”", "‘", "’", "'", "``", "''");

  /** Currency signs, which open an amount of money within a noun phrase ({@code $69 billion}). */
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "US$", "€", "£", "¥");

  /** The words of an amount's scale after its number ({@code $69 billion}). */
  private static final Set<String> AMOUNT_SCALES =
      Set.of("million", "billion", "trillion", "bn", "mn");

  /** The possessive clitic, which belongs to the noun phrase it ends ({@code Sylvania's envoy}). */
  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

  /** How many following words {@link #cameoAt} looks at for a verb's phrase patterns. */
  static final int WINDOW = 8;

  /** The most other words allowed between two words of a phrase pattern (or the verb and it). */
  private static final int GAP = 3;

  private static final String BASE = "/org/actorgraph/relate/";
  private static final String NONE = "-";

  /** One word of a phrase pattern: the lemmas it accepts, and whether it must follow at once. */
  private record Element(Set<String> lemmas, boolean adjacent) {}

  /**
   * A phrase pattern: the words after the verb, the root they give (null: none), whether it is the
   * verb's own multi-word form rather than a pattern of its PETRARCH block, and its place in the
   * files. Among patterns of one length the verb's own wins (it was written for that verb, a
   * block's pattern for all the verbs of the block: "take hostage by" is 181, where the APPREHEND
   * block's "hostage by" is 173), then the earlier.
   */
  private record Phrase(List<Element> elements, String root, boolean own, int order) {}

  /** Phrase patterns by the lemmas their first word accepts. */
  private record PhraseIndex(Map<String, List<Phrase>> byFirst) {}

  /**
   * A verb: the root it states alone (null: none), and the indexes of its phrases (its own
   * multi-word forms, then its blocks' patterns).
   */
  private record Verb(String root, List<PhraseIndex> phrases) {}

  private static final Map<String, Verb> VERBS = new HashMap<>();
  private static final Map<String, String> NOUNS = new HashMap<>();
  private static final Map<String, String> JOINT_NOUNS = new HashMap<>();

  /** Nouns that state another category when a state or an armed group acts or is acted on. */
  private static final Map<String, String> STATE_NOUNS = new HashMap<>();

  private static final Map<String, String> VERB_ALIASES = new HashMap<>();
  private static final Map<String, String> NOUN_ALIASES = new HashMap<>();

  /** Noun → the verb WordNet derives it from ({@code shelling} → shell), from cameo-nouns.tsv. */
  private static final Map<String, String> NOUN_VERBS = new HashMap<>();

  private static final Set<String> MUTUAL = new HashSet<>();
  private static final Map<String, String> COMPOUNDS = new HashMap<>();

  /** Verbs that state another root when they tell their object to do something ("told" rows). */
  private static final Map<String, String> TELLING = new HashMap<>();

  /**
   * Verbs that state a root when their object is followed by one of some words ("lets" rows): the
   * verb → the words → the root. It replaces the root the verb states alone ("block B from buying"
   * is 12, "block" alone 14), not one a longer phrase gives.
   */
  private static final Map<String, Map.Entry<Set<String>, String>> LETTING = new HashMap<>();

  /** UD tags of the words of an object noun phrase, for {@link #letsDo}. */
  private static final Set<String> OBJECT_TAGS =
      Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "VERB", "CCONJ");

  static {
    load();
  }

  private CameoLexicon() {}

  /** The category a verb lemma states alone. */
  static Optional<String> cameo(String lemma) {
    Verb v = verb(lemma);
    return v == null ? Optional.empty() : Optional.ofNullable(v.root());
  }

  /**
   * The category a verb lemma states with the lemmas that follow it in its sentence (the first
   * {@link #WINDOW} are looked at, up to a punctuation mark): the longest phrase pattern that
   * matches gives it, else the verb alone does.
   */
  static Optional<String> cameo(String lemma, List<String> followingLemmas) {
    Verb v = verb(lemma);
    if (v == null) {
      return Optional.empty();
    }
    Phrase best = best(v, followingLemmas);
    return best != null ? Optional.ofNullable(best.root()) : Optional.ofNullable(v.root());
  }

  /**
   * The category that a phrase of the verb at {@code i} of {@code tokens} (read with {@code lemma}
   * as its lemma) gives with the words after it; empty when no phrase matches, whatever the verb
   * states alone.
   */
  static Optional<String> phraseOnly(String lemma, List<Token> tokens, int i) {
    Verb v = verb(lemma);
    if (v == null || v.phrases().isEmpty()) {
      return Optional.empty();
    }
    Phrase best = best(v, followingLemmas(tokens, i));
    return best == null ? Optional.empty() : Optional.ofNullable(best.root());
  }

  /** The longest phrase of {@code v} that matches the lemmas after it; null if none does. */
  private static Phrase best(Verb v, List<String> followingLemmas) {
    int end = Math.min(followingLemmas.size(), WINDOW);
    for (int k = 0; k < end; k++) {
      String w = followingLemmas.get(k);
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) && !POSSESSIVES.contains(w)) {
        end = k;
      }
    }
    Phrase best = null;
    for (PhraseIndex index : v.phrases()) {
      for (int k = 0; k < end && k <= GAP; k++) {
        for (Phrase p : index.byFirst().getOrDefault(followingLemmas.get(k), List.of())) {
          if (better(p, best) && matches(p, followingLemmas, k, end)) {
            best = p;
          }
        }
      }
    }
    return best;
  }

  private static boolean better(Phrase p, Phrase best) {
    if (best == null) {
      return true;
    }
    int a = p.elements().size();
    int b = best.elements().size();
    if (a != b) {
      return a > b;
    }
    if (p.own() != best.own()) {
      return p.own();
    }
    return p.order() < best.order();
  }

  /**
   * {@link #cameo(String, List)} for the verb at {@code i} of {@code tokens}; quotation marks are
   * passed over ({@code declared the envoy "persona non grata"}).
   */
  static Optional<String> cameoAt(List<Token> tokens, int i) {
    String lemma = tokens.get(i).lemma();
    Optional<String> read = cameo(lemma, followingLemmas(tokens, i));
    String told = TELLING.get(lemma);
    if (told != null && read.equals(cameo(lemma)) && tellsToDo(tokens, i)) {
      return Optional.of(told);
    }
    Map.Entry<Set<String>, String> lets = LETTING.get(lemma);
    boolean bare = read.isEmpty() || read.equals(cameo(lemma));
    return lets != null && bare && letsDo(tokens, i, lets.getKey())
        ? Optional.of(lets.getValue())
        : read;
  }

  /**
   * Whether the verb at {@code i} lets its object do something named by one of {@code words}: a
   * bare infinitive or particle among them follows the object within {@link #WINDOW} words, the
   * words between being those of a noun phrase ({@code let a convoy pass}, {@code let aid trucks
   * into the region}, not {@code let Sylvania know that troops would go}). A verb tag is allowed
   * among them, since the tagger takes nouns such as "convoy" for verbs.
   */
  private static boolean letsDo(List<Token> tokens, int i, Set<String> words) {
    for (int j = i + 1; j < tokens.size() && j <= i + WINDOW; j++) {
      Token t = tokens.get(j);
      if (j > i + 1 && words.contains(t.lemma())) {
        return true;
      }
      if (!OBJECT_TAGS.contains(t.pos()) && !POSSESSIVES.contains(t.text())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code i} tells its object to do something: "to" and a verb follow it
   * within {@link #WINDOW} words, after at least one word (its object) and before any other verb or
   * punctuation mark ({@code ordered Sylvania to pay compensation}, not {@code ordered troops to
   * the border}).
   */
  private static boolean tellsToDo(List<Token> tokens, int i) {
    for (int j = i + 2; j + 1 < tokens.size() && j <= i + WINDOW; j++) {
      Token t = tokens.get(j);
      if (t.text().equalsIgnoreCase("to")) {
        return tokens.get(j + 1).pos().equals("VERB");
      }
      if (t.pos().equals("VERB") || t.pos().equals("PUNCT")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the words after the verb at {@code i} make a phrase that states no interaction, though
   * the verb alone states one ({@code offered condolences}: an empathetic comment, not an offer).
   */
  static boolean statesNoneAt(List<Token> tokens, int i) {
    Verb v = verb(tokens.get(i).lemma());
    if (v == null || v.root() == null) {
      return false;
    }
    Phrase best = best(v, followingLemmas(tokens, i));
    return best != null && best.root() == null;
  }

  /** The lemmas of the {@link #WINDOW} tokens after {@code i}, without quotation marks. */
  private static List<String> followingLemmas(List<Token> tokens, int i) {
    List<String> out = new ArrayList<>(WINDOW);
    for (int j = i + 1; j < tokens.size() && out.size() < WINDOW; j++) {
      String text = tokens.get(j).text();
      if (CURRENCY_SIGNS.contains(text)) {
        // "blocked Freedonia's $69 billion takeover": an amount is one word, as a number is
        out.add("0");
        while (j + 1 < tokens.size() && amountWord(tokens.get(j + 1).text())) {
          j++;
        }
      } else if (!QUOTATION_MARKS.contains(text) && !POSSESSIVES.contains(text)) {
        // "blocked a Freedonian company's purchase": the clitic is no word of the phrase
        out.add(tokens.get(j).lemma());
      }
    }
    return out;
  }

  /** A number or the word of its scale after a currency sign: "69", "5.2", "billion". */
  private static boolean amountWord(String text) {
    return Character.isDigit(text.codePointAt(0)) || AMOUNT_SCALES.contains(text);
  }

  /**
   * The category that the words after the verb at {@code i} give a verb that states nothing alone
   * ({@code recalled its ambassador}, {@code cut diplomatic ties}), read with {@code lemma} as the
   * verb's lemma; empty for a verb that states a category alone or when no phrase matches.
   */
  static Optional<String> phraseCameo(String lemma, List<Token> tokens, int i) {
    Verb v = verb(lemma);
    if (v == null || v.root() != null || v.phrases().isEmpty()) {
      return Optional.empty();
    }
    return cameo(lemma, followingLemmas(tokens, i));
  }

  /**
   * {@link #phraseCameo} read from the words after {@code from} instead of those after the verb:
   * for a phrase whose words follow the verb's object however long it is ({@code declared
   * Freedonia's ambassador to Port Aster persona non grata}).
   */
  static Optional<String> phraseCameoAfter(String lemma, List<Token> tokens, int from) {
    Verb v = verb(lemma);
    if (v == null || v.root() != null || v.phrases().isEmpty()) {
      return Optional.empty();
    }
    return cameo(lemma, followingLemmas(tokens, from));
  }

  /**
   * The category that a noun at {@code n} of {@code tokens} names as the nominal of its verb, read
   * with the words after its "of" as the verb's object: {@code the recall of its ambassador} (16,
   * as {@code recalled its ambassador}), {@code the severing of ties}, and, for a gerund, its verb
   * alone ({@code the summoning of the envoy}: 04); empty without "of" right after it, for a noun
   * that is no verb, and for a noun that is its verb's form but not its gerund when the verb states
   * a category alone (such a noun states its own act, if any, in {@link #nounCameo}).
   */
  static Optional<String> nominalCameo(List<Token> tokens, int n) {
    if (n + 1 >= tokens.size() || !tokens.get(n + 1).text().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    String word = tokens.get(n).text().toLowerCase(Locale.ROOT);
    String lemma = tokens.get(n).lemma();
    Verb v = VERBS.get(lemma);
    if (v == null && word.endsWith("ing")) {
      v = inflected(word);
    }
    if (v == null || v.root() != null && !word.endsWith("ing")) {
      return Optional.empty();
    }
    Phrase best = best(v, followingLemmas(tokens, n + 1));
    if (best != null) {
      return Optional.ofNullable(best.root());
    }
    return Optional.ofNullable(v.root());
  }

  /**
   * The category that the words after the "of" of the noun at {@code n} give as the object of the
   * verb the noun is derived from: {@code the expulsion of B's diplomats} is 16 as {@code expelled
   * B's diplomats} is (PETRARCH2's EXPEL pattern), though "expulsion" alone is 17; empty without
   * "of" right after the noun, for a noun derived from no verb, and when no phrase of the verb
   * matches (the noun then states its own act, {@link #nounCameo}).
   */
  static Optional<String> objectPhraseCameo(List<Token> tokens, int n) {
    if (n + 1 >= tokens.size() || !tokens.get(n + 1).text().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    String lemma = tokens.get(n).lemma();
    String verb = NOUN_VERBS.get(NOUN_ALIASES.getOrDefault(lemma, lemma));
    Verb v = verb == null ? null : VERBS.get(verb);
    Phrase best = v == null ? null : best(v, followingLemmas(tokens, n + 1));
    return best == null ? Optional.empty() : Optional.ofNullable(best.root());
  }

  /**
   * The verb whose doer carried out what the noun with {@code lemma} names: the verb WordNet
   * derives it from ({@code shelling}: shell, {@code invasion}: invade), or the noun itself where
   * it is a verb that states a category alone ({@code strike}, {@code visit}); empty for other
   * nouns.
   */
  static Optional<String> actVerb(String lemma) {
    String verb = NOUN_VERBS.get(lemma);
    if (verb == null && NOUN_ALIASES.containsKey(lemma)) {
      verb = NOUN_VERBS.get(NOUN_ALIASES.get(lemma));
    }
    if (verb == null && cameo(lemma).isPresent()) {
      verb = lemma;
    }
    return Optional.ofNullable(verb);
  }

  /** The category a noun states (by its written form, lower case, or its lemma). */
  static Optional<String> nounCameo(String word, String lemma) {
    String root = noun(word);
    return Optional.ofNullable(root != null ? root : noun(lemma));
  }

  /**
   * The category a noun states with the word before it or a modifier of it ({@code missile strike}:
   * 19 where a strike alone is 14), by the modifier's lemma and the noun's; none where the modifier
   * makes it no act between actors ({@code charm offensive}, root {@value #NONE}); a noun marked
   * joint that names an act of its own names the joint act ({@code joint patrols}: 06 where patrols
   * alone are 15, PETRARCH2 JOINT BORDER PATROLS [062]); else {@link #nounCameo}.
   */
  static Optional<String> nounCameo(String modifierLemma, String word, String lemma) {
    if (modifierLemma.equals("joint")) {
      Optional<String> joint = jointNounCameo(word, lemma);
      if (joint.isPresent()) {
        return joint;
      }
    }
    String root = COMPOUNDS.get(modifierLemma + " " + lemma);
    if (NONE.equals(root)) {
      return Optional.empty();
    }
    return root != null ? Optional.of(root) : nounCameo(word, lemma);
  }

  /**
   * The category a noun states when it is marked joint ({@code joint exercises}, {@code a joint
   * venture}), and only then: an exercise or a venture alone is no exchange between actors.
   */
  static Optional<String> jointNounCameo(String word, String lemma) {
    String root = JOINT_NOUNS.get(word);
    return Optional.ofNullable(root != null ? root : JOINT_NOUNS.get(lemma));
  }

  /**
   * The category a noun states when a state or an armed group carries it out or is its target
   * ({@code Russian strikes on Ukraine}, {@code strikes against ISIL}: 19, where a strike alone is
   * 14, a walkout), if it is such a noun.
   */
  static Optional<String> stateNounCameo(String word, String lemma) {
    String root = STATE_NOUNS.get(word);
    return Optional.ofNullable(root != null ? root : STATE_NOUNS.get(lemma));
  }

  /**
   * Whether the verb states an exchange among its coordinated subjects; a form the lemmatiser left
   * as written ("normalised") is read as its verb, as {@link #cameo(String)} reads it.
   */
  static boolean mutual(String lemma) {
    if (MUTUAL.contains(lemma)) {
      return true;
    }
    if (VERBS.containsKey(lemma)) {
      return MUTUAL.contains(VERB_ALIASES.getOrDefault(lemma, lemma));
    }
    for (List<String> bases :
        List.of(
            Inflections.bases(lemma),
            Inflections.clipped(lemma),
            Inflections.thirdPersonOrIed(lemma))) {
      for (String base : bases) {
        if (VERBS.containsKey(base)) {
          return MUTUAL.contains(base);
        }
      }
    }
    return false;
  }

  /**
   * The verb a trigger's lemma reads as: a lemmatiser's slip or a variant spelling as its verb
   * ("expell": expel), any other lemma as itself; two readers' lemmas of one word then compare.
   */
  static String verbOf(String lemma) {
    return VERB_ALIASES.getOrDefault(lemma, lemma);
  }

  private static Verb verb(String lemma) {
    Verb v = VERBS.get(lemma);
    if (v == null || v.root() == null && VERB_ALIASES.containsKey(lemma)) {
      // a form that only begins a phrase ("shot and") is still its verb's form ("shot": shoot)
      Verb alias = VERBS.get(VERB_ALIASES.getOrDefault(lemma, ""));
      v = alias != null ? alias : v;
    }
    return v != null ? v : inflected(lemma);
  }

  /**
   * The verb of a regular past or present participle that the lemmatiser left as it was
   * ("mediated", "brokering"; {@link Inflections#bases}), one letter off ("summone"; {@link
   * Inflections#clipped}), or of a third-person present or a past in -ied left as written
   * ("condemns", "decried"; {@link Inflections#thirdPersonOrIed}); null if none is a known verb.
   */
  private static Verb inflected(String w) {
    for (List<String> bases :
        List.of(Inflections.bases(w), Inflections.clipped(w), Inflections.thirdPersonOrIed(w))) {
      for (String base : bases) {
        Verb v = VERBS.get(base);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String noun(String word) {
    String root = NOUNS.get(word);
    return root != null ? root : NOUNS.get(NOUN_ALIASES.getOrDefault(word, ""));
  }

  /** Whether {@code p} matches with its first word at {@code first}. */
  private static boolean matches(Phrase p, List<String> following, int first, int end) {
    List<Element> elements = p.elements();
    if (elements.get(0).adjacent() && first != 0) {
      return false;
    }
    int at = first;
    for (int e = 1; e < elements.size(); e++) {
      Element element = elements.get(e);
      int last = element.adjacent() ? at + 1 : at + 1 + GAP;
      int found = -1;
      for (int k = at + 1; k <= last && k < end; k++) {
        if (element.lemmas().contains(following.get(k))) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  private static void load() {
    Map<String, String> roots = new HashMap<>();
    Map<String, Set<String>> blocksOf = new HashMap<>();
    Map<String, PhraseIndex> ownPhrases = new HashMap<>();
    Map<String, PhraseIndex> blockPhrases = new HashMap<>();
    Map<String, Set<String>> sets = new HashMap<>();
    int order = 0;
    for (String[] f : rows("cameo-verbs.tsv")) {
      switch (f[0]) {
        case "verb" -> {
          if (!f[2].equals(NONE)) {
            roots.putIfAbsent(f[1], f[2]);
          }
          blocksOf.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[4]);
        }
        case "phrase" -> add(ownPhrases, f[1], phrase(f[2], f[3], true, order++, sets));
        case "pattern" -> add(blockPhrases, f[1], phrase(f[2], f[3], false, order++, sets));
        case "spelling" -> VERB_ALIASES.put(f[1], f[2]);
        default -> throw new IllegalStateException("cameo-verbs.tsv: unknown row '" + f[0] + "'");
      }
    }
    for (String[] f : rows("cameo-general.tsv")) {
      switch (f[0]) {
        case "verb" -> {
          roots.putIfAbsent(f[1], f[2]);
          blocksOf.putIfAbsent(f[1], Set.of());
        }
        case "noun" -> NOUNS.putIfAbsent(f[1], f[2]);
        case "phrase" -> add(ownPhrases, f[1], phrase(f[2], f[3], true, order++, sets));
        case "mutual" -> MUTUAL.add(f[1]);
        case "told" -> TELLING.put(f[1], f[2]);
        case "lets" -> LETTING.put(f[1], Map.entry(Set.of(f[2].split("\\|")), f[3]));
        case "joint" -> JOINT_NOUNS.put(f[1], f[2]);
        case "state" -> STATE_NOUNS.put(f[1], f[2]);
        case "slip" -> VERB_ALIASES.put(f[1], f[2]);
        case "compound" -> {
          for (String modifier : f[1].split("\\|")) {
            COMPOUNDS.put(modifier + " " + f[2], f[3]);
          }
        }
        default -> throw new IllegalStateException("cameo-general.tsv: unknown row '" + f[0] + "'");
      }
    }
    Set<String> lemmas = new HashSet<>(blocksOf.keySet());
    lemmas.addAll(ownPhrases.keySet());
    for (String lemma : lemmas) {
      List<PhraseIndex> indexes = new ArrayList<>();
      if (ownPhrases.containsKey(lemma)) {
        indexes.add(ownPhrases.get(lemma));
      }
      Set<String> blocks = roots.containsKey(lemma) ? Set.of() : blocksOf.get(lemma);
      for (String block : blocks != null ? blocks : Set.<String>of()) {
        if (blockPhrases.containsKey(block)) {
          indexes.add(blockPhrases.get(block));
        }
      }
      VERBS.put(lemma, new Verb(roots.get(lemma), List.copyOf(indexes)));
    }
    for (String[] f : rows("cameo-nouns.tsv")) {
      switch (f[0]) {
        case "noun" -> {
          NOUNS.put(f[1], f[2]);
          if (f.length > 3 && f[3].startsWith("wordnet ") && f[3].contains(" of ")) {
            NOUN_VERBS.put(f[1], f[3].substring(f[3].lastIndexOf(" of ") + 4));
          }
        }
        case "spelling" -> NOUN_ALIASES.put(f[1], f[2]);
        default -> throw new IllegalStateException("cameo-nouns.tsv: unknown row '" + f[0] + "'");
      }
    }
  }

  private static void add(Map<String, PhraseIndex> indexes, String key, Phrase p) {
    PhraseIndex index = indexes.computeIfAbsent(key, k -> new PhraseIndex(new HashMap<>()));
    for (String first : p.elements().get(0).lemmas()) {
      index.byFirst().computeIfAbsent(first, k -> new ArrayList<>()).add(p);
    }
  }

  /**
   * A phrase pattern from its WORDS column ({@code _with}, {@code concern about}, {@code a|b});
   * equal word sets are shared through {@code sets}.
   */
  private static Phrase phrase(
      String words, String root, boolean own, int order, Map<String, Set<String>> sets) {
    List<Element> elements = new ArrayList<>();
    int k = 0;
    while (k < words.length()) {
      boolean adjacent = words.charAt(k) == '_';
      if (adjacent || words.charAt(k) == ' ') {
        k++;
      }
      int end = k;
      while (end < words.length() && words.charAt(end) != ' ' && words.charAt(end) != '_') {
        end++;
      }
      Set<String> lemmas =
          sets.computeIfAbsent(
              words.substring(k, end),
              alternatives -> {
                Set<String> out = new HashSet<>();
                for (String w : alternatives.split("\\|")) {
                  out.add(w);
                  out.add(base(w));
                }
                return Set.copyOf(out);
              });
      elements.add(new Element(lemmas, adjacent));
      k = end;
    }
    return new Phrase(List.copyOf(elements), root.equals(NONE) ? null : root, own, order);
  }

  /**
   * The lemma a pattern word written inflected most likely has ({@code sanctions}, {@code killed}).
   */
  private static String base(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  private static List<String[]> rows(String name) {
    InputStream in = CameoLexicon.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2) {
          throw new IllegalStateException(name + ":" + number + ": expected tab-separated fields");
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Whether the category of verb {@code lemma} depends on the word after it: {@link #byNextWord}.
   */
  static boolean dependsOnNextWord(String lemma) {
    return lemma.equals("agree") || lemma.equals("call");
  }

  /**
   * The category of a verb for which {@link #dependsOnNextWord} holds: "agree" is 03 (intent to
   * cooperate) before "to" and 05 otherwise; "call" is an appeal (02) before "on" or "upon"
   * (PETRARCH2 CALLED_FOR "call on", "call upon") and nothing otherwise.
   *
   * @param next the word after the verb, or null at the end of the sentence
   */
  static Optional<String> byNextWord(String lemma, String next) {
    return switch (lemma) {
      case "agree" -> Optional.of("to".equals(next) ? "03" : "05");
      case "call" ->
          "on".equals(next) || "upon".equals(next) ? Optional.of("02") : Optional.empty();
      default -> throw new IllegalArgumentException(lemma + " does not depend on the next word");
    };
  }
}
