package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which words state an act the report asserts ({@link AssertedWords}), read through {@link
 * DependencyInteractionFinder}.
 */
class AssertedWordsTest {

  @Test
  void negatedStatementsAreLeftOut() {
    assertEquals(Set.of(), found("Freedonia did not attack Sylvania last year."));
  }

  @Test
  void aQuotationThatOpensAtTheVerbQuotesTheReportedPredicate() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("The ministry said Jane Doe and John Roe \u201cexchanged views on trade.\u201d"));
    assertEquals(Set.of(), found("Jane Doe said \u201cFreedonia will meet Sylvania soon.\u201d"));
  }

  @Test
  void anActDeniedDidNotHappen() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of(), found(world.resolve("Freedonia denied backing the Red Brigade."), Map.of()));
    assertEquals(
        Set.of(),
        found(world.resolve("Freedonia denied that it backed the Red Brigade."), Map.of()));
  }

  @Test
  void anActBelievedOrSuspectedIsNotAsserted() {
    assertEquals(
        Set.of(),
        found("Officials believe Freedonia launched attacks on oil facilities in Sylvania."));
    assertEquals(Set.of(), found("Officials suspect Freedonia attacked Sylvania."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Officials said Freedonia attacked Sylvania."));
  }

  @Test
  void aGatheringOneRefusesToAttendIsNotTakenPartIn() {
    assertEquals(Set.of(), found("Jane Doe declined to attend the Northern Union summit."));
    assertEquals(
        Set.of(), found("Freedonia refused to attend the Northern Union summit in Port Aster."));
    assertEquals(
        Set.of("Jane Doe 04 Northern Union"),
        found("Jane Doe attended the Northern Union summit."));
  }

  @Test
  void aMeetingCalledOffOrPutBackDidNotTakePlace() {
    assertEquals(
        Set.of(),
        found("A planned summit between Freedonia and Sylvania was postponed because of strikes."));
    assertEquals(
        Set.of(),
        found("The meeting between the Freedonian and Sylvanian leaders was called off."));
    assertEquals(
        Set.of(), found("Talks between Freedonia and Sylvania in Port Aster were cancelled."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("A summit between Freedonia and Sylvania was held in Port Aster."));
  }

  @Test
  void aGatheringThatIsTheOccasionOfAnActNotDoneJoinsNoOne() {
    assertEquals(Set.of(), found("Freedonia did not meet Sylvania during the summit."));
    assertEquals(Set.of(), found("Jane Doe did not meet John Roe at the summit in Port Aster."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia met Sylvania during the summit."));
  }

  @Test
  void aDocumentOneRefusesToSignStatesNoActOfOnesOwn() {
    assertEquals(
        Set.of(), found("Freedonia refused to sign the joint statement criticising Sylvania."));
    assertEquals(Set.of(), found("Freedonia declined to back a resolution condemning Sylvania."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"),
        found("Freedonia backed a resolution condemning Sylvania."));
  }
}
