package org.actorgraph.annotate;

import java.util.List;
import java.util.Objects;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * One sentence with its tokens.
 *
 * @param index the sentence's position in the article, from 0
 * @param span where it stands in the article body
 * @param text the sentence as written
 * @param tokens its tokens, in order
 */
public record Sentence(int index, CharSpan span, String text, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (index < 0) {
      throw new IllegalArgumentException("index (" + index + ") is negative");
    }
  }

  /** The body span covered by the given tokens. */
  public CharSpan charSpan(TokenSpan tokenSpan) {
    return new CharSpan(
        tokens.get(tokenSpan.start()).span().start(), tokens.get(tokenSpan.end() - 1).span().end());
  }

  /** The index of the first token that starts at or after {@code offset}, or tokens().size(). */
  public int tokenAt(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().start() >= offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
