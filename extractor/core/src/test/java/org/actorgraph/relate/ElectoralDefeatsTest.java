package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class ElectoralDefeatsTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
          .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
          .entity("Army", EntityType.ORGANISATION, "Sylvanian Army")
          .entity("Front", EntityType.ORGANISATION, "Liberation Front");

  private static List<Fact> facts(boolean filtered, String body) {
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    RelationFinder all =
        new CompositeRelationFinder(
            List.of(
                new InteractionFinder(TestArticles.roles(), positions, Capitals.none()),
                new ContestFinder()));
    return (filtered ? new ElectoralDefeats(all) : all).find(WORLD.resolve(body));
  }

  private static Set<String> interactions(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof Fact.Interaction)
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  @Test
  void anElectoralDefeatIsAContestNotAFight() {
    String body = "In the runoff, Ana Ruiz defeated Tomas Berg by a wide margin.";
    assertEquals(Set.of("Ana Ruiz 19 Tomas Berg"), interactions(facts(false, body)));
    List<Fact> kept = facts(true, body);
    assertTrue(interactions(kept).isEmpty(), kept.toString());
    assertEquals(1, kept.stream().filter(f -> f instanceof Fact.Contest).count(), kept.toString());
  }

  @Test
  void aMilitaryDefeatStaysAFight() {
    String body = "The Sylvanian Army defeated the Liberation Front near the river.";
    assertEquals(interactions(facts(false, body)), interactions(facts(true, body)));
    assertEquals(Set.of("Army 19 Front"), interactions(facts(true, body)));
  }
}
