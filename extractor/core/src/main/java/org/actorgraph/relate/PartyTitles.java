package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.relate.PositionFinder.Titled;

/**
 * Titles written with a political party that are not the party's offices: {@code Labour MP Jane
 * Doe}, {@code Republican Senator John Roe}, {@code Democratic Mayor Ann Poe}. The party is the
 * holder's party, not the body the office belongs to: the holder is its member, and the office's
 * owner is left for {@link UnownedTitles} to find. The party's own offices ({@code
 * party_offices.txt}: leader, chairman, candidate) stay the party's.
 */
final class PartyTitles {

  private static final Set<String> OFFICES = WordLists.set("party_offices.txt");

  /** Offices a party and a state both have: the party's only when written with the party's name. */
  private static final Set<String> SHARED = Set.of("president", "vice president");

  private PartyTitles() {}

  /**
   * {@code t} itself unless a party owns a title it does not hold; then the title without an owner,
   * and the holder's membership of the party added to {@code facts}.
   */
  static Titled owned(SentenceActors sa, Titled t, List<Fact> facts) {
    if (t.owner().isEmpty() || !PartyMembers.isParty(t.owner().get())) {
      return t;
    }
    // "ANC party leader Jane Doe": "party" before an office restates whose it is
    String role = t.role().name().replaceFirst("-elect$", "").replaceFirst("^party ", "");
    if (OFFICES.contains(role) && !(SHARED.contains(role) && byAdjective(sa, t))) {
      return t;
    }
    facts.add(
        new Fact.Membership(t.person().entity(), t.owner().get(), 0.8, List.of(sa.evidence())));
    return new Titled(t.person(), t.role(), t.status(), t.roleStart(), Optional.empty());
  }

  /**
   * Whether the party is written before the title by its adjective ("Republican", "Democratic"),
   * not by its name ("ANC", "the Unity Party", "Likud").
   */
  private static boolean byAdjective(SentenceActors sa, Titled t) {
    Optional<String> written =
        sa.mentions().stream()
            .filter(l -> l.entity().equals(t.owner().get()) && sa.lastToken(l) < t.roleStart())
            .reduce((a, b) -> b)
            .map(l -> l.mention().text());
    return written.isPresent()
        && !written.get().equals(t.owner().get().label())
        && !written.get().toLowerCase(Locale.ROOT).contains("party")
        && !written.get().equals(written.get().toUpperCase(Locale.ROOT));
  }
}
