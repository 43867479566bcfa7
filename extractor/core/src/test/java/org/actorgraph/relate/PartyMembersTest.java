package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

/** Party memberships as news writes them ({@link PartyMembers}), read through the structure. */
class PartyMembersTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .party("Unity Party", "Unity Party")
        .party("Democratic Party", "Democratic Party", "Democrat")
        .entity("Social Democrats", EntityType.ORGANISATION, "Social Democrats")
        .entity("Aster Front", EntityType.ORGANISATION, "Aster Front");
  }

  private static Set<String> members(String body) {
    return world().memberships(body);
  }

  @Test
  void theSecondOfTwoAppositionsJoinedByAndAMayNameTheParty() {
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members(
            "Jane Doe, a former mayor of Port Aster and a member of the ruling Unity Party, won."));
    assertEquals(
        Set.of("John Roe memberOf Unity Party"),
        members("John Roe, a lawyer and a member of the Unity Party, won."));
  }

  @Test
  void aPartyBeforeARivalNounIsNotThePossessivesParty() {
    assertEquals(Set.of(), members("Jane Doe's Democrat rival John Roe held a rally."));
    assertEquals(
        Set.of("Jane Doe memberOf Democratic Party"),
        members("Jane Doe's Democratic Party won the vote."));
  }

  @Test
  void anOrganisationThatTheWordPartyFollowsIsAParty() {
    assertEquals(
        Set.of("Jane Doe memberOf Aster Front"),
        members("Jane Doe of the Aster Front party came third."));
    assertEquals(
        Set.of("John Roe memberOf Aster Front"),
        members("John Roe, a candidate of the Aster Front party, won."));
    assertEquals(Set.of(), members("Jane Doe of the Aster Front came third."));
  }

  @Test
  void aFormerMemberIsNoMemberNow() {
    assertEquals(Set.of(), members("John Roe, a former member of the Unity Party, spoke."));
    assertEquals(
        Set.of("John Roe memberOf Unity Party"),
        members("John Roe, a senior member of the Unity Party, spoke."));
  }

  @Test
  void thePartysAdjectiveBeforeANameIsItsMemberWhenTheArticleNamesTheParty() {
    TestArticles world =
        world()
            .party("Democratic Party", "Democratic Party")
            .party("Socialist Party", "Socialist Party");
    Set<String> found =
        new StructureFinder(Capitals.none())
                .find(
                    world.resolve(
                        "The Democratic Party and the Socialist Party backed the bill. Democrat"
                            + " Senator Jane Doe opposed it, and Socialist leader John Roe"
                            + " abstained."))
                .stream()
                .filter(f -> f instanceof Fact.Membership)
                .map(f -> (Fact.Membership) f)
                .map(m -> m.member().label() + " memberOf " + m.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(
        Set.of("Jane Doe memberOf Democratic Party", "John Roe memberOf Socialist Party"), found);
    assertEquals(Set.of(), members("Republican Senator Jane Doe opposed the bill."));
  }

  @Test
  void aPartyNamedInAppositionToTheWordPartyIsTheRolesParty() {
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("Jane Doe, leader of the main opposition party, the Unity Party, conceded."));
    assertEquals(
        Set.of("John Roe memberOf Unity Party"),
        members("John Roe, a member of the main opposition Unity Party, conceded."));
  }

  @Test
  void aPartysNounBeforeANameOrHeadingAnAppositionIsHerParty() {
    assertEquals(Set.of("Jane Doe memberOf Democratic Party"), members("Democrat Jane Doe won."));
    assertEquals(
        Set.of("John Roe memberOf Democratic Party"),
        members("John Roe, a Democrat from Port Aster, won."));
  }

  @Test
  void theWordPartyMayStandBeforeTheRole() {
    assertEquals(
        Set.of("John Roe memberOf Aster Front"),
        members("Jane Doe lost to Aster Front party challenger John Roe."));
  }

  @Test
  void anOrganisationNamedByAPartyFamilysPluralIsAParty() {
    assertEquals(
        Set.of("Jane Doe memberOf Social Democrats"),
        members("Jane Doe of the Social Democrats accused John Roe of lying."));
  }

  @Test
  void aPartyWithLowerCaseWordsBeforeItOrAModifiedRoleIsHerParty() {
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("Jane Doe of the ruling Unity Party won."));
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("Unity Party presidential nominee Jane Doe spoke first."));
    assertEquals(Set.of(), members("The Unity Party and President John Roe spoke."));
  }

  @Test
  void aPartyLetterInParenthesesAfterANameIsHerParty() {
    TestArticles world =
        world()
            .party("Republican Party", "Republican Party", "R")
            .entity("Ohio", EntityType.PLACE, "Ohio");
    assertEquals(
        Set.of("John Roe memberOf Republican Party"),
        world.memberships("Rep. John Roe (R-Ohio) voted against the measure."));
  }

  @Test
  void aPartyAfterWhoseOrTheSpeakersOwnPronounIsTheirs() {
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("Jane Doe, whose Unity Party lost its majority, will not run again."));
    assertEquals(
        Set.of("John Roe memberOf Unity Party"),
        members("John Roe said his Unity Party had won the election."));
    assertEquals(
        Set.of("John Roe memberOf Unity Party"),
        members("John Roe said that his party, the Unity Party, would boycott the vote."));
    assertEquals(
        Set.of(),
        members("John Roe, whose rival Jane Doe leads the Unity Party, spoke on Monday."));
  }

  @Test
  void aPartyCalledSomeonesPartyInAppositionIsTheirs() {
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("John Roe is backed by the Unity Party, the party of Jane Doe."));
    assertEquals(
        Set.of("Jane Doe memberOf Unity Party"),
        members("Jane Doe's party, the Unity Party, won the vote."));
    assertEquals(Set.of(), members("The Unity Party, the party in power, backed Jane Doe."));
  }
}
