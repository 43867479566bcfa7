package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Drops an interaction with a person's party where the same sentence gives the same interaction
 * with the person: in "Doe criticised Republican John Roe" and "Jane Doe of the Unity Party accused
 * John Roe" the party names the person's side, and the act is the person's, so "Doe 11 Republican
 * Party" and "Unity Party 11 Roe" are dropped and the people's interaction kept. The membership
 * comes from the same sentence ({@link PartyMembers}); a sentence that names the party acting on
 * its own keeps the party's interaction, and only parties are sides so (a state that joins an
 * alliance is an actor of its own).
 */
public final class PartySides implements RelationFinder {

  private final RelationFinder finders;

  /** Filters the facts of {@code finders}. */
  public PartySides(RelationFinder finders) {
    this.finders = finders;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = finders.find(article);
    Set<Side> members = new HashSet<>();
    Set<Act> acts = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Membership m && PartyMembers.isParty(m.organisation())) {
        m.evidence()
            .forEach(e -> members.add(new Side(e.sentence(), m.member(), m.organisation())));
      } else if (f instanceof Fact.Interaction i) {
        i.evidence()
            .forEach(e -> acts.add(new Act(e.sentence(), i.source(), i.target(), i.cameo())));
      }
    }
    if (members.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (!(f instanceof Fact.Interaction i && bySide(i, members, acts))) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether every sentence of the interaction gives it to a member of its party end too. */
  private static boolean bySide(Fact.Interaction i, Set<Side> members, Set<Act> acts) {
    return i.evidence().stream()
        .allMatch(
            e ->
                members.stream()
                    .anyMatch(m -> m.sentence() == e.sentence() && byMember(i, m, acts)));
  }

  /**
   * Whether the sentence of {@code side} gives the interaction to the party's member in the party's
   * place, as source or as target.
   */
  private static boolean byMember(Fact.Interaction i, Side side, Set<Act> acts) {
    int s = side.sentence();
    return side.party().equals(i.target())
            && acts.contains(new Act(s, i.source(), side.member(), i.cameo()))
        || side.party().equals(i.source())
            && acts.contains(new Act(s, side.member(), i.target(), i.cameo()));
  }

  private record Side(int sentence, Entity member, Entity party) {}

  private record Act(int sentence, Entity source, Entity target, String cameo) {}
}
