package org.actorgraph.text;

import java.util.regex.Pattern;

/**
 * Where an article body's dateline may stand: at the start of its first line, or at the start of
 * the next line with text when the first line is a headline ("Kenya sends more police to Haiti",
 * then "NAIROBI (AP) — Kenya sent…"), as in a text file that opens with the headline instead of a
 * {@code TITLE:} header.
 *
 * <p>A headline is a first line of at most {@value #MAX_HEADLINE_WORDS} words that ends without a
 * sentence's closing punctuation and does not open with a dateline itself (a city in capitals, or a
 * city and an agency in parentheses, then a comma, a parenthesis, a dash or a colon).
 *
 * <p>Design decision: every reader of the dateline (sentence splitting, the city and agency
 * mentions, the date, the country an article is filed from) asks here where it stands, so that they
 * agree on one place.
 */
public final class LeadLines {

  static final int MAX_HEADLINE_WORDS = 30;

  /** The start of a line that is a dateline, which no headline is. */
  private static final Pattern DATELINE_START =
      Pattern.compile(
          "^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,| ?\\(| ?[-–—:])"
              + "|[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){0,3} ?\\()");

  private static final Pattern CLOSING = Pattern.compile("[.!?…][\"”’')]*$");

  private LeadLines() {}

  /**
   * The offset of the first character of the line where {@code body}'s dateline may stand: its
   * first line with text, or the next one when that line is a headline.
   */
  public static int datelineStart(String body) {
    int first = textFrom(body, 0);
    int eol = body.indexOf('\n', first);
    if (eol < 0) {
      return first;
    }
    String line = body.substring(first, eol).strip();
    int second = textFrom(body, eol + 1);
    boolean headline =
        second < body.length()
            && !CLOSING.matcher(line).find()
            && !DATELINE_START.matcher(line).find()
            && line.split("\\s+").length <= MAX_HEADLINE_WORDS;
    return headline ? second : first;
  }

  /**
   * The first offset at or after {@code from} that is not white space ({@code body}'s end if none).
   */
  private static int textFrom(String body, int from) {
    int i = from;
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    return i;
  }
}
