package org.actorgraph.annotate;

import java.util.function.Consumer;
import org.actorgraph.text.CharSpan;

/**
 * Splits a tokenizer token further, as the name-finder training corpora do: a possessive ({@code
 * 's}, {@code ’s}, {@code s'}) and {@code n't} become tokens of their own, hyphens between letters
 * stand alone ("Ching-te" becomes "Ching", "-", "te"; a token "-je" becomes "-", "je", and
 * "Nairobi-", which the tokenizer cuts from "Nairobi-based", becomes "Nairobi", "-"), and a
 * question or exclamation mark left on a word goes ("Aleppo?" becomes "Aleppo", "?").
 */
public final class TokenSplitter {

  private TokenSplitter() {}

  /**
   * Emits the parts of {@code text[start, end)} as body spans shifted by {@code offset}.
   *
   * @param text the text the token positions index into
   * @param start the token's first character in {@code text}
   * @param end one past the token's last character in {@code text}
   * @param offset what to add to a position in {@code text} to get a body offset
   * @param out receives the parts in order
   */
  public static void split(String text, int start, int end, int offset, Consumer<CharSpan> out) {
    if (end - start > 1
        && isHyphen(text.charAt(start))
        && Character.isLetterOrDigit(text.charAt(start + 1))) {
      out.accept(new CharSpan(offset + start, offset + start + 1));
      start++;
    }
    if (end - start > 1
        && isHyphen(text.charAt(end - 1))
        && Character.isLetterOrDigit(text.charAt(end - 2))) {
      // "Nairobi-" of "Nairobi-based", which the tokenizer cut after the hyphen
      split(text, start, end - 1, offset, out);
      out.accept(new CharSpan(offset + end - 1, offset + end));
      return;
    }
    int marks = end;
    while (marks - start > 1
        && (isClosingMark(text.charAt(marks - 1)) || closesQuotation(text, marks))
        && Character.isLetterOrDigit(text.charAt(marks - 2))) {
      marks--;
    }
    if (marks < end) {
      split(text, start, marks, offset, out);
      for (int i = marks; i < end; i++) {
        out.accept(new CharSpan(offset + i, offset + i + 1));
      }
      return;
    }
    int tailStart = possessiveStart(text, start, end);
    int cursor = start;
    for (int i = start + 1; i < tailStart - 1; i++) {
      if (isHyphen(text.charAt(i))
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        out.accept(new CharSpan(offset + cursor, offset + i));
        out.accept(new CharSpan(offset + i, offset + i + 1));
        cursor = i + 1;
      }
    }
    if (cursor < tailStart) {
      out.accept(new CharSpan(offset + cursor, offset + tailStart));
    }
    if (tailStart < end) {
      out.accept(new CharSpan(offset + tailStart, offset + end));
    }
  }

  private static int possessiveStart(String text, int start, int end) {
    int length = end - start;
    if (length > 2) {
      char apostrophe = text.charAt(end - 2);
      char last = text.charAt(end - 1);
      if ((isApostrophe(apostrophe)
              || apostrophe == '‘' && Character.isLetter(text.charAt(end - 3)))
          && (last == 's' || last == 'S')) {
        return end - 2; // "Kenya‘s": an opening quote mark typed for the apostrophe
      }
      if (length > 3
          && (last == 't' || last == 'T')
          && isApostrophe(apostrophe)
          && (text.charAt(end - 3) == 'n' || text.charAt(end - 3) == 'N')) {
        return end - 3;
      }
    }
    if (length > 1 && isApostrophe(text.charAt(end - 1)) && text.charAt(end - 2) == 's') {
      return end - 1;
    }
    return end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * A closing single quotation mark the tokenizer left on a word ("to Uganda’"): after a letter but
   * "s" (where it may be a plural's possessive, "the Philippines’", split off as one below), or a
   * digit.
   */
  private static boolean closesQuotation(String text, int end) {
    char before = text.charAt(end - 2);
    return text.charAt(end - 1) == '’' && before != 's' && before != 'S';
  }

  /** A question or exclamation mark the tokenizer left on a word ("Aleppo?"). */
  private static boolean isClosingMark(char c) {
    return c == '?' || c == '!';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }
}
