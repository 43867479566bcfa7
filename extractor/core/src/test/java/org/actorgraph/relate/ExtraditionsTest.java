package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtraditionsTest {

  @Test
  void theExtraditingStateCooperatesWithTheStateItHandsSomeoneTo() {
    assertEquals(
        Set.of("Freedonia 06 Sylvania"),
        found("Freedonia extradited the suspect to Sylvania on Monday."));
    assertEquals(
        Set.of("Freedonia 06 Sylvania"),
        found("The suspect was extradited from Freedonia to Sylvania on Monday."));
  }

  @Test
  void anAgreementToExtraditeIsAlsoAnIntent() {
    assertEquals(
        Set.of("Freedonia 06 Sylvania", "Freedonia 03 Sylvania"),
        found("Freedonia agreed to extradite the suspect to Sylvania."));
  }

  @Test
  void aRefusalIsARejectionAndADeportationNoCooperation() {
    // no judicial cooperation (06): refusing to hand the suspect over rejects the requester (12,
    // Refusals)
    assertEquals(
        Set.of("Freedonia 12 Sylvania"),
        found("Freedonia refused to extradite the suspect to Sylvania."));
    assertEquals(Set.of(), found("Freedonia deported the suspect to Sylvania."));
  }
}
