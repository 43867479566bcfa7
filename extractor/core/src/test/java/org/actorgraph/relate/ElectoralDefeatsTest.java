package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class ElectoralDefeatsTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
          .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
          .entity("Army", EntityType.ORGANISATION, "Sylvanian Army")
          .entity("Front", EntityType.ORGANISATION, "Liberation Front")
          .entity("Unity Party", EntityType.ORGANISATION, "Unity Party")
          .entity("Progress Front", EntityType.ORGANISATION, "Progress Front")
          .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
          .entity("Sylvania", EntityType.COUNTRY, "Sylvania");

  private static List<Fact> facts(boolean filtered, String body) {
    return facts(filtered, body, Optional.empty());
  }

  private static List<Fact> facts(
      boolean filtered, String body, Optional<DependencyParser> parser) {
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    RelationFinder all =
        new CompositeRelationFinder(
            List.of(
                new InteractionFinder(TestArticles.roles(), positions, Capitals.none(), parser),
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

  @Test
  void beatingAPersonsPartyInAVoteIsAContestWithTheParty() {
    String body = "The Unity Party won 120 of the 300 seats, beating Ana Ruiz's Progress Front.";
    Optional<DependencyParser> parser = Optional.of(Nlp4jDependencyParser.standard());
    assertEquals(Set.of("Unity Party 19 Progress Front"), interactions(facts(false, body, parser)));
    List<Fact> kept = facts(true, body, parser);
    assertTrue(interactions(kept).isEmpty(), kept.toString());
  }

  @Test
  void aContestantsPartyDefeatingHerRivalIsNoFight() {
    String body = "Ana Ruiz of the Unity Party defeated Tomas Berg in the runoff.";
    RelationFinder all =
        new CompositeRelationFinder(
            List.of(
                new InteractionFinder(
                    TestArticles.roles(),
                    new PositionFinder(TestArticles.roles()),
                    Capitals.none(),
                    Optional.empty()),
                new StructureFinder(Capitals.none()),
                new ContestFinder()));
    assertEquals(Set.of("Unity Party 19 Tomas Berg"), interactions(all.find(WORLD.resolve(body))));
    List<Fact> kept = new ElectoralDefeats(all).find(WORLD.resolve(body));
    assertTrue(interactions(kept).isEmpty(), kept.toString());
  }

  @Test
  void teamsThatMeetInAGamePlayAndDoNotConsult() {
    String body = "Freedonia and Sylvania meet in the final on Saturday.";
    assertEquals(Set.of("Freedonia 04 Sylvania"), interactions(facts(false, body)));
    List<Fact> kept = facts(true, body);
    assertTrue(interactions(kept).isEmpty(), kept.toString());
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        interactions(facts(true, "Freedonia and Sylvania meet in the capital on Saturday.")));
  }

  @Test
  void aCandidateWhoCrushedAnotherIsNoAssailant() {
    List<Fact> kept = facts(true, "Ana Ruiz crushed Tomas Berg in the runoff.");
    assertTrue(interactions(kept).isEmpty(), kept.toString());
    assertEquals(1, kept.stream().filter(f -> f instanceof Fact.Contest).count(), kept.toString());
  }
}
