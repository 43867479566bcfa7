package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Acts that the governing word makes an intent or a threat ({@link IntendedActs}), read through
 * {@link DependencyInteractionFinder}.
 */
class IntendedActsTest {

  @Test
  void aidPledgedToAnActorIsTheSubjectsIntentToGiveIt() {
    assertEquals(Set.of("Freedonia 03 Sylvania"), found("Freedonia pledged aid to Sylvania."));
  }

  @Test
  void anActOfCooperationOnlyIntendedIsAnIntent() {
    assertEquals(
        Set.of("Jane Doe 03 Sylvania"),
        found("Jane Doe has been trying to increase cooperation with Sylvania on trade."));
    assertEquals(Set.of("Freedonia 03 Sylvania"), found("Freedonia plans to visit Sylvania."));
  }

  @Test
  void anActAgreedToIsTheActAndTheIntentToDoIt() {
    assertEquals(
        Set.of("Freedonia 03 Sylvania", "Freedonia 07 Sylvania"),
        found("Freedonia agreed to send fighter jets to Sylvania."));
  }

  @Test
  void anActThatIsOnlyThreatenedIsAThreat() {
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia threatened to impose sanctions on Sylvania."));
  }
}
