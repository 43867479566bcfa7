package org.actorgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Cuts overlong "sentences" (text without sentence punctuation: lists, tables, scraped pages) into
 * pieces of at most {@value #MAX_CHARS} characters, at the last clause mark (; , :) or else the
 * last space before the limit, so that the work per sentence stays bounded: the taggers and the
 * relation rules cost more than linear time in a sentence's length.
 */
final class LongSentences {

  /** Longer than any real news sentence (a long one is 300-500 characters). */
  static final int MAX_CHARS = 1000;

  private LongSentences() {}

  /** The non-empty, trimmed pieces of {@code span} in {@code text}; the span itself if short. */
  static List<Span> split(String text, Span span) {
    List<Span> pieces = new ArrayList<>();
    int start = span.getStart();
    int end = span.getEnd();
    while (end - start > MAX_CHARS) {
      int cut = cutPoint(text, start, start + MAX_CHARS);
      add(text, start, cut, pieces);
      start = cut;
    }
    add(text, start, end, pieces);
    return pieces;
  }

  private static int cutPoint(String text, int from, int limit) {
    for (int i = limit - 1; i > from + MAX_CHARS / 2; i--) {
      char c = text.charAt(i);
      if ((c == ';' || c == ',' || c == ':') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  private static void add(String text, int start, int end, List<Span> pieces) {
    Span trimmed = new Span(start, end).trim(text);
    if (trimmed.length() > 0) {
      pieces.add(trimmed);
    }
  }
}
