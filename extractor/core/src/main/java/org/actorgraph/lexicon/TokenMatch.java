package org.actorgraph.lexicon;

import java.util.List;
import java.util.Objects;
import org.actorgraph.text.TokenSpan;

/**
 * A run of tokens that spells a gazetteer phrase (a title, a government-body phrase).
 *
 * @param span the matched tokens (indices into the token list the caller passed)
 * @param values what the phrase stands for; more than one when two entries share the spelling
 * @param <V> the kind of value
 */
public record TokenMatch<V>(TokenSpan span, List<V> values) {

  public TokenMatch {
    Objects.requireNonNull(span, "span");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a match needs at least one value");
    }
  }

  /** The first (usually only) value. */
  public V value() {
    return values.get(0);
  }
}
