package org.actorgraph.annotate;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import org.actorgraph.text.CharSpan;

/**
 * One token of a sentence.
 *
 * @param text the token as written (a possessive typed with an opening quote mark, "‘s", reads as
 *     "’s"; its span still points at what was written)
 * @param span where it stands in the article body
 * @param pos its Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ...)
 * @param lemma its lemma, lower case ({@code "O"} or the token itself when the lemmatiser has none)
 */
public record Token(String text, CharSpan span, String pos, String lemma) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /**
   * The texts of {@code tokens}, in order: a read-only view, made in constant time, so that callers
   * may take it for every position they look at.
   */
  public static List<String> texts(List<Token> tokens) {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return tokens.get(index).text();
      }

      @Override
      public int size() {
        return tokens.size();
      }
    };
  }
}
