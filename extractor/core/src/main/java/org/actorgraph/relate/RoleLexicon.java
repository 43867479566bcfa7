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

  /** A recognised title. */
  record Role(String name, int length, boolean head) {}
}
