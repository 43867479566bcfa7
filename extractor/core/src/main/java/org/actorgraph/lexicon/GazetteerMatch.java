package org.actorgraph.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.text.TokenSpan;

/**
 * A run of tokens that spells a known name.
 *
 * @param span the matched tokens (indices into the token list the caller passed)
 * @param candidates every entry the name may denote, strongest form first
 */
public record GazetteerMatch(TokenSpan span, List<NameCandidate> candidates) {

  public GazetteerMatch {
    Objects.requireNonNull(span, "span");
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a match needs at least one candidate");
    }
  }

  /**
   * The one entry the name denotes: the entry of the strongest non-contextual form, when no other
   * entry has a form as strong. Empty when the name is ambiguous or only context-dependent.
   */
  public Optional<GazetteerEntry> unique() {
    return unique(candidates);
  }

  static Optional<GazetteerEntry> unique(List<NameCandidate> candidates) {
    NameCandidate.Form best = null;
    GazetteerEntry found = null;
    boolean tie = false;
    for (NameCandidate c : candidates) {
      if (c.form() == NameCandidate.Form.CONTEXTUAL) {
        continue;
      }
      if (best == null || c.form().compareTo(best) < 0) {
        best = c.form();
        found = c.entry();
        tie = false;
      } else if (c.form() == best && !c.entry().equals(found)) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(found);
  }
}
