package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.relate.PositionFinder.Titled;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Reads a bare title set off by commas after a person's name, with no owner in the phrase: {@code
 * Jane Doe, a senator, said}, {@code John Roe, a former defence minister, leads the party}. The
 * title is handed to {@link UnownedTitles}, which gives an office of state the article's country
 * (at its lowest confidence) and leaves other titles alone. A title that an "of", "for" or a
 * possessive follows is {@link TitlesAfter}'s, which finds its owner in the phrase. So is one after
 * "its" with the owner before the person ({@code Orbis said X, its chairman, would}); after a
 * person who opens the sentence ({@code X, its chairman, said}) "its" is the sentence before's
 * subject's, which {@link UnownedTitles} looks for.
 */
final class ApposedTitles {

  private final RoleLexicon roles;

  ApposedTitles(RoleLexicon roles) {
    this.roles = roles;
  }

  /**
   * {@code PERSON , (a|an|the) [status] TITLE (,|.|;|"and")} for the person at mention {@code k},
   * with no owner.
   */
  Optional<Titled> find(SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int i = sa.lastToken(person) + 1;
    if (i + 2 >= tokens.size()
        || !tokens.get(i).text().equals(",")
        || !(tokens.get(i + 1).text().matches("(?i)a|an|the") || opensWithIts(sa, person, i))) {
      return Optional.empty();
    }
    i += 2;
    RoleStatus status = RoleStatus.CURRENT;
    Optional<RoleStatus> word = PositionFinder.statusWord(tokens.get(i));
    if (word.isPresent()) {
      status = word.get();
      i++;
    }
    Optional<RoleLexicon.Role> role = roles.roleAt(tokens, i);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    int end = i + role.get().length();
    if (end < tokens.size() && !tokens.get(end).text().matches("[,.;]|and")) {
      return Optional.empty();
    }
    return Optional.of(new Titled(person, role.get(), status, i, Optional.empty()));
  }

  /** Whether "its" follows the comma at {@code comma} after a person who opens the sentence. */
  private static boolean opensWithIts(SentenceActors sa, Located person, int comma) {
    return sa.firstToken(person) == 0 && sa.tokens().get(comma + 1).text().equals("its");
  }
}
