package org.actorgraph.lexicon;

import java.util.Objects;

/**
 * An entry that a name may denote, and how the name relates to it.
 *
 * @param entry the entry
 * @param form whether the name is the entry's canonical name, an alias, a capital's name, or a
 *     context-dependent form that must not be trusted alone
 */
public record NameCandidate(GazetteerEntry entry, Form form) {

  /** How a name relates to an entry; earlier constants are stronger evidence. */
  public enum Form {
    NAME,
    ALIAS,
    CAPITAL,
    CONTEXTUAL
  }

  public NameCandidate {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(form, "form");
  }
}
