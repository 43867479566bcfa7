package org.actorgraph.relate;

import java.util.Objects;
import org.actorgraph.text.CharSpan;

/**
 * Where an article states a fact.
 *
 * @param sentence the index of the sentence
 * @param span the part of the body that states it (often the whole sentence)
 */
public record Evidence(int sentence, CharSpan span) {

  public Evidence {
    Objects.requireNonNull(span, "span");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence (" + sentence + ") is negative");
    }
  }
}
