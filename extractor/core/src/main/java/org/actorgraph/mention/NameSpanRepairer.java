package org.actorgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.TokenMatch;
import org.actorgraph.text.TokenSpan;

/**
 * The trimming rules of {@link CheckedNameFinder}: takes a statistical name span (token offsets in
 * one sentence) and its type, and returns the span cut to the name it holds, or nothing when no
 * name is left.
 *
 * <ul>
 *   <li>a leading article or a title is cut off, and a name after a title is a person;
 *   <li>a span ends before news phrasing: a lower-case word that is no name particle, a weekday or
 *       month, a sentence adverb or punctuation;
 *   <li>a span grows over a hyphen that joins words ("Ko Wen" of "Ko Wen-je");
 *   <li>an organisation or place span ends before a title that ends it ("US Secretary of State");
 *   <li>a span ending in a document word keeps only a known name before it, or goes.
 * </ul>
 */
final class NameSpanRepairer {

  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "bin",
          "ibn", "bint", "al", "el", "la", "le", "di", "of", "and", "for", "y", "bu", "ul", "ben");
  private static final Set<String> PHRASING =
      Set.of(
          "last",
          "next",
          "this",
          "that",
          "earlier",
          "later",
          "on",
          "in",
          "at",
          "but",
          "and",
          "so",
          "again",
          "i",
          "we",
          "he",
          "she",
          "they",
          "it",
          "yesterday",
          "today",
          "tomorrow",
          "also",
          "meanwhile",
          "however",
          "when",
          "while",
          "after",
          "before",
          "since",
          "as",
          "if");
  private static final Set<String> DOCUMENT_WORDS =
      Set.of(
          "resolution",
          "resolutions",
          "agreement",
          "treaty",
          "accord",
          "accords",
          "convention",
          "act",
          "declaration",
          "memorandum",
          "protocol",
          "charter",
          "plan",
          "framework");

  /**
   * Lower-case words that a hyphen glues to a name without making them part of it: function words
   * ("Freedonia-in a", from a dash written as a hyphen) and the heads of compound adjectives
   * ("Front-held", "Sylvania-majority"); participles ("-led", "-backed") are found by their ending.
   */
  private static final Set<String> GLUED_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "in",
          "on",
          "at",
          "to",
          "of",
          "and",
          "or",
          "for",
          "by",
          "with",
          "from",
          "as",
          "is",
          "was",
          "who",
          "which",
          "that",
          "majority",
          "minority",
          "born",
          "made",
          "run",
          "held",
          "style",
          "era",
          "free",
          "like",
          "type",
          "wide",
          "bound",
          "owned",
          "language");

  private static final Set<String> GENERIC_PLURALS =
      Set.copyOf(WordList.read("generic_plurals.txt"));
  private static final Set<String> POSSESSIVE_NAME_WORDS =
      Set.copyOf(WordList.read("possessive_name_words.txt"));

  private final Gazetteer gazetteer;

  /**
   * @param gazetteer the titles, stop names and known names the rules use
   */
  NameSpanRepairer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A repaired span.
   *
   * @param span the name's tokens in the sentence
   * @param type the span's type, {@link EntityType#PERSON} when a title was cut off before it
   */
  record Repaired(TokenSpan span, EntityType type) {}

  /**
   * The span {@code [start, end)} of {@code tokens} trimmed to the name it holds, with its type, or
   * empty when nothing of a name is left.
   */
  Optional<Repaired> repair(List<Token> tokens, int start, int end, EntityType type) {
    List<String> words = Token.texts(tokens);
    while (start < end && LEADING_DETERMINERS.contains(lower(words.get(start)))) {
      start++;
    }
    start = afterGluedPrefix(tokens, start, end);
    int afterTitle = afterTitle(words, start, end);
    if (afterTitle > start) {
      start = afterTitle;
      type = EntityType.PERSON;
    }
    int afterCountry = afterTitleOfCountry(words, start, end);
    if (afterCountry > start) {
      start = afterCountry;
      type = EntityType.PERSON;
    }
    end = phrasingEnd(words, start, end);
    end = hyphenEnd(tokens, end);
    while (end > start && isTrailingJunk(words.get(end - 1))) {
      end--;
    }
    end = throughPossessiveName(words, start, end);
    end = beforeTrailingTitle(words, start, end, type);
    end = beforeGluedAcronym(words, start, end);
    end = throughDocumentWord(words, start, end);
    if (start >= end || end - start == 1 && PARTICLES.contains(lower(words.get(start)))) {
      return Optional.empty();
    }
    String last = lower(words.get(end - 1));
    String lastTwo = end - start > 1 ? lower(words.get(end - 2)) + " " + last : last;
    if (type != EntityType.PERSON
        && (GENERIC_PLURALS.contains(last)
            || GENERIC_PLURALS.contains(lastTwo)
            || GENERIC_PLURALS.contains(lower(words.get(start))))) {
      return knownNameBefore(words, start, end);
    }
    if (DOCUMENT_WORDS.contains(last)) {
      if (end - start < 2 || gazetteer.longestMatchAt(words, start).isEmpty()) {
        return Optional.empty();
      }
      end = gazetteer.longestMatchAt(words, start).get().span().end();
    }
    return Optional.of(new Repaired(new TokenSpan(start, end), type));
  }

  /**
   * What is left of a group phrase ("Union Member States", "the Presidents of A and B"): the known
   * name it opens with, or nothing.
   */
  private Optional<Repaired> knownNameBefore(List<String> words, int start, int end) {
    return gazetteer
        .longestMatchAt(words, start)
        .filter(m -> m.span().end() < end)
        .map(
            m ->
                new Repaired(
                    m.span(), m.unique().map(e -> e.type()).orElse(EntityType.ORGANISATION)));
  }

  /**
   * The end of an organisation or place span cut before a title that ends it ("U.S. Embassy
   * Chargé", "US Secretary of State"): the title names a person's post, not the body.
   */
  private int beforeTrailingTitle(List<String> words, int start, int end, EntityType type) {
    if (type == EntityType.PERSON) {
      return end;
    }
    for (int k = start + 1; k < end; k++) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, k);
      if (title.isPresent() && title.get().span().end() == end) {
        return k;
      }
    }
    return end;
  }

  /**
   * The end of a span before an acronym written straight after the name it abbreviates ("Union of
   * Northern States UNS"): the name is the span, the acronym an alias found on its own.
   */
  private static int beforeGluedAcronym(List<String> words, int start, int end) {
    if (end - start < 3) {
      return end;
    }
    String last = words.get(end - 1);
    if (last.length() < 2 || !last.chars().allMatch(Character::isUpperCase)) {
      return end;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words.subList(start, end - 1)) {
      if (capitalised(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(last) ? end - 1 : end;
  }

  /**
   * The end of a span that runs on past a document word ("UN Security Council Resolution 2254"): it
   * ends with the document word, which the caller then treats.
   */
  private static int throughDocumentWord(List<String> words, int start, int end) {
    for (int k = start + 1; k < end - 1; k++) {
      if (DOCUMENT_WORDS.contains(lower(words.get(k)))) {
        return k + 1;
      }
    }
    return end;
  }

  /**
   * The first token after a country that opens the span right after "Title of" ("President of
   * [Freedonia Jane Doe]"), when a name follows the country in the span; else {@code start}.
   */
  private int afterTitleOfCountry(List<String> words, int start, int end) {
    if (start < 2 || !lower(words.get(start - 1)).equals("of")) {
      return start;
    }
    boolean titled = false;
    for (int k = Math.max(0, start - 5); k < start - 1 && !titled; k++) {
      titled = gazetteer.titleAt(words, k).filter(t -> t.span().end() == start - 1).isPresent();
    }
    if (!titled) {
      return start;
    }
    return gazetteer
        .longestMatchAt(words, start)
        .filter(m -> m.unique().filter(e -> e.isCountry()).isPresent())
        .map(m -> m.span().end())
        .filter(e -> e < end && capitalised(words.get(e)))
        .orElse(start);
  }

  /**
   * The first token after a title that starts before or inside the span, or {@code start}. A title
   * that is also a common word or abbreviation ("PM") counts only right after a country or its
   * demonym ("Bangladesh PM Hasina", "British PM Jane Doe").
   */
  private int afterTitle(List<String> words, int start, int end) {
    for (int from = Math.max(0, start - 4); from < end - 1; from++) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, from);
      if (title.isPresent()
          && (!title.get().value().ambiguous() || gazetteer.countryEndsAt(words, from))
          && title.get().span().end() > start
          && title.get().span().end() < end
          && capitalised(words.get(title.get().span().end()))) {
        return title.get().span().end();
      }
    }
    return start;
  }

  private int phrasingEnd(List<String> words, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      String w = words.get(i);
      String lw = lower(w);
      boolean lowerCase = !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
      if ((lowerCase && !PARTICLES.contains(lw) && !words.get(i - 1).equals("-"))
          || (!lowerCase && PHRASING.contains(lw))
          || gazetteer.isStopName(w)
          || isBreakingPunctuation(w)) {
        return i;
      }
    }
    return end;
  }

  /**
   * Extends the span over "-" + word joined without spaces ("Wen" + "-je"), but not over a glued
   * lower-case word ("Freedonia-in", "Front-held"), and cuts such a word off the span's end.
   */
  private static int hyphenEnd(List<Token> tokens, int end) {
    int e = end;
    while (e + 1 < tokens.size()
        && hyphenated(tokens, e)
        && Character.isLetter(tokens.get(e + 1).text().codePointAt(0))
        && !isGlued(tokens.get(e + 1).text())) {
      e += 2;
    }
    if (e >= 3 && hyphenated(tokens, e - 2) && isGlued(tokens.get(e - 1).text())) {
      e -= 2;
    }
    return e;
  }

  /**
   * The start of a span after a lower-case compound prefix ("Sylvania-majority Freedonia" starts at
   * "Freedonia"), or after the lower-case head of one whose first part the span left out ("member
   * Aster Council" of "the 12-member Aster Council").
   */
  private static int afterGluedPrefix(List<Token> tokens, int start, int end) {
    if (start + 3 < end && hyphenated(tokens, start + 1) && isGlued(tokens.get(start + 2).text())) {
      return start + 3;
    }
    if (start + 1 < end
        && start >= 2
        && hyphenated(tokens, start - 1)
        && Character.isLowerCase(tokens.get(start).text().codePointAt(0))) {
      // "the 15-member Security Council": a span that opens with the head of a compound adjective
      // whose first part it left out starts after that head
      return start + 1;
    }
    return start;
  }

  /**
   * The end of a span that stops at the possessive of a collective noun inside a name ("Aster
   * People" of "Aster People's Party"), carried over the possessive and the capitalised words after
   * it; otherwise {@code end}.
   */
  static int throughPossessiveName(List<String> words, int start, int end) {
    if (end <= start
        || end + 1 >= words.size()
        || !POSSESSIVE_NAME_WORDS.contains(words.get(end - 1))
        || !isNamePossessive(words.get(end))) {
      return end;
    }
    int k = end + 1;
    while (k < words.size() && capitalised(words.get(k))) {
      k++;
    }
    return k > end + 1 ? k : end;
  }

  private static boolean isNamePossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  /** Whether token {@code k} is a hyphen written without spaces between two words. */
  private static boolean hyphenated(List<Token> tokens, int k) {
    return k > 0
        && k + 1 < tokens.size()
        && tokens.get(k).text().equals("-")
        && tokens.get(k).span().start() == tokens.get(k - 1).span().end()
        && tokens.get(k + 1).span().start() == tokens.get(k).span().end();
  }

  /** A lower-case word glued to a name by a hyphen without being part of it. */
  static boolean isGlued(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
      return false;
    }
    return GLUED_WORDS.contains(w) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
  }

  /**
   * Whether a span's last word is no part of a name: a possessive, a mark, or a lower-case word
   * that links a name to what follows ("Beijing of" from "accused Beijing of supplying"), which no
   * name ends with.
   */
  private static boolean isTrailingJunk(String w) {
    return w.equals("'s")
        || w.equals("’s")
        || w.equals("-")
        || isBreakingPunctuation(w)
        || TRAILING_LINKS.contains(w);
  }

  /** Lower-case prepositions, conjunctions and articles: a name never ends with one. */
  private static final Set<String> TRAILING_LINKS =
      Set.of("of", "and", "the", "for", "in", "on", "to", "at", "with", "or", "by", "from", "a");

  private static boolean isBreakingPunctuation(String w) {
    return !w.isEmpty()
        && !Character.isLetterOrDigit(w.codePointAt(0))
        && !w.equals("-")
        && !w.equals("&")
        && !w.equals(".");
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
