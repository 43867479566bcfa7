package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Reads the office that a description with a demonym gives the person it refers back to: in "Kagame
 * invited Mamadi Doumbouya to Rwanda, which the Guinean transitional leader accepted", the
 * description holds Doumbouya as Guinea's leader. The resolver ({@link
 * org.actorgraph.resolve.PersonDescriptions}) has made the description a mention of the person; the
 * role is the title that ends it, the country the demonym inside it. Its confidence is below a
 * title written at the name, since the person is inferred.
 */
final class DescribedTitles {

  /** The finder name of the resolver's description mentions. */
  private static final String FINDER = "description";

  private static final double CONFIDENCE = 0.65;

  private DescribedTitles() {}

  /** The position that the description at mention {@code k} gives its person, if it is one. */
  static Optional<Fact> find(RoleLexicon roles, SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    if (person.entity().type() != EntityType.PERSON || !person.mention().finder().equals(FINDER)) {
      return Optional.empty();
    }
    int first = sa.firstToken(person);
    int last = sa.lastToken(person);
    Optional<Located> country =
        sa.mentions().stream()
            .filter(l -> l.entity().type() == EntityType.COUNTRY)
            .filter(l -> sa.firstToken(l) > first && sa.lastToken(l) < last)
            .findFirst();
    if (country.isEmpty()) {
      return Optional.empty();
    }
    List<Token> tokens = sa.tokens();
    for (int i = sa.lastToken(country.get()) + 1; i <= last; i++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, i);
      if (role.isPresent() && i + role.get().length() == last + 1) {
        return Optional.of(
            PositionFinder.position(
                sa,
                person.entity(),
                country.get().entity(),
                role.get(),
                RoleStatus.CURRENT,
                tokens,
                i,
                CONFIDENCE));
      }
    }
    return Optional.empty();
  }
}
