package org.actorgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;

/**
 * Joins sentences that the sentence model cut after an abbreviated title before a name ("Senior
 * Gen. | Jane Doe attended", "St. | Petersburg"): a sentence that ends in a title abbreviation (the
 * list is data, {@code title_abbreviations.txt}) and is followed in the same paragraph by a
 * capitalised word that is no sentence opener ("on Main St. | The talks") continues into the next.
 * Likewise after an initial ("J. | K. | Smith arrived"), unless the next sentence opens with a word
 * that opens sentences ({@code sentence_openers.txt}: "Plan B. The"). And after another
 * abbreviation ({@code word_abbreviations.txt}) before a number ("took effect on Jan. | 1, 2024",
 * "No. | 5"): news style opens no sentence with a numeral (AP Stylebook, numerals: spell out a
 * number at the start of a sentence). A cut before a lower-case word is undone whatever ends the
 * sentence before it ("met E.U. | officials", "Marcos Jr. | met"): no sentence opens in lower case.
 * And after "a.m." or "p.m." before a weekday or a month ("at 10 a.m. | Monday"), as the AP
 * Stylebook writes the time of an event (time element: "10 a.m. Monday").
 */
final class TitleAbbreviations {

  private static final Set<String> TITLES = read("title_abbreviations.txt");
  private static final Set<String> SENTENCE_OPENERS = read("sentence_openers.txt");
  private static final Set<String> WORD_ABBREVIATIONS = read("word_abbreviations.txt");

  /**
   * A word of letters, digits, apostrophes and hyphens, with a letter in it, and a period after it:
   * "Egypt.", "attempt.", "11J." (a name ending in a digit and a capital, which the tokenizer reads
   * as an initial).
   */
  private static final Pattern WORD_AND_PERIOD =
      Pattern.compile("(?=[\\p{N}'’-]*\\p{L})[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]+\\.");

  /** Lower-case abbreviations of letters and periods, inside a sentence: "a.m", "p.m", "e.g". */
  private static final Pattern LOWER_INITIALS = Pattern.compile("\\p{Ll}(\\.\\p{Ll})+");

  /** Weekdays and months, whole or abbreviated as the AP Stylebook abbreviates them. */
  private static final Pattern DAYS =
      Pattern.compile(
          "(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
              + "|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec");

  /** Initials written together, as the tokenizer leaves them without their last period: "J.R". */
  private static final Pattern JOINED_INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");

  private TitleAbbreviations() {}

  /** The sentence spans of {@code paragraph}, with every cut after a title abbreviation undone. */
  static List<Span> join(String paragraph, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int last = out.size() - 1;
      boolean cut =
          last >= 0
              && ((endsInTitle(paragraph, out.get(last)) || endsInInitial(paragraph, out.get(last)))
                      && startsName(paragraph, s)
                  || endsIn(WORD_ABBREVIATIONS, paragraph, out.get(last))
                      && startsWithDigit(paragraph, s)
                  || startsLowerCase(paragraph, s)
                  || endsInClockTime(paragraph, out.get(last)) && startsWithDay(paragraph, s));
      if (cut) {
        out.set(last, new Span(out.get(last).getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The token spans with an initial or a title abbreviation that the tokenizer cut from its period
   * joined again ("A", "." before "Doe" become "A."; "J.R", "." become "J.R."; "Gen", "." become
   * "Gen."), when a capitalised token follows: the name finder was trained on "A." and "Gen."
   * whole. Initials written together after "the" ("the U.K") are left as they are, unless a
   * lower-case word follows ("the U.N. envoy", "U.K. officials"), which no sentence opens with.
   * Lower-case ones ("a.m", "e.g") take their period back inside a sentence whatever follows.
   */
  static List<CharSpan> joinPeriods(String body, List<CharSpan> spans) {
    List<CharSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      CharSpan t = spans.get(i);
      boolean period =
          i + 2 < spans.size()
              && spans.get(i + 1).start() == t.end()
              && spans.get(i + 1).end() == t.end() + 1
              && body.charAt(t.end()) == '.';
      boolean joined = JOINED_INITIALS.matcher(t.of(body)).matches();
      char next = period ? body.charAt(spans.get(i + 2).start()) : ' ';
      boolean join =
          period
              && (Character.isUpperCase(next)
                      && abbreviation(t.of(body))
                      && !(i > 0 && joined && afterThe(body, spans.get(i - 1)))
                  || Character.isLowerCase(next) && joined
                  || LOWER_INITIALS.matcher(t.of(body)).matches());
      if (join && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (join) {
        out.add(new CharSpan(t.start(), t.end() + 1));
        i++;
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * The token spans with the sentence's full stop cut from its last word, where the tokenizer left
   * it on ("Egypt." at the end of "... aid to Egypt."): a word of two characters or more, a letter
   * among them, that is no abbreviation ({@code title_abbreviations.txt}, {@code
   * word_abbreviations.txt}).
   */
  static List<CharSpan> splitFinalPeriod(String body, List<CharSpan> spans) {
    if (spans.isEmpty()) {
      return spans;
    }
    CharSpan last = spans.get(spans.size() - 1);
    String text = last.of(body);
    if (!WORD_AND_PERIOD.matcher(text).matches()) {
      return spans;
    }
    String word = text.substring(0, text.length() - 1).toLowerCase(Locale.ROOT);
    if (TITLES.contains(word) || WORD_ABBREVIATIONS.contains(word)) {
      return spans;
    }
    List<CharSpan> out = new ArrayList<>(spans.subList(0, spans.size() - 1));
    out.add(new CharSpan(last.start(), last.end() - 1));
    out.add(new CharSpan(last.end() - 1, last.end()));
    return out;
  }

  private static boolean abbreviation(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || JOINED_INITIALS.matcher(word).matches()
        || TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean endsInTitle(String text, Span sentence) {
    return endsIn(TITLES, text, sentence);
  }

  /** Whether the sentence ends in one of {@code abbreviations} and its period. */
  private static boolean endsIn(Set<String> abbreviations, String text, Span sentence) {
    Span s = sentence.trim(text);
    int end = s.getEnd();
    if (end - s.getStart() < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > s.getStart() && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    boolean wordStart = start == s.getStart() || !Character.isLetterOrDigit(text.charAt(start - 1));
    return wordStart
        && abbreviations.contains(text.substring(start, end - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * "J. K. | Smith", "J.R. | Smith": the sentence ends in initials, each one capital letter and a
   * period, after a space; initials written together after "the" are a country's or a body's ("the
   * U.S. | Russia rejected it"), where the cut stands.
   */
  private static boolean endsInInitial(String text, Span sentence) {
    Span s = sentence.trim(text);
    int end = s.getEnd();
    int letter = end - 2;
    if (letter < s.getStart()
        || text.charAt(end - 1) != '.'
        || !Character.isUpperCase(text.charAt(letter))) {
      return false;
    }
    int first = letter;
    while (letter - 2 >= s.getStart()
        && text.charAt(letter - 1) == '.'
        && Character.isUpperCase(text.charAt(letter - 2))) {
      letter -= 2;
    }
    if (letter > s.getStart() && !Character.isWhitespace(text.charAt(letter - 1))) {
      return false;
    }
    return letter == first || !text.substring(s.getStart(), letter).matches("(?s).*\\b[Tt]he\\s+");
  }

  /** Whether the sentence ends in a clock time's "a.m." or "p.m.". */
  private static boolean endsInClockTime(String text, Span sentence) {
    String s = sentence.getCoveredText(text).toString().strip().toLowerCase(Locale.ROOT);
    return s.endsWith(" a.m.") || s.endsWith(" p.m.");
  }

  /** Whether the sentence opens with a weekday or a month ("Monday", "March", "Sept."). */
  private static boolean startsWithDay(String text, Span sentence) {
    Span s = sentence.trim(text);
    int j = s.getStart();
    while (j < s.getEnd() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return DAYS.matcher(text.substring(s.getStart(), j)).matches();
  }

  private static boolean startsLowerCase(String text, Span sentence) {
    Span s = sentence.trim(text);
    int i = s.getStart();
    return i < s.getEnd() && Character.isLowerCase(text.charAt(i));
  }

  /** Whether the token is "the": "the U.S." is a country's initials, not a person's. */
  private static boolean afterThe(String body, CharSpan previous) {
    return previous.of(body).equalsIgnoreCase("the");
  }

  /**
   * Whether the sentence opens like the rest of a name: another initial ("K."), or a capitalised
   * word that is not a closed-class word that opens sentences ("The", "He", "But").
   */
  private static boolean startsName(String text, Span sentence) {
    Span s = sentence.trim(text);
    int i = s.getStart();
    int j = i;
    while (j < s.getEnd() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j == i || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    if (j - i == 1 && j < s.getEnd() && text.charAt(j) == '.') {
      return true;
    }
    return !SENTENCE_OPENERS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  private static boolean startsWithDigit(String text, Span sentence) {
    Span s = sentence.trim(text);
    int i = s.getStart();
    return i < s.getEnd() && Character.isDigit(text.charAt(i));
  }

  private static Set<String> read(String file) {
    return Set.copyOf(WordFiles.read("/org/actorgraph/annotate/" + file));
  }
}
