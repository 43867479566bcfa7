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

  @Test
  void aRoleOfMediatorStandsForTheMediatorAndOfNamesWhatItMediates() {
    Set<String> played =
        found("Freedonia played the role of facilitator between Sylvania and Ruritania.");
    assertTrue(
        played.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        played.toString());
    Set<String> as = found("Freedonia's role as mediator between Sylvania and Ruritania grew.");
    assertTrue(
        as.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")), as.toString());
    Set<String> of = found("Freedonia is the facilitator of talks between Sylvania and Ruritania.");
    assertTrue(
        of.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")), of.toString());
  }

  @Test
  void aGoBetweenForAPairMeetsEachOfIt() {
    Set<String> found = found("Freedonia acted as a go-between for Sylvania and Ruritania.");
    assertTrue(
        found.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        found.toString());
  }

  @Test
  void theOwnerOfAnInvitationHostsThoseWhoMetAtIt() {
    Set<String> found =
        found("Sylvania and Ruritania met in Port Aster at Freedonia's invitation.");
    assertTrue(
        found.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        found.toString());
  }

  @Test
  void theObjectsOfWithNamedAsMediatorsAreNoPartnersOfTheVerb() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Freedonia and Sylvania signed a ceasefire with Ruritania as mediator."));
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found(
            "Freedonia and Sylvania signed a ceasefire with Ruritania and Jane Doe as mediators."));
    // a partner after "with" stays one
    assertEquals(
        Set.of("Freedonia 05 Ruritania"), found("Freedonia signed a ceasefire with Ruritania."));
  }

  @Test
  void aMediatorReportingAJointActMeetsItsSides() {
    Set<String> apposed =
        found("Freedonia, the mediator, said Sylvania and Ruritania had agreed to a truce.");
    assertTrue(
        apposed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        apposed.toString());
    Set<String> demonym =
        found("Freedonian mediators said Sylvania and Ruritania would resume talks.");
    assertTrue(
        demonym.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        demonym.toString());
    Set<String> relative =
        found(
            "Freedonia, which hosted the talks, said Sylvania and Ruritania had agreed to a truce.");
    assertTrue(
        relative.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        relative.toString());
  }

  @Test
  void aMediatorReportingOneSidesActIsNoPartyToIt() {
    Set<String> found = found("Freedonia, the mediator, said Sylvania had attacked Ruritania.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Freedonia")), found.toString());
    Set<String> hosted =
        found("Freedonia, which hosted the talks, said Sylvania had rejected the proposal.");
    assertTrue(hosted.stream().noneMatch(f -> f.startsWith("Freedonia")), hosted.toString());
  }

  @Test
  void aThirdPartyInAnAbsoluteGerundOfGoodOfficesMeetsTheSidesOfAJointAct() {
    Set<String> hosted =
        found("Jane Doe met John Roe in Port Aster, with Freedonia hosting the talks.");
    assertTrue(
        hosted.containsAll(Set.of("Freedonia 04 Jane Doe", "Freedonia 04 John Roe")),
        hosted.toString());
    Set<String> mediated =
        found("Sylvania and Ruritania agreed to a truce, with Freedonia mediating.");
    assertTrue(
        mediated.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        mediated.toString());
    assertTrue(mediated.stream().noneMatch(f -> f.endsWith("03 Freedonia")), mediated.toString());
  }

  @Test
  void anAbsoluteGerundOfHostingOverNoJointActPairsNothing() {
    Set<String> found =
        found("Sylvania attacked Ruritania, with Freedonia hosting Sylvanian troops.");
    assertTrue(!found.contains("Freedonia 04 Ruritania"), found.toString());
  }

  @Test
  void aMediatorSetOffBetweenCommasAfterTalksMeetsEachSide() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found(
            "Talks between Sylvania and Ruritania, mediated by Freedonia, broke down on Sunday."));
  }
}
