package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Reads "fired" and the other verbs of ending someone's tenure ({@code role_end_verbs.txt}) as a
 * removal from office, not as shooting, where the position finder reads the same sentence as ending
 * the target's office. PETRARCH's CAMEO dictionary files "fire" under 19 (fight, 190), so an
 * interaction finder reports "Doe fired defence minister Roe" as a fight; when the same sentence
 * gives Roe a former office, the fight by that verb is dropped (Oxford Learner's fire: "to force
 * somebody to leave their job"). "Troops fired on Roe's convoy" ends no office and keeps its act.
 */
public final class Dismissals implements RelationFinder {

  /** CAMEO 19, fight: the category of shooting. */
  private static final String FIGHT = "19";

  private final RelationFinder finders;

  /** Filters the facts of {@code finders}, which must include a {@link PositionFinder}. */
  public Dismissals(RelationFinder finders) {
    this.finders = finders;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = finders.find(article);
    Set<Ended> ended = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p && p.status() == Fact.RoleStatus.FORMER) {
        p.evidence().forEach(e -> ended.add(new Ended(e.sentence(), p.holder())));
      }
    }
    if (ended.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (!(f instanceof Fact.Interaction i && dismissal(i, ended))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean dismissal(Fact.Interaction i, Set<Ended> ended) {
    return i.cameo().equals(FIGHT)
        && AppointmentWords.removingLemma(i.trigger())
        && i.evidence().stream().allMatch(e -> ended.contains(new Ended(e.sentence(), i.target())));
  }

  /** A person whose office a sentence ends. */
  private record Ended(int sentence, Entity holder) {}
}
