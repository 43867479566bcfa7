package org.actorgraph.lexicon;

import java.util.Objects;

/**
 * A title or role written next to a person's name ("President", "Gen.", "spokesperson").
 *
 * @param title the title as listed ("Foreign Minister", "Lt. Gen.")
 * @param role the normalised lower-case role the graph records ("foreign minister")
 * @param kind what sort of title it is
 * @param head whether the role heads a state, government or organisation (president, prime
 *     minister, king, chairman, ...)
 * @param capitalisedOnly whether it is a title only when written with a capital ("General" but not
 *     "general")
 * @param ambiguous whether the word is also a common surname or word ("King", "Major", "Prince"),
 *     so a finder should want more evidence
 */
public record PersonTitle(
    String title,
    String role,
    Kind kind,
    boolean head,
    boolean capitalisedOnly,
    boolean ambiguous) {

  /** Sorts of title. */
  public enum Kind {
    ROLE,
    RANK,
    HONORIFIC,
    ROYAL,
    RELIGIOUS
  }

  public PersonTitle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    if (title.isBlank() || role.isBlank()) {
      throw new IllegalArgumentException(
          "title ('" + title + "') and role ('" + role + "') needed");
    }
  }
}
