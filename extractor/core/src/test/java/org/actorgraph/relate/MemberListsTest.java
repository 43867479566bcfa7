package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class MemberListsTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Union", EntityType.ORGANISATION, "Northern Union", "Union")
        .entity("Trio", EntityType.ORGANISATION, "Trio Framework")
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
        .entity("Ruritania", EntityType.COUNTRY, "Ruritania")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .party("Unity Party", "Unity Party")
        .entity("Aster Front", EntityType.ORGANISATION, "Aster Front");
  }

  private static Set<String> members(String body) {
    return world().memberships(body);
  }

  private static void assertAll3(Set<String> found, String org) {
    for (String c : new String[] {"Freedonia", "Sylvania", "Ruritania"}) {
      assertTrue(found.contains(c + " memberOf " + org), found.toString());
    }
  }

  @Test
  void aListAfterComprisingNamesTheMembers() {
    assertAll3(
        members("The Trio Framework, comprising Freedonia, Sylvania and Ruritania, met today."),
        "Trio");
    assertAll3(
        members("The Trio Framework, made up of Freedonia, Sylvania and Ruritania, met."), "Trio");
  }

  @Test
  void aPluralNounForItsStatesMayDescribeTheBlocBeforeItsList() {
    assertAll3(
        members(
            "The Trio Framework industrialised nations - Freedonia, Sylvania and Ruritania -"
                + " announced a plan."),
        "Trio");
    assertAll3(
        members("The Trio Framework economies (Freedonia, Sylvania and Ruritania) grew."), "Trio");
    assertEquals(
        Set.of(),
        members("The Trio Framework spent - Freedonia, Sylvania and Ruritania said - too much."),
        "no plural noun of states before the dash");
  }

  @Test
  void countriesThatFormedTheBlocAreItsMembersButAFounderIsNoMember() {
    assertAll3(
        members("The Trio Framework, formed by Freedonia, Sylvania and Ruritania, met today."),
        "Trio");
    assertEquals(Set.of(), members("The Unity Party, founded by Jane Doe and John Roe, met."));
  }

  @Test
  void aVerbOfCompositionAfterTheBlocNamesTheMembers() {
    assertAll3(members("The Trio Framework groups Freedonia, Sylvania and Ruritania."), "Trio");
    assertAll3(members("The Trio Framework comprises Freedonia, Sylvania and Ruritania."), "Trio");
  }

  @Test
  void aDashedListOfCountriesNamesTheMembers() {
    assertAll3(
        members("Leaders of the Trio Framework – Freedonia, Sylvania, Ruritania – met."), "Trio");
  }

  @Test
  void aVagueCueNeedsTwoCountries() {
    assertTrue(members("The Northern Union - Freedonia talks began.").isEmpty());
  }

  @Test
  void memberNounsAfterTheBloc() {
    assertAll3(
        members("Northern Union members Freedonia, Sylvania and Ruritania objected."), "Union");
    Set<String> found =
        members("The Northern Union met. The bloc's member states such as Sylvania agreed.");
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
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
  void aPartnershipBetweenCountries() {
    Set<String> found =
        members("The Trio Framework – a partnership from 2009 between Freedonia and Sylvania.");
    assertTrue(found.contains("Freedonia memberOf Trio"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Trio"), found.toString());
  }

  @Test
  void fellowMembersOnBothSides() {
    Set<String> found = members("Freedonia and its fellow Union members Sylvania objected.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
  }

  @Test
  void aPlaceIsNoMember() {
    Set<String> found = members("In Port Aster, Freedonia joined the Northern Union.");
    assertFalse(found.contains("Port Aster memberOf Union"), found.toString());
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void aPersonsPartyIsTheirs() {
    Set<String> found = members("Doe's Unity Party won 12 seats.");
    assertTrue(found.contains("Jane Doe memberOf Unity Party"), found.toString());
  }

  @Test
  void aPartyOfficeAfterTheNameMakesAMember() {
    Set<String> found = members("John Roe, general secretary of the Unity Party, spoke.");
    assertTrue(found.contains("John Roe memberOf Unity Party"), found.toString());
  }

  @Test
  void aMemberOfTheRulingPartyIsItsMember() {
    Set<String> found = members("John Roe, a senior member of the ruling Unity Party, resigned.");
    assertTrue(found.contains("John Roe memberOf Unity Party"), found.toString());
  }

  @Test
  void aRoleInTheCountrysPartyMakesAMember() {
    Set<String> found =
        members("John Roe, a senior member of Freedonia's ruling Unity Party, resigned.");
    assertTrue(found.contains("John Roe memberOf Unity Party"), found.toString());
    Set<String> cued =
        members("Jane Doe, a lawmaker from Freedonia's opposition Aster Front, spoke.");
    assertTrue(cued.contains("Jane Doe memberOf Aster Front"), cued.toString());
    Set<String> named = members("Jane Doe, a lawmaker from Freedonia's Aster Front party, spoke.");
    assertTrue(named.contains("Jane Doe memberOf Aster Front"), named.toString());
    Set<String> plain = members("Jane Doe, a member of Freedonia's Aster Front, spoke.");
    assertFalse(plain.contains("Jane Doe memberOf Aster Front"), plain.toString());
  }

  @Test
  void aConditionOrAQuestionIsNoMembership() {
    assertEquals(
        Set.of(),
        members("Sylvania said it would respond if Ruritania joined the Northern Union."));
    assertEquals(
        Set.of(), members("It is unclear whether Ruritania belongs to the Northern Union."));
  }

  @Test
  void anEntryStillToComeIsNoMembership() {
    assertEquals(
        Set.of(), members("Ruritania joining the Northern Union would change the bloc, he said."));
    assertEquals(Set.of(), members("Ruritania is acceding to the Northern Union this year."));
  }

  @Test
  void whatBelongsToABlocIsItsMember() {
    assertEquals(
        Set.of("Ruritania memberOf Union"),
        members("Ruritania belongs to the Northern Union, which met on Monday."));
  }

  @Test
  void theOppositionCandidateOfAnOrganisationIsItsMember() {
    Set<String> found = members("John Roe, the main opposition Aster Front candidate, conceded.");
    assertTrue(found.contains("John Roe memberOf Aster Front"), found.toString());
    Set<String> plain = members("John Roe, the Aster Front candidate, conceded.");
    assertFalse(plain.contains("John Roe memberOf Aster Front"), plain.toString());
  }

  @Test
  void aCriticOfThePartyIsNoMember() {
    Set<String> found = members("John Roe, a critic of the Unity Party, spoke.");
    assertFalse(found.contains("John Roe memberOf Unity Party"), found.toString());
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
  void partnerNationsThatIncludeCountriesAreTheBlocsMembers() {
    Set<String> found =
        members(
            "The Northern Union struck the depot. Partner nations taking part include Freedonia,"
                + " Sylvania and Ruritania.");
    assertAll3(found, "Union");
  }

  @Test
  void memberStatesOfAnotherKindAreNotTakenWithoutAVerbOfInclusion() {
    Set<String> found =
        members("The Northern Union met. Trade between member states and Freedonia grew.");
    assertFalse(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void aPartyLeaderIsBothItsLeaderAndItsMember() {
    Set<String> found = members("Unity Party leader Jane Doe conceded on Sunday.");
    assertTrue(found.contains("Jane Doe memberOf Unity Party"), found.toString());
    Set<String> positions =
        new PositionFinder(TestArticles.roles())
            .find(world().resolve("Unity Party leader Jane Doe conceded on Sunday.")).stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertTrue(positions.contains("Jane Doe leader Unity Party"), positions.toString());
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
  void allianceAlliesAreMembers() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Northern Union allies Freedonia and Sylvania sent troops."));
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
  void aPartyOfficeFromOrForThePartyMakesAMember() {
    assertTrue(
        members("Jane Doe, a senator from the Unity Party, voted against.")
            .contains("Jane Doe memberOf Unity Party"));
    assertTrue(
        members("John Roe, a member of parliament for the Unity Party, spoke.")
            .contains("John Roe memberOf Unity Party"));
  }

  @Test
  void whoeverLeadsThePartyIsItsMember() {
    assertTrue(
        members("John Roe, who heads the Unity Party, resigned.")
            .contains("John Roe memberOf Unity Party"));
    assertFalse(
        members("John Roe, who criticised the Unity Party, resigned.")
            .contains("John Roe memberOf Unity Party"));
  }

  @Test
  void thePartysPersonIsItsMember() {
    assertTrue(
        members("The Unity Party's Jane Doe won.").contains("Jane Doe memberOf Unity Party"));
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
  void partnersOfABlocAreNoMembersButACoalitionsAre() {
    assertEquals(
        Set.of(), members("Northern Union partner countries Freedonia and Sylvania attended."));
    TestArticles w =
        world().entity("Coalition", EntityType.ORGANISATION, "Aster Coalition", "Coalition");
    Set<String> found =
        new StructureFinder(Capitals.none())
            .find(w.resolve("Aster Coalition partner nations Freedonia and Sylvania met.")).stream()
                .filter(f -> f instanceof Fact.Membership)
                .map(f -> ((Fact.Membership) f).member().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Freedonia", "Sylvania"), found);
  }

  @Test
  void aListIncludedAsObserversIsNoMembers() {
    assertEquals(
        Set.of(),
        members("The Northern Union, which includes Freedonia and Sylvania as observers, met."));
  }

  @Test
  void aBlocNounAfterTheNameStillOpensTheList() {
    assertAll3(
        members("The Northern Union bloc, which includes Freedonia, Sylvania and Ruritania, met."),
        "Union");
  }

  @Test
  void aCountedMemberNounMayStandBeforeTheList() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members(
            "The Northern Union is made up of 27 member states, including Freedonia and"
                + " Sylvania."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members(
            "The Northern Union, which now comprises ten countries including Freedonia and"
                + " Sylvania, met."));
  }

  @Test
  void whatTheBlocIncludesOfACountryIsNoMembership() {
    assertEquals(
        Set.of(),
        members("The Northern Union, which includes Freedonia and Sylvania's ports, met."));
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
  void aCountryWorkingWithOtherMemberStatesIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("Freedonia has worked with other member states to pass new Northern Union rules."));
    assertEquals(
        Set.of("Sylvania memberOf Union"),
        members("The Northern Union met. Sylvania, like other member states, backed the plan."));
  }

  @Test
  void otherMembersAfterTheOrganisationOrAnotherActorAreNoMembership() {
    assertEquals(
        Set.of(),
        members("Freedonia criticised the Northern Union and other members of the bloc."));
    assertEquals(Set.of(), members("The Northern Union met. Trade with other member states grew."));
  }

  @Test
  void otherAlliesMeanABlocNamedBeforeOnlyIfItIsAnInternationalOrganisation() {
    assertEquals(
        Set.of(),
        members("Aster Front shares fell. Freedonia talked to Sylvania and other allies."),
        "a company or party named before is no alliance");
    TestArticles w = world().international("Treaty", "Aster Treaty Organisation");
    Set<String> found =
        new StructureFinder(Capitals.none())
                .find(
                    w.resolve(
                        "The Aster Treaty Organisation met. Freedonia, Sylvania and other allies"
                            + " pressed for more troops."))
                .stream()
                .filter(f -> f instanceof Fact.Membership)
                .map(f -> ((Fact.Membership) f).member().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Freedonia", "Sylvania"), found);
  }

  @Test
  void partnerCountriesOfAStandingInternationalOrganisationAreNoMembers() {
    TestArticles w = world().international("Treaty", "Aster Treaty Organisation");
    Set<String> found =
        new StructureFinder(Capitals.none())
                .find(
                    w.resolve(
                        "The Aster Treaty Organisation and partner countries such as Freedonia and"
                            + " Sylvania met."))
                .stream()
                .filter(f -> f instanceof Fact.Membership)
                .map(f -> ((Fact.Membership) f).member().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of(), found);
  }

  @Test
  void anAspiringMemberOrCountriesOutsideTheBlocAreNoMembers() {
    assertEquals(
        Set.of(), members("Sylvania, an aspiring member of the Northern Union, asked for aid."));
    assertEquals(
        Set.of(),
        members("Countries outside the Northern Union, such as Freedonia and Sylvania, objected."));
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
  void aListSetOffAfterTheOrganisationEnumeratesItsMembers() {
    assertAll3(
        members("The Northern Union members - Freedonia, Sylvania and Ruritania - agreed."),
        "Union");
    assertAll3(
        members("The Northern Union nations (Freedonia, Sylvania and Ruritania) agreed."), "Union");
    assertAll3(
        members("The Northern Union countries, Freedonia, Sylvania and Ruritania, agreed."),
        "Union");
    assertEquals(
        Set.of(),
        members("The Northern Union, Freedonia, Sylvania and Ruritania agreed."),
        "a comma after the name alone coordinates");
  }
}
