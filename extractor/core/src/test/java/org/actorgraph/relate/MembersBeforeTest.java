package org.actorgraph.relate;

import static org.actorgraph.relate.MemberListsTest.assertAll3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Memberships read before the organisation's name, in the world of {@link MemberListsTest}. */
class MembersBeforeTest {

  private static Set<String> members(String body) {
    return MemberListsTest.world().memberships(body);
  }

  @Test
  void aListBeforeMembersOf() {
    Set<String> found =
        members("Freedonia and Sylvania, both founding members of the Northern Union, objected.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
  }

  @Test
  void countriesThatJoinBecomeMembers() {
    Set<String> found = members("Freedonia and Sylvania joined the Northern Union in 2020.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
  }

  @Test
  void anAppositionMayStandBetweenTheMemberAndItsLink() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members(
            "Freedonia, the largest economy in Port Aster, joined the Northern Union in 2020."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, its oldest ally, is a Northern Union member."));
    // an actor the apposition or relative clause names is not the one that joins
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, whose army fought Sylvania, joined the Northern Union."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, the closest ally of Sylvania, joined the Northern Union."));
  }

  @Test
  void coordinatedOrganisationsAfterTheLinkAreAllJoined() {
    assertEquals(
        Set.of(
            "Freedonia memberOf Union",
            "Sylvania memberOf Union",
            "Freedonia memberOf Trio",
            "Sylvania memberOf Trio"),
        members(
            "Freedonia and Sylvania are members of the Northern Union and the Trio Framework."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Freedonia memberOf Trio"),
        members(
            "Freedonia, a member of both the Northern Union and the Trio Framework, objected."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Freedonia memberOf Trio"),
        members("Freedonia joined the Northern Union in 1982 and the Trio Framework in 1986."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia joined the Northern Union and the Trio Framework welcomed the move."),
        "a verb after the second organisation makes it a clause of its own");
  }

  @Test
  void aSubjectThatIsTheOrganisationsMemberIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"), members("Freedonia is a Northern Union member."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia and Sylvania are both Northern Union members."));
    assertEquals(Set.of(), members("Freedonia is not a Northern Union member."));
    assertEquals(Set.of(), members("Freedonia said Northern Union members would object."));
  }

  @Test
  void asAMemberOfTheOrganisationTheSubjectIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("As a member of the Northern Union, Freedonia must report its subsidies."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("As founding members of the Northern Union, Freedonia and Sylvania share a port."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, as a member of the Northern Union, objected."));
    assertEquals(
        Set.of("Freedonia memberOf Trio"),
        members("As part of the Trio Framework, Freedonia sent troops."));
    assertEquals(
        Set.of(),
        members("Freedonia sent troops as part of the Trio Framework, Sylvania said."),
        "an 'as' that opens no clause");
  }

  @Test
  void countriesThatFoundTheOrganisationAreItsMembers() {
    assertAll3(
        members("Freedonia, Sylvania and Ruritania founded the Trio Framework in 1991."), "Trio");
    assertAll3(
        members("Freedonia and Sylvania formed the Trio Framework with Ruritania in 2023."),
        "Trio");
    assertAll3(
        members("Freedonia, Sylvania and Ruritania together make up the Trio Framework."), "Trio");
    assertEquals(
        Set.of("Freedonia memberOf Union"), members("Freedonia founded the Northern Union."));
  }

  @Test
  void aHyphenatedVerbOfFoundingSplitByTheTokenizerMakesFoundingMembers() {
    assertAll3(
        members("Freedonia, Sylvania and Ruritania co-founded the Trio Framework in 1991."),
        "Trio");
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, which co-founded the Northern Union, hosted the summit."));
    assertEquals(Set.of(), members("Jane Doe and John Roe co-founded the Unity Party."));
  }

  @Test
  void aFounderAloneAPersonOrWhatTheBlocOwnsIsNoFoundingMember() {
    assertEquals(Set.of(), members("Freedonia founded the Trio Framework in 1991."));
    assertEquals(Set.of(), members("Jane Doe and John Roe founded the Unity Party."));
    assertEquals(
        Set.of(), members("Freedonia and Sylvania founded the Trio Framework's bank in 1991."));
  }

  @Test
  void aCountryThatRejoinsIsAMemberAgain() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia rejoined the Northern Union in 2017."));
  }

  @Test
  void aCountryHoldingTheBlocsChairOrPresidencyIsAMember() {
    Set<String> union = Set.of("Freedonia memberOf Union");
    assertEquals(
        union, members("Freedonia, which chairs the Northern Union this year, hosted the talks."));
    assertEquals(
        union, members("Freedonia took over the rotating chair of the Northern Union in January."));
    assertEquals(union, members("Freedonia assumed the Northern Union presidency in January."));
    assertEquals(union, members("Freedonia, the Northern Union chair, hosted the talks."));
    assertEquals(Set.of(), members("Jane Doe assumed the Northern Union presidency in January."));
    assertEquals(Set.of(), members("Freedonia chaired the Northern Union summit."));
  }

  @Test
  void aHypotheticalMemberOrAnotherClausesSubjectIsNoMember() {
    assertEquals(Set.of(), members("Freedonia would become a Northern Union member if it won."));
    assertEquals(
        Set.of(), members("Freedonia would become a member of the Northern Union if it won."));
    assertEquals(
        Set.of(), members("Freedonia will never be a Northern Union member, Sylvania said."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("As a Northern Union member, Freedonia is bound by its rules."));
  }

  @Test
  void theObjectOfARelativeClauseBeforeAVerbOfBeingIsNoMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia and Sylvania are Northern Union members."));
    assertFalse(
        members("Freedonia and Sylvania, which border Ruritania, are Northern Union members.")
            .contains("Ruritania memberOf Union"));
  }

  @Test
  void anOrdinalMayStandBeforeMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia became the 32nd member of the Northern Union on Monday."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia became the fifth member state of the Northern Union."));
  }

  @Test
  void oneOfTheMembers() {
    Set<String> found = members("Freedonia is one of the 15 members of the Northern Union.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void aBlocNounAfterTheNameIsStillTheBlocJoined() {
    Set<String> found = members("Freedonia joined the Northern Union bloc in 2009.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
    found = members("Freedonia joined the Northern Union bloc's summit.");
    assertFalse(found.contains("Freedonia memberOf Union"), found.toString());
    found = members("Freedonia joined Northern Union troops in the drill.");
    assertFalse(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void joiningTheBlocInAnActionIsNoMembership() {
    Set<String> found = members("Freedonia joined the Northern Union in condemning the attack.");
    assertFalse(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void aCountryAsPartOfACoalition() {
    Set<String> found = members("Sylvania is working as part of the Northern Union to end it.");
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
  }

  @Test
  void aPlaceIsNoMember() {
    Set<String> found = members("In Port Aster, Freedonia joined the Northern Union.");
    assertFalse(found.contains("Port Aster memberOf Union"), found.toString());
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void theCountryChairingTheBlocIsAMember() {
    Set<String> found =
        members(
            "The Northern Union met. John Roe from Sylvania, the current chair of the regional"
                + " bloc, presided.");
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
  }

  @Test
  void anAppositionNamingTheOrganisationsMemberMakesAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, a Northern Union member, abstained."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia and Sylvania, both Union members, objected."));
  }

  @Test
  void aRelativeClauseOrACountedListLinksTheMembers() {
    assertEquals(
        Set.of("Ruritania memberOf Union"),
        members("Ruritania, which joined the Northern Union in 2004, abstained."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia and Sylvania are among the 27 member states of the Northern Union."));
  }

  @Test
  void aCountryBeforeAnAppositionAboutSomethingElseIsNoMember() {
    assertTrue(members("Freedonia, a Union critic, abstained.").isEmpty());
  }

  @Test
  void formerAndCandidateMembersAreNoMembers() {
    assertEquals(Set.of(), members("Freedonia, a former member of the Northern Union, abstained."));
    assertEquals(Set.of(), members("Sylvania, a candidate member of the Northern Union, spoke."));
    assertEquals(
        Set.of(), members("Sylvania's future membership in the Northern Union is far off."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, a founding member of the Northern Union, abstained."));
  }

  @Test
  void aHyphenatedModifierSplitByTheTokenizerStandsBeforeMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia is a non-permanent member of the Northern Union."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, a non-permanent member of the Northern Union, abstained."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia is currently an elected member of the Northern Union."));
  }

  @Test
  void theCountryThatLeadsTheBlocIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("The Freedonia-led Northern Union held drills."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Sylvania left the Freedonian-led Northern Union."));
    assertEquals(Set.of(), members("The Port Aster-led Northern Union held drills."));
  }

  @Test
  void aCountryThatWillChairTheBlocIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia will chair the Northern Union next year."));
  }

  @Test
  void amongTheBlocsMembersWrittenWithItsPossessive() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia and Sylvania are among the Northern Union's ten members."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia is one of the Northern Union's 27 member states."));
    assertEquals(
        Set.of("Freedonia memberOf Union"), members("Freedonia became the Union's 32nd member."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, the Union's newest member, sent troops."));
  }

  @Test
  void aListBeforeTheBlocNounsMembersOrAPartOfThem() {
    assertAll3(
        members(
            "The Northern Union met on Monday. Its leaders thanked Freedonia, Sylvania and"
                + " Ruritania, the bloc's three founding members."),
        "Union");
    assertAll3(
        members(
            "The Northern Union met on Monday. Freedonia, Sylvania and Ruritania, three of the"
                + " bloc's ten members, sent troops."),
        "Union");
    assertAll3(
        members("Freedonia, Sylvania and Ruritania, three of the Union's six members, objected."),
        "Union");
  }

  @Test
  void aCountryThatFollowsAJoinerJoinsToo() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia joined the Northern Union last year and Sylvania followed in March."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Freedonia joined the Northern Union, and Sylvania did the same a year later."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia joined the Northern Union and Sylvania followed the debate."));
  }

  @Test
  void admittedAsTheOrganisationsMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia was admitted as the Union's 11th member on Sunday."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia was accepted as the Northern Union's newest member."));
    assertEquals(Set.of(), members("Freedonia was admitted as Union observer."));
  }

  @Test
  void aPossessiveMemberNounAfterAnotherVerbOrAFormerMemberIsNoMembership() {
    assertEquals(Set.of(), members("Freedonia criticised the Northern Union's members."));
    assertEquals(Set.of(), members("Freedonia, the Union's former member, sent troops."));
  }

  @Test
  void aRelativeClauseOfBeingBeforeTheAppositionStillMakesAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, which has been a Northern Union member since 1952, objected."));
    assertEquals(Set.of(), members("Sylvania, which would be a Northern Union member, objected."));
    assertEquals(Set.of(), members("Sylvania, which is not a Northern Union member, objected."));
  }

  @Test
  void anAdjectiveOrOnlyMayDescribeTheMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia is the only Asian member of the Northern Union."));
    assertEquals(Set.of(), members("Freedonia is a former member of the Northern Union."));
  }

  @Test
  void aMemberAdmittedAsAMemberOfTheOrganisation() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia was admitted as a full member of the Northern Union in July."));
    assertEquals(Set.of(), members("Freedonia was admitted as an observer of the Northern Union."));
  }

  @Test
  void oneOfANumberOfMemberStates() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia is one of 27 Northern Union member states that must approve it."));
  }

  @Test
  void anAppositionWithASuperlativeOrAPlacesPossessiveBeforeTheMemberNoun() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, the biggest Northern Union member, sent troops."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, Port Aster's largest Northern Union member, sent troops."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia, the region's oldest Northern Union member, sent troops."));
    assertEquals(
        Set.of(),
        members("Freedonia, the region's biggest former Northern Union member, objected."));
  }

  @Test
  void aMemberNounJoinedByAndToAnApposition() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members(
            "Freedonia, the world's largest oil exporter and a founding member of the Northern"
                + " Union, objected."));
    // an actor in the words before "and" is another member's description, not this one's
    assertFalse(
        members("Freedonia, Sylvania's neighbour and a member of the Northern Union, objected.")
            .contains("Freedonia memberOf Union"));
  }
}
