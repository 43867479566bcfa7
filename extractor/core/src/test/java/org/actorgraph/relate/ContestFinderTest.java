package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class ContestFinderTest {

  private static List<Fact.Contest> contests(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
            .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
            .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
            .entity("Front", EntityType.ORGANISATION, "Liberation Front")
            .entity("Army", EntityType.ORGANISATION, "Sylvanian Army")
            .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
            .entity("Unity Party", EntityType.ORGANISATION, "Unity Party")
            .entity("Progress Front", EntityType.ORGANISATION, "Progress Front")
            .entity("Labour Party", EntityType.ORGANISATION, "Labour Party")
            .party("Democratic Party", "Democratic Party", "Democrat");
    return new ContestFinder()
        .find(world.resolve(body)).stream().map(f -> (Fact.Contest) f).collect(Collectors.toList());
  }

  @Test
  void oustingSomeoneIsAContestOnlyInAnElectionOrBetweenParties() {
    assertEquals(List.of(), contests("The junta led by Ana Ruiz ousted Tomas Berg on Wednesday."));
    assertEquals(List.of(), contests("Ana Ruiz ousted Tomas Berg on Wednesday."));
    assertEquals(1, contests("Ana Ruiz ousted Tomas Berg in the leadership election.").size());
    assertEquals(1, contests("The Unity Party ousted the Labour Party.").size());
  }

  @Test
  void defeatingSomeoneMakesRivalsWithAWinner() {
    List<Fact.Contest> found = contests("Ana Ruiz defeated Tomas Berg in the runoff.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void aWinnerBeforeAnAppositionWins() {
    List<Fact.Contest> found =
        contests("Ana Ruiz, the Unity Party nominee, beat Vice President Tomas Berg.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    found = contests("Ana Ruiz, a former minister, defeated Tomas Berg in the runoff.");
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void aWinnerBeforeALongRelativeClauseWins() {
    List<Fact.Contest> found =
        contests(
            "Ana Ruiz, who was freed from prison ten days before the vote, beat Tomas Berg in the"
                + " first round.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    // a parenthetical as long that is no relative clause is not taken for one
    assertEquals(
        List.of(),
        contests(
            "Ana Ruiz, a lawyer freed from prison ten days before the runoff vote, beat Tomas"
                + " Berg."));
  }

  @Test
  void theRivalOfSomeoneIsTheirOpponent() {
    assertEquals(
        1, contests("Ana Ruiz, the main rival of President Tomas Berg, was detained.").size());
    assertEquals(1, contests("Ana Ruiz is widely seen as the main rival of Tomas Berg.").size());
    List<Fact.Contest> found =
        contests("Ana Ruiz, a member of the Unity Party, is the main rival of Tomas Berg.");
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
    // a verb between: the rival is the verb's object, not a description of Ruiz
    assertEquals(List.of(), contests("Ana Ruiz accused the main rival of Tomas Berg of fraud."));
  }

  @Test
  void aTrailingParticipleTakesTheClausesSubjectAsWinner() {
    List<Fact.Contest> found =
        contests(
            "Opposition candidate Ana Ruiz won Sunday's presidential election in Freedonia,"
                + " defeating incumbent Tomas Berg, the commission said.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void aParticipleAfterAPrepositionOfTimeTakesTheClausesSubject() {
    List<Fact.Contest> found =
        contests("Ana Ruiz took office in December after defeating Tomas Berg.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    found = contests("Ana Ruiz met Jane Doe on Monday after defeating Tomas Berg in the runoff.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void concedingToSomeoneMakesThemTheWinner() {
    List<Fact.Contest> found = contests("Tomas Berg conceded to Ana Ruiz late on Sunday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void aPersonOfAPartyBeforeTheVerbIsTheContestantNotTheParty() {
    List<Fact.Contest> found =
        contests("Ana Ruiz of the Unity Party defeated Tomas Berg in the runoff.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
  }

  @Test
  void aPartysAcronymAfterItsNameLeavesThePersonTheContestant() {
    TestArticles world =
        new TestArticles()
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
            .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg")
            .entity("Unity Party", EntityType.ORGANISATION, "Unity Party", "UP");
    List<Fact> found =
        new ContestFinder()
            .find(world.resolve("Ana Ruiz of the Unity Party (UP) defeated Tomas Berg."));
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        ((Fact.Contest) found.get(0))
            .contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
  }

  @Test
  void aDeniedDefeatIsNoContest() {
    assertTrue(contests("Ana Ruiz did not defeat Tomas Berg.").isEmpty());
  }

  private static Set<Set<String>> pairs(String body) {
    Set<Set<String>> out = new HashSet<>();
    for (Fact.Contest c : contests(body)) {
      for (var a : c.contestants()) {
        for (var b : c.contestants()) {
          if (!a.equals(b)) {
            out.add(Set.of(a.label(), b.label()));
          }
        }
      }
    }
    return out;
  }

  @Test
  void anOrganisationBeforeARivalsRoleIsTheRivalsSide() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz defeated Liberation Front candidate Tomas Berg."));
  }

  @Test
  void beatingTwoChallengersMakesThreePairs() {
    Set<Set<String>> found =
        pairs("Ana Ruiz beat challengers Tomas Berg and Jane Doe in Sunday's vote.");
    assertEquals(
        Set.of(
            Set.of("Ana Ruiz", "Tomas Berg"),
            Set.of("Ana Ruiz", "Jane Doe"),
            Set.of("Tomas Berg", "Jane Doe")),
        found);
  }

  @Test
  void aPossessiveRivalIsAnOpponent() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz's main rival Tomas Berg held a rally."));
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz and her former opponent Tomas Berg met."));
  }

  @Test
  void aPartyBetweenThePossessiveAndTheRivalNounIsTheRivalsSide() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz's Democrat rival Tomas Berg held a rally."));
  }

  @Test
  void aPossessivePronounPassesOverAPersonOfTheOtherGender() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Jane Doe")), pairs("Ruiz thanked Berg and her rival Jane Doe."));
  }

  @Test
  void pluralRivalsOpposeEachOther() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("The rivals Ana Ruiz and Tomas Berg spoke."));
  }

  @Test
  void aVictoryOverSomeone() {
    List<Fact.Contest> found = contests("Ana Ruiz's narrow victory over Tomas Berg was confirmed.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void leadingOrTrailingSomeoneInARaceMakesRivals() {
    List<Fact.Contest> found = contests("Ana Ruiz leads Tomas Berg in the latest polls.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    found = contests("Tomas Berg and Jane Doe trailed Ana Ruiz in the presidential race.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
    assertEquals(3, found.get(0).contestants().size(), found.toString());
  }

  @Test
  void leadingAPartyOrLeadingWithoutAnElectionIsNoContest() {
    assertEquals(List.of(), contests("Ana Ruiz led the Unity Party in the election."));
    assertEquals(List.of(), contests("Ana Ruiz led Tomas Berg to the border."));
  }

  @Test
  void votersChoosingBetweenPeopleInAnElectionMakesRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Voters will choose between Ana Ruiz and Tomas Berg in the runoff."));
    assertEquals(Set.of(), pairs("Ana Ruiz must choose between Tomas Berg and Jane Doe."));
  }

  @Test
  void facingSomeoneInARunoff() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz will face Tomas Berg in the runoff on May 3."));
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz is running against Tomas Berg in the election."));
  }

  @Test
  void aSubjectInAppositionFacesItsRival() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Freedonia's junta leader, Ana Ruiz, faces challenger Tomas Berg in the vote."));
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz, the leader of the Liberation Front, will face Tomas Berg in the runoff."));
    assertEquals(
        Set.of(
            Set.of("Ana Ruiz", "Tomas Berg"),
            Set.of("Ana Ruiz", "Jane Doe"),
            Set.of("Tomas Berg", "Jane Doe")),
        pairs("Ana Ruiz, the frontrunner, faces Tomas Berg and Jane Doe in the election."));
  }

  @Test
  void facingSomethingWithoutAnElectionIsNoContest() {
    assertTrue(pairs("Ana Ruiz will face Tomas Berg at the meeting.").isEmpty());
  }

  @Test
  void armiesThatDefeatEachOtherAreNotRivals() {
    assertTrue(pairs("The Sylvanian Army defeated the Liberation Front near the river.").isEmpty());
  }

  @Test
  void anElectionThatPitsOneAgainstTwoMakesThreePairs() {
    assertEquals(
        Set.of(
            Set.of("Ana Ruiz", "Tomas Berg"),
            Set.of("Ana Ruiz", "Jane Doe"),
            Set.of("Tomas Berg", "Jane Doe")),
        pairs("The runoff pitted Ana Ruiz against Tomas Berg and Jane Doe."));
  }

  @Test
  void beingPittedAgainstSomeoneInAVoteMakesRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("In the vote, Ana Ruiz was pitted against Tomas Berg."));
  }

  @Test
  void pittingArmiesOutsideAnElectionIsNoContest() {
    assertTrue(pairs("The war pitted the Sylvanian Army against the Liberation Front.").isEmpty());
  }

  @Test
  void theLoserIsThePersonAParentheticalDescribesNotTheOrganisationInIt() {
    assertEquals(
        Set.of(Set.of("Tomas Berg", "Ana Ruiz")),
        pairs("Tomas Berg, the leader of the Liberation Front, lost to Ana Ruiz in the election."));
  }

  @Test
  void thePassiveMakesTheActorAfterByTheWinner() {
    List<Fact.Contest> found = contests("Tomas Berg was defeated by Ana Ruiz in the runoff.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void peopleVyingForAnOfficeAreRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz and Tomas Berg are vying for the presidency."));
    assertTrue(pairs("Ana Ruiz and Tomas Berg are vying for attention.").isEmpty());
  }

  @Test
  void aRaceBetweenTwoMakesRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("The race between Ana Ruiz and Tomas Berg tightened."));
  }

  @Test
  void theLeadingCandidatesAreRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz and Tomas Berg are the two leading candidates in the election."));
  }

  @Test
  void anAppositionNamingSomeonesChallengerMakesRivals() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz, Berg's main challenger, campaigned in the north."));
  }

  @Test
  void peopleWhoReceivedVotesRanAgainstEachOther() {
    List<Fact.Contest> found =
        contests(
            "Ana Ruiz received 4.6 million votes.\nTomas Berg GOT about 3,100 of the ballots cast.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
    assertEquals(Optional.empty(), found.get(0).winner());
  }

  @Test
  void voteVerbsAreTestedOnTheTokenBeforeTheWindowIsMatched() {
    assertTrue(ContestFinder.startsWithVoteVerb("Garnered"));
    assertTrue(ContestFinder.startsWithVoteVerb("won"));
    assertTrue(!ContestFinder.startsWithVoteVerb("win"));
    assertTrue(!ContestFinder.startsWithVoteVerb("votes"));
  }

  @Test
  void aRivalsOfficeMayStandBeforeTheirName() {
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz faces opposition leader Tomas Berg in the runoff."));
    assertEquals(
        Set.of(Set.of("Ana Ruiz", "Tomas Berg")),
        pairs("Ana Ruiz defeated the incumbent prime minister Tomas Berg."));
  }

  @Test
  void aPersonsPossessivePartyIsTheContestant() {
    assertEquals(
        Set.of(Set.of("Unity Party", "Progress Front")),
        pairs("The Unity Party won 120 of the 300 seats, beating Ana Ruiz's Progress Front."));
  }

  @Test
  void aPartyNamedBeforeARivalLeavesThePersonTheRival() {
    List<Fact.Contest> found =
        contests("Ana Ruiz defeated Progress Front party challenger Tomas Berg.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
  }

  @Test
  void aPersonOfAModifiedPartyOrOneInCommasIsTheContestant() {
    List<Fact.Contest> found =
        contests("Ana Ruiz of the ruling Unity party won the vote, defeating Tomas Berg.");
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
    found = contests("Ana Ruiz, of the Unity Party, narrowly beat Tomas Berg in the runoff.");
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
  }

  @Test
  void rivalsListedWithTheirPartiesAreAllRivals() {
    List<Fact.Contest> found =
        contests(
            "Ana Ruiz won the election, defeating Tomas Berg of the Unity Party and Jane Doe of"
                + " the Progress Front party.");
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg", "Jane Doe"),
        found.get(found.size() - 1).contestants().stream()
            .map(e -> e.label())
            .collect(Collectors.toSet()));
  }

  @Test
  void aShareAheadOfOthersMakesRivalsOfAll() {
    List<Fact.Contest> found =
        contests("Ana Ruiz won 41 percent, ahead of Tomas Berg on 30 percent and Jane Doe on 20%.");
    assertTrue(
        found.stream()
            .anyMatch(
                c ->
                    c.contestants().stream()
                        .map(e -> e.label())
                        .collect(Collectors.toSet())
                        .equals(Set.of("Ana Ruiz", "Tomas Berg", "Jane Doe"))),
        found.toString());
  }

  @Test
  void aPartyAheadOfAModifiedPartyInAVoteIsItsRival() {
    List<Fact.Contest> found =
        contests("The Unity Party came first in the vote, ahead of the left-wing Progress Front.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Unity Party"), found.get(0).winner().map(e -> e.label()));
    assertEquals(
        List.of(), contests("Ana Ruiz arrived in Freedonia ahead of Tomas Berg on Monday."));
  }

  @Test
  void describedCandidatesCoordinatedBeforeTheVerbAreRivals() {
    List<Fact.Contest> found =
        contests(
            "Socialist candidate Ana Ruiz and conservative Tomas Berg are the two leading"
                + " candidates.");
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void aWinWithAnotherClauseBeforeTheNextActorNamesNoRival() {
    assertEquals(
        List.of(),
        contests("The Unity Party won 32 seats, while Jane Doe's Progress Front won 24 seats."));
  }

  @Test
  void thePersonElectedToLeadAPartyIsTheTrailingParticiplesSubject() {
    List<Fact.Contest> found =
        contests(
            "Ana Ruiz was elected leader of the Unity Party on Saturday, defeating Tomas Berg.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        Set.of("Ana Ruiz", "Tomas Berg"),
        found.get(0).contestants().stream().map(e -> e.label()).collect(Collectors.toSet()));
  }
}
