package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds places named by a name and a lower-case noun for a facility or a natural feature ({@code
 * place_nouns.txt}): the name, then the noun ("the al-Nuri mosque", "the Ibn Aster hospital", "the
 * Aster air base", "the Aster river valley"), or the noun, then the name ("the river Aster", "lake
 * Aster"). The mention is the whole phrase as written, but names listed before a plural noun are
 * places each, without it ("the Aster and Borda rivers"). The capitalised heads ("Aster Mosque",
 * "Lake Aster") are {@link PatternMentionFinder}'s.
 *
 * <p>Design decision: a lower-case noun makes a place name less surely than a capitalised head
 * does: "a Freedonian hospital" and "the Syrian river" describe one, "a Red Cross hospital" is one
 * that the Red Cross runs, and "the Korvo hospital" is most often a hospital in the town of Korvo.
 * So the name must be one the gazetteer does not know (neither it nor its first words a country,
 * demonym, organisation, place or person), not an acronym ("the MSF clinic"), not end in an
 * organisation head ("the Aster Company bridge"), a capitalised place head ("the Aster River basin"
 * is a part of the Aster River, which {@link PatternMentionFinder} names) or a word tagged
 * adjective, not be made of words that describe alone ({@code proper_adjectives.txt}: "the Catholic
 * church", "the Druze shrine"; but "the Old Aster mosque" is a name), and not follow an indefinite
 * article or a number; a name that opens the sentence must be tagged a proper noun ("Military
 * hospital staff" is no name). A name that begins with a known given name needs "the" before it
 * ("the Jane Roe hospital"): without it the person is more often the subject or object before a
 * noun phrase ("told Jane Roe hospital beds were full").
 */
public final class FacilityNounFinder implements MentionFinder {

  /** The finder name its mentions carry. */
  public static final String FINDER = "rule:facility";

  private static final Map<String, List<List<String>>> AFTER = nouns("after:");
  private static final Map<String, List<List<String>>> BEFORE = nouns("before:");
  private static final Set<String> PLURALS = entries("list:");
  private static final Set<String> ALONE = entries("alone:");
  private static final Set<String> PLACE_HEADS = PatternMentionFinder.headWords();
  private static final Set<String> DESCRIPTIVE = Set.copyOf(WordList.read("proper_adjectives.txt"));
  private static final int MAX_NAME_WORDS = 3;

  /** Tags of words that are never part of a name, capitalised or not ("The", "In", "Our"). */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART");

  private static final double CONFIDENCE = 0.7;

  /** Words before a name that make the phrase a description: "a Red Cross hospital". */
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "another", "any", "each", "every", "one", "some", "several", "no");

  /** Lower-case particles that open a name with a hyphen: "al-Nuri", "el-Aster", "ibn-Aster". */
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "ez", "ibn", "bin");

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public FacilityNounFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      for (int i = 0; i < words.size(); i++) {
        List<TokenSpan> listed = namesBeforePlural(tokens, words, i);
        listed.forEach(span -> found.add(place(article, s, span)));
        if (listed.isEmpty()) {
          nameThenNoun(tokens, words, i).ifPresent(span -> found.add(place(article, s, span)));
        }
        nounThenName(tokens, words, i).ifPresent(span -> found.add(place(article, s, span)));
      }
    }
    return found;
  }

  /**
   * "the al-Nuri mosque": a name ending before token {@code i}, which starts a noun, and any noun
   * of the list right after it ("the Aster river valley").
   */
  private Optional<TokenSpan> nameThenNoun(List<Token> tokens, List<String> words, int i) {
    int nounEnd = nounAt(AFTER, words, i);
    if (nounEnd < 0) {
      return Optional.empty();
    }
    int start = nameStart(tokens, words, i);
    if (start < 0) {
      return Optional.empty();
    }
    while (nounEnd < words.size() && nounAt(AFTER, words, nounEnd) > nounEnd) {
      nounEnd = nounAt(AFTER, words, nounEnd);
    }
    return Optional.of(new TokenSpan(start, nounEnd));
  }

  /**
   * "the Aster and Borda rivers", "the Aster, Borda and Cole lakes": the names listed before a
   * plural noun at token {@code i}, each a place of its own (the noun left out); none unless there
   * are two or more and every one is a name.
   */
  private List<TokenSpan> namesBeforePlural(List<Token> tokens, List<String> words, int i) {
    if (!PLURALS.contains(words.get(i))) {
      return List.of();
    }
    List<TokenSpan> names = new ArrayList<>();
    int end = i;
    while (true) {
      int start = nameStart(tokens, words, end);
      if (start < 0) {
        return List.of();
      }
      names.add(0, new TokenSpan(start, end));
      if (start < 2 || !Set.of(",", "and").contains(words.get(start - 1))) {
        break;
      }
      end = start - 1;
    }
    return names.size() >= 2 ? names : List.of();
  }

  /**
   * The start of the name that ends before token {@code end}, or -1 when there is none, it is
   * longer than {@value #MAX_NAME_WORDS} words, or it is no name by the checks of the class
   * comment.
   */
  private int nameStart(List<Token> tokens, List<String> words, int end) {
    if (end == 0 || !nameAt(tokens, end - 1)) {
      return -1;
    }
    int start = end - 1;
    int nameWords = 1;
    while (start > 0) {
      if (nameAt(tokens, start - 1)) {
        start--;
        nameWords++;
      } else if (start > 1 && joined(tokens, start - 1) && joinable(words.get(start - 2))) {
        start -= 2; // "al-Zarqin", "Port-Aster" as three tokens
        nameWords += nameAt(tokens, start) ? 1 : 0;
      } else {
        break;
      }
    }
    if (nameWords > MAX_NAME_WORDS
        || start > 0 && describes(words.get(start - 1))
        || start > 0 && cutFromCapitalised(tokens, start - 1)
        || givenNames.contains(words.get(start)) && !(start > 0 && isThe(words.get(start - 1)))
        || !isName(tokens, words, start, end)) {
      return -1;
    }
    return start;
  }

  /** "the river Aster": a noun at token {@code i}, then a name. */
  private Optional<TokenSpan> nounThenName(List<Token> tokens, List<String> words, int i) {
    int nounEnd = nounAt(BEFORE, words, i);
    if (nounEnd < 0) {
      return Optional.empty();
    }
    int end = nounEnd;
    while (end < words.size() && nameAt(tokens, end)) {
      end++;
    }
    if (end == nounEnd || end - nounEnd > MAX_NAME_WORDS || !isName(tokens, words, nounEnd, end)) {
      return Optional.empty();
    }
    return Optional.of(new TokenSpan(i, end));
  }

  /** The end of the longest noun of {@code nouns} that starts at token {@code i}, or -1. */
  private static int nounAt(Map<String, List<List<String>>> nouns, List<String> words, int i) {
    int end = -1;
    for (List<String> noun : nouns.getOrDefault(words.get(i), List.of())) {
      if (i + noun.size() <= words.size()
          && words.subList(i, i + noun.size()).equals(noun)
          && i + noun.size() > end) {
        end = i + noun.size();
      }
    }
    return end;
  }

  /**
   * Whether the words from {@code start} to {@code end} are a name no one else claims: see the
   * class comment.
   */
  private boolean isName(List<Token> tokens, List<String> words, int start, int end) {
    List<String> name = words.subList(start, end);
    String last = name.get(name.size() - 1);
    return gazetteer.longestMatchAt(name, 0).isEmpty()
        && gazetteer.longestDemonymAt(name, 0).isEmpty()
        && !name.stream().filter(this::nameWord).allMatch(DESCRIPTIVE::contains)
        && !tokens.get(end - 1).pos().equals("ADJ")
        && !RuleMentionFinder.isOrganisationHead(last)
        && !PLACE_HEADS.contains(last)
        && name.stream().noneMatch(FacilityNounFinder::isAcronym)
        && (start > 0 && Character.isLetterOrDigit(words.get(start - 1).codePointAt(0))
            || tokens.get(start).pos().equals("PROPN"));
  }

  /**
   * Whether token {@code k}, before a name, is a capitalised word that is no name word itself (a
   * title, a stop name): the name is the tail of a longer one ("the Premier League stadium").
   */
  private boolean cutFromCapitalised(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return Character.isUpperCase(t.text().codePointAt(0)) && !FUNCTION_TAGS.contains(t.pos());
  }

  /** Whether token {@code k} is a hyphen with no space either side. */
  private static boolean joined(List<Token> tokens, int k) {
    return tokens.get(k).text().equals("-")
        && k + 1 < tokens.size()
        && tokens.get(k - 1).span().end() == tokens.get(k).span().start()
        && tokens.get(k).span().end() == tokens.get(k + 1).span().start();
  }

  /** What a hyphen may join to the name after it: a name word or a particle ("al-"). */
  private boolean joinable(String word) {
    return nameWord(word) || PARTICLES.contains(word);
  }

  private static boolean isThe(String word) {
    return word.equalsIgnoreCase("the");
  }

  /** An indefinite article or a number before the name: "a Red Cross hospital", "two". */
  private static boolean describes(String word) {
    return INDEFINITE.contains(word.toLowerCase(Locale.ROOT)) || word.matches("\\d+");
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** Whether token {@code k} is a name word and not tagged a function word ("The", "In"). */
  private boolean nameAt(List<Token> tokens, int k) {
    return nameWord(tokens.get(k).text()) && !FUNCTION_TAGS.contains(tokens.get(k).pos());
  }

  /**
   * A capitalised word, every part of it after a hyphen capitalised too, or a particle joined to
   * one ("Aster", "Port-Aster", "al-Nuri"; not "Freedonian-run"); not a stop name or a title.
   */
  private boolean nameWord(String word) {
    String[] parts = word.split("-", -1);
    int first = parts.length > 1 && PARTICLES.contains(parts[0]) ? 1 : 0;
    for (int k = first; k < parts.length; k++) {
      if (parts[k].isEmpty() || !Character.isUpperCase(parts[k].codePointAt(0))) {
        return false;
      }
    }
    return !gazetteer.isStopName(word) && gazetteer.title(word).isEmpty();
  }

  private static Mention place(AnnotatedArticle article, Sentence s, TokenSpan span) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(chars, article.body(), EntityType.PLACE, s.index(), FINDER, CONFIDENCE);
  }

  /** The one-word entries of {@code place_nouns.txt} with this prefix ("list: rivers"). */
  private static Set<String> entries(String prefix) {
    return WordList.read("place_nouns.txt").stream()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()).strip())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The name alone of a natural feature this finder names with a lower-case noun: "Aster" of "Aster
   * river", "river Aster" and "Aster river valley" (the first noun decides); empty for a building
   * ("al-Nuri mosque") and for anything else. The name alone names the same place ("alone:" in
   * {@code place_nouns.txt}), so the resolver takes it as an alias.
   */
  public static Optional<String> nameAlone(String place) {
    String[] words = place.split(" ");
    if (words.length >= 2 && ALONE.contains(words[0])) {
      return Optional.of(place.substring(words[0].length() + 1));
    }
    for (int k = 1; k < words.length; k++) {
      if (!words[k].isEmpty() && Character.isLowerCase(words[k].codePointAt(0))) {
        return ALONE.contains(words[k])
            ? Optional.of(String.join(" ", List.of(words).subList(0, k)))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The nouns of {@code place_nouns.txt} with this prefix, by their first word. */
  private static Map<String, List<List<String>>> nouns(String prefix) {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String line : WordList.read("place_nouns.txt")) {
      if (line.startsWith(prefix)) {
        List<String> noun = List.of(line.substring(prefix.length()).strip().split("\\s+"));
        out.computeIfAbsent(noun.get(0), k -> new ArrayList<>()).add(noun);
      }
    }
    return Map.copyOf(out);
  }
}
