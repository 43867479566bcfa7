package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;

/** Recognises role titles ("President", "Foreign Minister", "founder") in a token sequence. */
public interface RoleLexicon {

  /**
   * The longest role title starting at token {@code i}.
   *
   * @return the role, lower case, with how many tokens it covers and whether it heads its
   *     organisation
   */
  Optional<Role> roleAt(List<Token> tokens, int i);

  /**
   * Where a title ending just before token {@code to} starts, the longest such title (looked for in
   * the five tokens before it): "Foreign Secretary" before a name; -1 when none ends there.
   */
  default int titleEndingAt(List<Token> tokens, int to) {
    for (int s = Math.max(0, to - 5); s < to; s++) {
      Optional<Role> role = roleAt(tokens, s);
      if (role.isPresent() && s + role.get().length() == to) {
        return s;
      }
    }
    return -1;
  }

  /**
   * The ISO 3166-1 alpha-2 code of the country a known office-holder serves, from the entry with
   * this gazetteer key; empty for anyone else (none by default).
   */
  default Optional<String> countryServedBy(String personKey) {
    return Optional.empty();
  }

  /**
   * Whether token {@code i} is a one-word honorific that names no office ("Sheikh", "Sir",
   * "Professor"), which may stand between a title and a name: {@code Emir Sheikh Jane Doe} (none by
   * default).
   */
  default boolean honorificAt(List<Token> tokens, int i) {
    return false;
  }

  /** A recognised title. */
  record Role(String name, int length, boolean head) {}
}
