package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Third parties who bring others together or take an initiative for them ({@link Initiatives}),
 * read through {@link DependencyInteractionFinder}.
 */
class InitiativesTest {

  @Test
  void oneWhoBringsTwoTogetherMediatesAndTheyMeet() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Freedonia brought Sylvania and Ruritania together in Port Aster."));
    Set<String> table = found("Freedonia brought Sylvania and Ruritania to the negotiating table.");
    assertTrue(
        table.containsAll(
            Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania")),
        table.toString());
  }

  @Test
  void theHostOfAMeetingThatBringsTwoTogetherMeetsThem() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("The talks, sponsored by Freedonia, brought together Sylvania and Ruritania."));
  }

  @Test
  void whatOnlyMeansToBringTwoTogetherIsAnIntentAndTheyHaveNotMet() {
    assertEquals(
        Set.of("Freedonia 03 Sylvania", "Freedonia 03 Ruritania"),
        found("Freedonia hopes to bring Sylvania and Ruritania together next year."));
  }

  @Test
  void nothingBringsTwoTogetherWithoutAnActorOrAMeeting() {
    assertEquals(Set.of(), found("The crisis brought Sylvania and Ruritania together."));
  }

  @Test
  void anInitiativeToBetterWhatLiesBetweenTwoIsItsAuthorsIntentToMediate() {
    Set<String> expected = Set.of("Freedonia 03 Sylvania", "Freedonia 03 Ruritania");
    assertEquals(
        expected,
        found(
            "The deal followed a Freedonian initiative to improve relations between Sylvania and"
                + " Ruritania."));
    assertEquals(
        expected,
        found(
            "The two sides met after an initiative from Freedonia aimed at improving relations"
                + " between Sylvania and Ruritania."));
    assertEquals(
        expected,
        found("Freedonia launched an initiative to bring Sylvania and Ruritania to the table."));
  }

  @Test
  void anEffortToHarmWhatLiesBetweenTwoIsNoMediation() {
    assertEquals(
        Set.of(),
        found("Freedonia's attempt to drive a wedge between Sylvania and Ruritania failed."));
    assertEquals(
        Set.of(),
        found(
            "Freedonia's efforts to destabilise relations between Sylvania and Ruritania were"
                + " exposed."));
  }
}
