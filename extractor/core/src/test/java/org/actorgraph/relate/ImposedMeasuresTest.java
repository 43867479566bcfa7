package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImposedMeasuresTest {

  @Test
  void aMeasureALightVerbGovernsIsItsSubjectsActAgainstTheActorItNames() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia announced the suspension of all flights to and from Sylvania."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia ordered a freeze of Sylvania's assets."));
  }

  @Test
  void betweenTheImposerAndAnotherIsAnActOnTheOther() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia ordered the closure of the border between Freedonia and Sylvania."));
  }

  @Test
  void theBodyATargetIsSuspendedFromIsNoTarget() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia approved the suspension of Sylvania from the Northern Union."));
  }

  @Test
  void aMeasureWithoutAnImposerNamesNoAct() {
    assertEquals(
        Set.of(), found("The closure of the border between Freedonia and Sylvania hurt traders."));
  }
}
