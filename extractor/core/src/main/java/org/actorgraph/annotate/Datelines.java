package org.actorgraph.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Cuts a wire dateline off the sentence it opens: {@code NAIROBI, June 12 (AP) - Kenya expelled…}
 * becomes {@code NAIROBI, June 12 (AP) -} and {@code Kenya expelled…}.
 *
 * <p>A dateline is a city in capitals ({@code THE HAGUE}), or a city in any case followed by an
 * agency in parentheses ({@code Sydney (Reuters)}); then up to two comma parts (country, date), the
 * agency, and a spaced dash or a colon, before a capitalised word or a quote.
 *
 * <p>Design decision: the rules that read a sentence's first words (who leads a reported sentence,
 * the subject of the first clause, the parse itself) took the dateline for the sentence's start;
 * the news line is the sentence, and the dateline a line of its own, as a line break would make it.
 */
final class Datelines {

  private static final String CAPS_CITY = "[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}";
  private static final String ANY_CITY = "[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){0,3}";
  private static final String PARTS = "(?:, [\\p{L}0-9.]+(?: [\\p{L}0-9.]+){0,3}){0,2}";
  private static final String AGENCY = " ?\\([^()\\n]{1,40}\\)";
  private static final String SEPARATOR = " ?(?:-{1,2}|–|—|:) +(?=[\\p{Lu}\"“‘'0-9])";

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:" + CAPS_CITY + PARTS + "(?:" + AGENCY + ")?|" + ANY_CITY + PARTS + AGENCY + ")"
              + SEPARATOR);

  private Datelines() {}

  /**
   * The dateline and the rest of {@code span} in {@code text}, or the span alone when it does not
   * open with a dateline (or is nothing but one).
   */
  static List<Span> split(String text, Span span) {
    Matcher m = DATELINE.matcher(text.substring(span.getStart(), span.getEnd()));
    if (!m.find() || letters(m.group()) < 3) {
      return List.of(span);
    }
    int cut = span.getStart() + m.end();
    Span head = new Span(span.getStart(), cut).trim(text);
    return List.of(head, new Span(cut, span.getEnd()));
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
  }
}
