package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parties of an act that the parser hangs away from its noun ({@link ActParties}), read through
 * {@link DependencyInteractionFinder}.
 */
class ActPartiesTest {

  @Test
  void aReactionToAnAgreementIsTowardItsParties() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 05 Freedonia", "Ruritania 05 Sylvania"),
        found("Freedonia's deal with Sylvania drew praise from Ruritania."));
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 11 Freedonia", "Ruritania 11 Sylvania"),
        found(
            "Freedonia and Sylvania signed an accord on Monday. The accord drew criticism from"
                + " Ruritania."));
  }

  @Test
  void theOwnerOfAnActThatDrewCriticismIsItsTarget() {
    Set<String> found = found("Freedonia's strikes on Port Aster drew condemnation from Sylvania.");
    assertTrue(found.contains("Sylvania 11 Freedonia"), found.toString());
    Set<String> after =
        found(
            "Freedonian air strikes killed dozens in Port Aster, drawing condemnation from"
                + " Sylvania.");
    assertTrue(after.contains("Sylvania 11 Freedonia"), after.toString());
  }

  @Test
  void theOwnerOfADeedThatDrewAReactionIsItsTarget() {
    assertEquals(
        Set.of("Sylvania 11 Freedonia"),
        found("Freedonia's plan drew condemnation from Sylvania."));
    assertEquals(Set.of(), found("The plan drew condemnation from Sylvania."));
  }

  @Test
  void aDeedSummingUpTheClauseBeforeItIsItsSubjects() {
    Set<String> found =
        found("Freedonia vetoed the aid package, a decision that drew criticism from Sylvania.");
    assertTrue(found.contains("Sylvania 11 Freedonia"), found.toString());
    Set<String> deeper =
        found(
            "Freedonia pledged to supply Sylvania with rifles, a move that drew condemnation from"
                + " Ruritania.");
    assertTrue(deeper.contains("Ruritania 11 Freedonia"), deeper.toString());
    assertEquals(
        Set.of("Sylvania 11 Freedonia"),
        found("Freedonia's decision, which drew criticism from Sylvania, was announced today."));
  }

  @Test
  void anUnownedActAfterInBelongsToTheVerbsSubjectAndObject() {
    Set<String> f = found("Freedonia backed Sylvania in the fight against Ruritania.");
    assertTrue(f.contains("Freedonia 19 Ruritania"), f.toString());
    assertTrue(f.contains("Sylvania 19 Ruritania"), f.toString());
    assertEquals(
        Set.of(), found("Jane Doe said in an interview with Freedonia that she was ready."));
  }

  @Test
  void theOneSupportedInAFightFightsToo() {
    Set<String> f =
        found("Jane Doe reiterated support for Freedonia in the fight against Sylvania.");
    assertTrue(f.contains("Freedonia 19 Sylvania"), f.toString());
    Set<String> g =
        found(
            "Ruritania remains steadfast in its support of Freedonia in their fight against"
                + " Sylvania.");
    assertTrue(g.contains("Freedonia 19 Sylvania"), g.toString());
    assertTrue(g.contains("Ruritania 05 Freedonia"), g.toString());
  }

  @Test
  void anUnownedEffortAfterInIsTheVerbsSubjectAndObjects() {
    Set<String> f = found("Ruritania supported Freedonia in its efforts to defeat Sylvania.");
    assertTrue(f.contains("Freedonia 19 Sylvania"), f.toString());
    assertTrue(f.contains("Ruritania 19 Sylvania"), f.toString());
  }

  @Test
  void theTargetTheParserHangsOnTheAgentOfAHostileActIsItsTarget() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve(
                "Air strikes by the Freedonia-led coalition on Red Brigade positions killed 12"
                    + " people."),
            Map.of()));
  }
}
