package org.actorgraph.relate;

import java.util.Objects;
import java.util.Optional;
import org.actorgraph.resolve.Entity;

/**
 * A named actor as one sentence writes it, with the actor that qualifies it: in {@code Mexican
 * President Claudia Sheinbaum} the head is Sheinbaum and the qualifier Mexico; in {@code the
 * Russian leader}, once the article has named Russia's leader, the head is that person.
 *
 * @param head the actor the phrase stands for
 * @param qualifier the country or organisation the phrase ties the head to, if any
 * @param first the phrase's first token in the sentence (titles included)
 * @param last its last token
 * @param indirect whether the head is not named in the phrase but found from a title
 */
record ActorPhrase(Entity head, Optional<Entity> qualifier, int first, int last, boolean indirect) {

  ActorPhrase {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(qualifier, "qualifier");
    if (last < first) {
      throw new IllegalArgumentException("last (" + last + ") before first (" + first + ")");
    }
  }
}
