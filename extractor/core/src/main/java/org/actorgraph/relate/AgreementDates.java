package org.actorgraph.relate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.CharSpan;

/**
 * The date of an agreement from its sentence: a year that names it ("the 1979 peace treaty"), an
 * anniversary counted back from the article's date ("the 30th anniversary of the establishment of
 * diplomatic relations"), or the date the sentence states for what was done; read around the
 * agreement's phrase, so that a day in its name is no date ("the Easter Monday Accord"). A deed
 * stated with no date is of the day of a meeting the sentence before tells, or, in the article's
 * lead, of the article's day.
 */
final class AgreementDates {

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private AgreementDates() {}

  /** When what the sentence says of the agreement at {@code phrase} was done, or empty. */
  static Optional<String> done(Sentence s, CharSpan phrase, Optional<LocalDate> date) {
    int first = s.tokenAt(phrase.start());
    int start = phrase.start() - s.span().start();
    String around = around(s, phrase);
    return yearBefore(s.tokens(), first)
        .or(() -> anniversary(s.text().substring(0, start), date))
        .or(() -> RelativeDates.find(clause(around, phrase, s), date))
        .or(() -> RelativeDates.find(around, date));
  }

  /**
   * A comma or semicolon that closes a clause: not the comma of a date ("March 12, 2024") or of a
   * number.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;](?!\\s?\\d)");

  /**
   * The part of {@code text} between the clause breaks around the phrase: {@code Kenya and Somalia,
   * which signed a maritime pact in 2019, met again on Monday} dates the pact by its own clause's
   * 2019, not by the Monday of the main clause; a clause with no date leaves the sentence to give
   * one. A participle clause right after the phrase describes the agreement and belongs to it:
   * {@code part of the biggest arms deal, clinched last month with Poland}.
   */
  private static String clause(String text, CharSpan phrase, Sentence s) {
    int start = phrase.start() - s.span().start();
    int end = phrase.end() - s.span().start();
    int from = 0;
    Matcher m = CLAUSE_BREAK.matcher(text);
    int to = text.length();
    boolean described = false;
    while (m.find()) {
      if (m.end() <= start) {
        from = m.end();
      } else if (m.start() == end && !described && participleAfter(s, m.end())) {
        described = true;
      } else if (m.start() >= end) {
        to = m.start();
        break;
      }
    }
    return text.substring(from, to);
  }

  /**
   * Whether the first token after sentence offset {@code at} is a past participle ("clinched",
   * "signed", "struck"): a verb not in its base or "-ing" form.
   */
  private static boolean participleAfter(Sentence s, int at) {
    int absolute = s.span().start() + at;
    return s.tokens().stream()
        .filter(t -> t.span().start() >= absolute)
        .findFirst()
        .filter(t -> t.pos().equals("VERB"))
        .filter(t -> !t.text().endsWith("ing") && !t.text().equalsIgnoreCase(t.lemma()))
        .isPresent();
  }

  /** The date the sentence was reported on ("said on Thursday"), or empty. */
  static Optional<String> reported(Sentence s, CharSpan phrase, Optional<LocalDate> date) {
    return RelativeDates.reported(around(s, phrase), date);
  }

  /** How many sentences of the first paragraph its lead may hold. */
  private static final int LEAD_SENTENCES = 2;

  /** The statuses that a deed done, or an announcement made, gives. */
  private static final Set<Fact.AgreementStatus> DEEDS =
      EnumSet.of(
          Fact.AgreementStatus.SIGNED,
          Fact.AgreementStatus.ANNOUNCED,
          Fact.AgreementStatus.RATIFIED,
          Fact.AgreementStatus.ENDED);

  /**
   * Words before the agreement that set it in another time than the report's: a clause of time
   * ("after Kenya signed a pact"), a condition, or a deed still to come ("will sign").
   */
  private static final Pattern ELSEWHEN =
      Pattern.compile(
          "(?i)\\b(?:after|since|before|when|until|following|once|if|unless|later|earlier"
              + "|previously|formerly|must|should|could|may|might|needs?)\\b");

  /** Verbs by which the parties make an agreement known: "agreed to a truce". */
  private static final Set<String> ANNOUNCING = WordLists.set("agreement_announce_verbs.txt");

  /**
   * The day a sentence with no date of its own stands on, from its paragraph: the date the sentence
   * before states for a meeting in the same paragraph ({@code Ministers of Kenya and Ethiopia met
   * in Addis Ababa on Monday. They signed a defence pact.}: a consultation, CAMEO 04, whose day is
   * that of what was agreed at it), else the article's date in the article's lead (the first
   * sentences of its first paragraph; a news lead reports the newest event, of the report's day or
   * the day before, and the article's day is the nearer guess); else empty.
   *
   * @param previous the sentence before, if any
   * @param leadEnd where the article's first paragraph ends (a body offset)
   */
  static Optional<String> context(
      String body, Sentence previous, Sentence s, Optional<LocalDate> date, int leadEnd) {
    if (previous != null
        && body.substring(previous.span().end(), s.span().start()).indexOf('\n') < 0
        && meeting(previous.tokens())) {
      Optional<String> met = RelativeDates.find(previous.text(), date);
      if (met.isPresent()) {
        return met;
      }
    }
    boolean lead = s.index() < LEAD_SENTENCES && s.span().start() < leadEnd;
    return lead ? date.map(LocalDate::toString) : Optional.empty();
  }

  /** Whether the tokens have a verb of consulting (CAMEO 04: met, visited, held talks). */
  private static boolean meeting(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).pos().equals("VERB")
          && InteractionFinder.trigger(tokens, i).filter(c -> c.equals("04")).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date of its paragraph ({@link #context}) for an agreement made, announced, ratified or
   * ended in a sentence with no date of its own: {@code Kenya and Ethiopia have signed a defence
   * pact, officials said}. Empty for a status with no deed (proposed, negotiating, in force) or a
   * standing ("are signatories to"), or when a word of another time or a modal ("after", "later",
   * "will", "must") stands before the agreement in the sentence. An agreement only announced needs
   * a verb of announcing in its sentence ({@code agreement_announce_verbs.txt}): "welcomed the
   * ceasefire" speaks of a truce of another day. The date is weak: the caller marks it as a
   * report's date, which any stated date outweighs.
   *
   * @param state whether the status is a standing, not a deed
   * @param context the date of the sentence's paragraph
   */
  static Optional<String> implied(
      Sentence s,
      CharSpan phrase,
      Fact.AgreementStatus status,
      boolean state,
      Optional<String> context) {
    if (context.isEmpty() || state || !DEEDS.contains(status)) {
      return Optional.empty();
    }
    String before = s.text().substring(0, phrase.start() - s.span().start());
    if (ELSEWHEN.matcher(before).find() || RelativeDates.future(before)) {
      return Optional.empty();
    }
    if (status == Fact.AgreementStatus.ANNOUNCED && !announcing(s.tokens())) {
      return Optional.empty();
    }
    return context;
  }

  private static boolean announcing(List<Token> tokens) {
    return tokens.stream()
        .anyMatch(
            t ->
                ANNOUNCING.contains(t.lemma())
                    || ANNOUNCING.contains(t.text().toLowerCase(Locale.ROOT)));
  }

  /** Where the first paragraph of {@code body} ends: its first line break after some text. */
  static int leadEnd(String body) {
    int start = 0;
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    int end = body.indexOf('\n', start);
    return end < 0 ? body.length() : end;
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
