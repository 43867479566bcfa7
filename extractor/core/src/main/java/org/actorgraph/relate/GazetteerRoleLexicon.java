package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.PersonTitle;

/**
 * Roles from the gazetteer's list of titles, without honorifics ("Mr.", "Dr."), which name no role,
 * and from the relate stage's own supplement ({@code roles.tsv}); the longer title wins. Known
 * office-holders serve the country their gazetteer entry names.
 */
public final class GazetteerRoleLexicon implements RoleLexicon {

  private final Gazetteer gazetteer;
  private final SupplementRoles supplement = SupplementRoles.standard();

  public GazetteerRoleLexicon(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Role> roleAt(List<Token> tokens, int i) {
    List<String> words = Token.texts(tokens);
    Optional<Role> listed =
        gazetteer
            .titleAt(words, i)
            .filter(m -> m.value().kind() != PersonTitle.Kind.HONORIFIC)
            .map(m -> new Role(m.value().role(), m.span().length(), m.value().head()));
    Optional<Role> extra = supplement.roleAt(tokens, i);
    if (extra.isPresent() && (listed.isEmpty() || extra.get().length() > listed.get().length())) {
      return extra;
    }
    return listed;
  }

  /** The country column of the person's gazetteer entry: the country the person leads or serves. */
  @Override
  public Optional<String> countryServedBy(String personKey) {
    return gazetteer
        .byKey(personKey)
        .filter(e -> e.type() == EntityType.PERSON)
        .flatMap(GazetteerEntry::country);
  }
}
