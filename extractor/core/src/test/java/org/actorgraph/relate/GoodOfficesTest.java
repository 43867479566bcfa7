package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Third parties who mediate, broker or host what others do ({@link GoodOffices}), read through
 * {@link DependencyInteractionFinder}.
 */
class GoodOfficesTest {

  @Test
  void aBrokerMeetsThoseWhoSignedItsActInThePassive() {
    Set<String> signed =
        found("The truce brokered by Freedonia was signed by Sylvania and Ruritania on Monday.");
    assertTrue(
        signed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        signed.toString());
    Set<String> agreed =
        found("The truce, mediated by Freedonia, was agreed by Sylvania and Ruritania.");
    assertTrue(
        agreed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        agreed.toString());
  }

  @Test
  void aBrokerIsNoPartyToWhatOneSideRejects() {
    Set<String> rejected = found("The truce brokered by Freedonia was rejected by Sylvania.");
    assertTrue(!rejected.contains("Freedonia 04 Sylvania"), rejected.toString());
  }

  @Test
  void aThirdPartyWithAGerundOfActingAsMediatorMeetsTheSidesAndIsNoPartner() {
    Set<String> agreed =
        found("Sylvania and Ruritania agreed to a truce, with Freedonia acting as mediator.");
    assertTrue(
        agreed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        agreed.toString());
    Set<String> union =
        found(
            "Sylvania and Ruritania agreed to a truce, with the Northern Union acting as"
                + " mediator.");
    assertTrue(
        union.containsAll(Set.of("Northern Union 04 Sylvania", "Northern Union 04 Ruritania")),
        union.toString());
    assertTrue(union.stream().noneMatch(f -> f.endsWith("03 Northern Union")), union.toString());
  }

  @Test
  void aMediatorInTalksBetweenOthersMeetsEachSide() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Freedonia acted as mediator in talks between Sylvania and Ruritania."));
  }

  @Test
  void aMediatorNamedInTheOpeningPhraseMeetsTheSidesAfterIt() {
    Set<String> agreed =
        found("With Freedonia acting as mediator, Sylvania and Ruritania agreed to a truce.");
    assertTrue(
        agreed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        agreed.toString());
  }

  @Test
  void anEffortOrRoleOfMediationIsTheMediationOfItsOwnerOrPlayer() {
    Set<String> efforts =
        found("Freedonia's mediation efforts between Sylvania and Ruritania stalled.");
    assertTrue(
        efforts.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        efforts.toString());
    Set<String> role = found("Freedonia played a mediating role between Sylvania and Ruritania.");
    assertTrue(
        role.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        role.toString());
  }
}
