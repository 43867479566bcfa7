package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class MemberListsTest {

  /** The invented organisations, countries and persons of the member tests. */
  static TestArticles world() {
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

  /** Asserts that Freedonia, Sylvania and Ruritania are all members of {@code org}. */
  static void assertAll3(Set<String> found, String org) {
    for (String c : new String[] {"Freedonia", "Sylvania", "Ruritania"}) {
      assertTrue(found.contains(c + " memberOf " + org), found.toString());
    }
  }

  @Test
  void aDashedListOfCountriesNamesTheMembers() {
    assertAll3(
        members("Leaders of the Trio Framework – Freedonia, Sylvania, Ruritania – met."), "Trio");
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
  void fellowMembersOnBothSides() {
    Set<String> found = members("Freedonia and its fellow Union members Sylvania objected.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Union"), found.toString());
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
  void partnerNationsThatIncludeCountriesAreTheBlocsMembers() {
    Set<String> found =
        members(
            "The Northern Union struck the depot. Partner nations taking part include Freedonia,"
                + " Sylvania and Ruritania.");
    assertAll3(found, "Union");
  }

  @Test
  void wouldBeMembersThatIncludeCountriesAreNoMembers() {
    // "would-be" is three tokens (would / - / be)
    for (String body :
        List.of(
            "The Northern Union met. Would-be members such as Freedonia and Sylvania objected.",
            "The Northern Union met. Prospective members such as Freedonia and Sylvania objected.",
            "The Northern Union summit included would-be members such as Freedonia.")) {
      assertEquals(Set.of(), members(body), body);
    }
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
  void allianceAlliesAreMembers() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Northern Union allies Freedonia and Sylvania sent troops."));
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
