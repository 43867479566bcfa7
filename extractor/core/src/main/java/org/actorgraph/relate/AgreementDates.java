package org.actorgraph.relate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.CharSpan;

/**
 * The date of an agreement from its sentence: a year that names it ("the 1979 peace treaty"), an
 * anniversary counted back from the article's date ("the 30th anniversary of the establishment of
 * diplomatic relations"), or the date the sentence states for what was done; read around the
 * agreement's phrase, so that a day in its name is no date ("the Easter Monday Accord").
 */
final class AgreementDates {

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private AgreementDates() {}

  /** When what the sentence says of the agreement at {@code phrase} was done, or empty. */
  static Optional<String> done(Sentence s, CharSpan phrase, Optional<LocalDate> date) {
    int first = s.tokenAt(phrase.start());
    int start = phrase.start() - s.span().start();
    return yearBefore(s.tokens(), first)
        .or(() -> anniversary(s.text().substring(0, start), date))
        .or(() -> RelativeDates.find(around(s, phrase), date));
  }

  /** The date the sentence was reported on ("said on Thursday"), or empty. */
  static Optional<String> reported(Sentence s, CharSpan phrase, Optional<LocalDate> date) {
    return RelativeDates.reported(around(s, phrase), date);
  }

  /** The sentence's text with the phrase blanked out. */
  private static String around(Sentence s, CharSpan phrase) {
    String text = s.text();
    int start = phrase.start() - s.span().start();
    int end = phrase.end() - s.span().start();
    return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
  }

  /** "the 30th anniversary of": what the anniversary is of was made that many years ago. */
  private static final Pattern ANNIVERSARY =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th) anniversary of\\b");

  /**
   * {@code the 30th anniversary of the establishment of diplomatic relations}: the year of what an
   * anniversary in {@code before} (the text before the agreement) is of, counted back from the
   * article's year.
   */
  private static Optional<String> anniversary(String before, Optional<LocalDate> date) {
    Matcher m = ANNIVERSARY.matcher(before);
    Optional<String> year = Optional.empty();
    while (m.find() && date.isPresent()) {
      year = Optional.of(String.valueOf(date.get().getYear() - Integer.parseInt(m.group(1))));
    }
    return year;
  }

  /** Whether an ISO date (year, month or day) comes after the article's date at its precision. */
  static boolean later(String iso, Optional<LocalDate> article) {
    if (article.isEmpty()) {
      return false;
    }
    String day = article.get().toString();
    return iso.length() <= day.length() && iso.compareTo(day.substring(0, iso.length())) > 0;
  }

  /** {@code the 1979 peace treaty}, {@code the 2015 nuclear deal}: the year that names it. */
  private static Optional<String> yearBefore(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 3; j--) {
      String w = tokens.get(j).text();
      if (YEAR.matcher(w).matches()) {
        return j > 0 && tokens.get(j - 1).text().matches("(?i)the|a|its|their")
            ? Optional.of(w)
            : Optional.empty();
      }
      if (!tokens.get(j).pos().equals("ADJ") && !tokens.get(j).pos().equals("NOUN")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
