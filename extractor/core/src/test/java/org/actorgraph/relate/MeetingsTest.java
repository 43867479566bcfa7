package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in a meeting beyond its owner and partner ({@link Meetings}), read through {@link
 * DependencyInteractionFinder}.
 */
class MeetingsTest {

  @Test
  void talksWithAPartnerBeforeTheClauseWereAttendedByItsSubject() {
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("After talks with Freedonia, Sylvania agreed to buy tanks."));
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found(
            "Following talks with Freedonia's president, Sylvania's prime minister said the talks were good."));
    assertEquals(Set.of(), found("After the talks, Sylvania said it would buy tanks."));
  }

  @Test
  void talksAThirdPartyMediatedBeforeADealWereHeldByItsSubjects() {
    Set<String> found =
        found(
            "Freedonia and Sylvania agreed on Monday to end their dispute after talks mediated by"
                + " Ruritanian President Jane Doe in Port Aster.");
    assertTrue(
        found.containsAll(Set.of("Jane Doe 04 Freedonia", "Jane Doe 04 Sylvania")),
        found.toString());
  }

  @Test
  void aVisitInATimeAdverbialIsTheMainSubjects() {
    Set<String> found =
        found(
            "Last week during a visit to Sylvania, Freedonian President Jane Doe said both"
                + " countries were finalising a defence agreement.");
    assertTrue(found.contains("Jane Doe 04 Sylvania"), found.toString());
  }

  @Test
  void theOneAPassiveVerbActsOnHeldTheMeetingItsAdjunctNamesNotItsAgent() {
    Set<String> found =
        found("Jane Doe was suspended by the Northern Union over a phone call with John Roe.");
    assertTrue(found.contains("Jane Doe 04 John Roe"), found.toString());
    assertTrue(!found.contains("Northern Union 04 John Roe"), found.toString());
    found = found("Jane Doe was sacked by Ruritania for holding talks with Freedonia.");
    assertTrue(!found.contains("Ruritania 04 Freedonia"), found.toString());
    found = found("Jane Doe was criticised by Ruritania over talks with Freedonia.");
    assertTrue(found.contains("Jane Doe 04 Freedonia"), found.toString());
    assertTrue(!found.contains("Ruritania 04 Freedonia"), found.toString());
  }

  @Test
  void whoChairsTalksTakesPartInThem() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("The talks between Freedonia and Sylvania were chaired by Ruritania."));
  }

  @Test
  void whoHostsTalksTakesPartInThem() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania hosted talks between Freedonia and Sylvania."));
  }

  @Test
  void whoMeetForTalksHostedByAThirdAllTakePart() {
    Set<String> f =
        found(
            "The call came after Jane Doe and John Roe met in Port Aster for talks hosted by"
                + " Ruritania.");
    assertTrue(f.contains("Jane Doe 04 John Roe"), f.toString());
    assertTrue(f.contains("Ruritania 04 Jane Doe"), f.toString());
    assertTrue(f.contains("Ruritania 04 John Roe"), f.toString());
  }

  @Test
  void whoeverOneJoinsForTalksTakesPart() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe joined John Roe and other partners in Port Aster for talks on trade."));
  }

  @Test
  void beingOnAVisitIsTakingPartInIt() {
    assertEquals(
        Set.of("Jane Doe 04 Freedonia", "Jane Doe 04 Sylvania"),
        found("Jane Doe is on a three-day trip to Freedonia and Sylvania to discuss trade."));
  }

  @Test
  void whoConvenesAMeetingTakesPartWithItsAttendees() {
    Set<String> f = found("Jane Doe went to Port Aster to attend talks under the Northern Union.");
    assertTrue(f.contains("Jane Doe 04 Northern Union"), f.toString());
  }

  @Test
  void whoAttendsAnOrganisationsMeetingTakesPartWithIt() {
    assertEquals(
        Set.of("John Roe 04 Northern Union"),
        found("John Roe took part in the Northern Union summit."));
    assertEquals(
        Set.of("John Roe 04 Northern Union"),
        found("John Roe spoke at the Northern Union summit in Port Aster."));
    assertEquals(
        Set.of("Jane Doe 04 Northern Union"),
        found("Jane Doe travelled to Port Aster for the Northern Union summit."));
  }

  @Test
  void whoMeetOnTheSidelinesOfAnOrganisationsSummitMeetEachOtherNotIt() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("On the sidelines of the Northern Union summit, Jane Doe met John Roe."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe met John Roe on the margins of the Northern Union summit in Port Aster."));
  }

  @Test
  void aParticipleOfHostingMayCarryTheMeetingsSides() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Talks hosted by Freedonia between Sylvania and Ruritania ended on Monday."));
  }

  @Test
  void takingPartInAnActIsNoMediation() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia joined the sanctions against Sylvania."));
  }

  @Test
  void whoHostsAnEventForAnActorHostsIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia hosted a dinner for the Sylvanian delegation."));
  }

  @Test
  void theOwnerOfANounThatNamesNoActIsNoSideOfWhatAThirdHosts() {
    assertEquals(Set.of(), found("Sylvanian Radio is a Freedonian talk show hosted by John Roe."));
  }

  @Test
  void aPassiveParticipleOfAttendingAfterACommaDescribesTheMeetingBeforeIt() {
    assertEquals(
        Set.of("Freedonia 04 Jane Doe", "Freedonia 04 John Roe", "Jane Doe 04 John Roe"),
        found("Freedonia hosted a summit of regional leaders, attended by Jane Doe and John Roe."));
  }

  @Test
  void coordinatedVerbsOfTakingPartShareTheirMeeting() {
    assertEquals(
        Set.of("Freedonia 04 Jane Doe"),
        found("The summit was hosted by Freedonia and attended by Jane Doe."));
  }

  @Test
  void talksBeforeWhatTwoDidTogetherWereTheirs() {
    Set<String> f = found("Freedonia and Sylvania signed a trade pact after talks in Port Aster.");
    assertTrue(f.contains("Freedonia 04 Sylvania"), f.toString());
    f = found("Freedonia and Sylvania issued a joint statement after talks in Port Aster.");
    assertTrue(f.contains("Freedonia 04 Sylvania"), f.toString());
    f = found("Freedonia and Sylvania agreed to end the fighting after talks in Port Aster.");
    assertTrue(f.contains("Freedonia 04 Sylvania"), f.toString());
    // one actor's act after talks names no other who took part
    assertEquals(Set.of(), found("Freedonia issued a statement after talks in Port Aster."));
  }

  @Test
  void whoReportsTalksWithAPartnerWithoutNamingTheirSideHoldsThem() {
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("Sylvania said on Friday that talks with Freedonia were continuing."));
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("Sylvania's foreign minister said negotiations with Freedonia had stalled."));
    // the talks' own sides stay theirs
    assertEquals(
        Set.of("Freedonia 04 Ruritania"),
        found("Sylvania said talks between Freedonia and Ruritania were continuing."));
  }

  @Test
  void talksNamedAfterANounOfTheirSpanOrPartAreTheClausesMeeting() {
    assertTrue(
        found("Freedonia and Sylvania agreed to reopen the border after two days of talks.")
            .contains("Freedonia 04 Sylvania"));
    assertTrue(
        found("Freedonia and Sylvania signed a trade pact after three rounds of talks.")
            .contains("Freedonia 04 Sylvania"));
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("After months of talks with Freedonia, Sylvania said a deal was close."));
  }
}
