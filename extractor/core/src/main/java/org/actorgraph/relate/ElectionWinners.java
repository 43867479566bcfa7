package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * The winner of a presidential election is its country's president-elect: {@code X won the
 * presidential election}, {@code X declared victory in the presidential election}. The country is
 * the one the sentence names, when it names only one, else the article's main country.
 */
final class ElectionWinners {

  private static final Set<String> ELECTION = Set.of("election", "elections", "vote", "runoff");
  private static final Set<String> WIN = Set.of("win", "won", "wins", "victory");

  private ElectionWinners() {}

  static Optional<Fact> find(SentenceActors sa, Optional<Entity> home) {
    List<Token> tokens = sa.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).text().equalsIgnoreCase("presidential")
          || !ELECTION.contains(tokens.get(i + 1).text().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int win = -1;
      for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
        if (WIN.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))) {
          win = j;
          break;
        }
      }
      if (win < 0 || sa.negatedOrHypothetical(win)) {
        continue;
      }
      Optional<Located> winner = winner(sa, win);
      Optional<Entity> country = onlyCountry(sa).or(() -> home);
      if (winner.isPresent() && country.isPresent()) {
        return Optional.of(
            new Fact.Position(
                winner.get().entity(),
                country.get(),
                "president-elect",
                RoleStatus.ELECT,
                true,
                0.6,
                List.of(sa.evidence())));
      }
    }
    return Optional.empty();
  }

  /** The last person named before the win word, with no other clause's verb between. */
  private static Optional<Located> winner(SentenceActors sa, int win) {
    Located best = null;
    for (Located l : sa.mentions()) {
      if (l.entity().type() == EntityType.PERSON && sa.lastToken(l) < win) {
        best = l;
      }
    }
    if (best == null || win - sa.lastToken(best) > 8) {
      return Optional.empty();
    }
    for (int j = sa.lastToken(best) + 1; j < win; j++) {
      if (sa.tokens().get(j).text().matches("[,;:]")) {
        return Optional.empty();
      }
    }
    return Optional.of(best);
  }

  private static Optional<Entity> onlyCountry(SentenceActors sa) {
    List<Entity> countries =
        sa.mentions().stream()
            .map(Located::entity)
            .filter(e -> e.type() == EntityType.COUNTRY)
            .distinct()
            .toList();
    return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
  }
}
