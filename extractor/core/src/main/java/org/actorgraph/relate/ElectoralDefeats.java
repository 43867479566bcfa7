package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Reads "defeated", "beat" and "lost to" between rivals as an electoral result, not as fighting.
 * PETRARCH's CAMEO dictionary files "defeat" and "beat" under 19 (fight), so an interaction finder
 * reports "Doe defeated Roe in the runoff" as a fight; when the contest finder reads the same
 * sentence as a contest between the same two actors, the fight (CAMEO 18-20 by a win or lose word)
 * is dropped, as is one between a contestant's party and her rivals. A military defeat is no
 * contest ({@link ContestFinder} needs people, parties or an election word), so it keeps its
 * interaction. Teams that meet in a report of a game ({@link GameContests}) play, so their meeting
 * is no consultation.
 */
public final class ElectoralDefeats implements RelationFinder {

  private static final Set<String> FORCE = Set.of("18", "19", "20");

  private final RelationFinder finders;

  /** Filters the facts of {@code finders}, which must include a {@link ContestFinder}. */
  public ElectoralDefeats(RelationFinder finders) {
    this.finders = finders;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = finders.find(article);
    Set<Rivals> rivals = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Contest c) {
        for (Evidence e : c.evidence()) {
          for (Entity a : c.contestants()) {
            for (Entity b : c.contestants()) {
              if (!a.equals(b)) {
                rivals.add(new Rivals(e.sentence(), a, b));
              }
            }
          }
        }
      }
    }
    if (rivals.isEmpty()) {
      return facts;
    }
    rivals.addAll(sides(facts, rivals));
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (!(f instanceof Fact.Interaction i && electoral(i, rivals, article))) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * {@code Doe of the Unity Party beat Roe}: a contestant's party, which the same sentence names,
   * is on her side against the others, so a win or loss between it and them is no fight either.
   */
  private static Set<Rivals> sides(List<Fact> facts, Set<Rivals> rivals) {
    Set<Rivals> out = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Membership m) {
        for (Evidence e : m.evidence()) {
          for (Rivals r : rivals) {
            if (r.sentence() == e.sentence() && r.a().equals(m.member())) {
              out.add(new Rivals(r.sentence(), m.organisation(), r.b()));
              out.add(new Rivals(r.sentence(), r.b(), m.organisation()));
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean electoral(
      Fact.Interaction i, Set<Rivals> rivals, ResolvedArticle article) {
    String trigger = ContestWords.winOrLose(i.trigger());
    boolean result =
        FORCE.contains(i.cameo())
            && (ContestWords.WIN.contains(trigger)
                || ContestWords.LOSE.contains(trigger)
                || ContestWords.ROUT.contains(trigger));
    // "Freedonia and Sylvania meet in the final": teams that meet in a game play, not consult
    boolean game =
        ContestWords.MEET.contains(trigger)
            && i.evidence().stream()
                .allMatch(
                    e ->
                        SportContexts.isGame(
                            article.annotated().sentences().get(e.sentence()).tokens()));
    if (!result && !game) {
      return false;
    }
    return i.evidence().stream()
        .allMatch(e -> rivals.contains(new Rivals(e.sentence(), i.source(), i.target())));
  }

  private record Rivals(int sentence, Entity a, Entity b) {}
}
