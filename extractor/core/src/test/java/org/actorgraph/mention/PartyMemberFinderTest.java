package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class PartyMemberFinderTest {

  private static final PartyMemberFinder FINDER =
      new PartyMemberFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static Set<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text() + m.key().map(k -> "=" + k).orElse(""))
        .collect(Collectors.toSet());
  }

  @Test
  void theFormsComeFromTheGazetteersParties() {
    var forms = PartyMemberFinder.forms(Gazetteer.standard());
    assertEquals("Democratic Party", forms.get("Democrat").name());
    assertEquals("Democratic Party", forms.get("Democratic").name());
    assertEquals("Conservative Party", forms.get("Tory").name());
    assertEquals("Republican Party", forms.get("Republican").name());
  }

  @Test
  void aMembersNounBeforeANameIsTheParty() {
    assertEquals(
        Set.of("Organisation:Democrat=Q29552", "Person:Jane Marlow"),
        found("Voters in Ohio chose Democrat Jane Marlow on Tuesday."));
    assertEquals(
        Set.of("Organisation:Republican=Q29468", "Person:John Ferrant"),
        found("It was opposed by Republican challenger John Ferrant."));
  }

  @Test
  void aMembersNounThatHeadsItsPhraseAfterAIsTheParty() {
    assertEquals(
        Set.of("Organisation:Democrat=Q29552"),
        found("Senator Ann Poe, a Democrat from Nevada, opposed it."));
  }

  @Test
  void anAdjectiveElsewhereIsNoParty() {
    assertEquals(Set.of(), found("He said the Republican plan would fail."));
    assertEquals(Set.of(), found("Conservative estimates put the cost at 4 billion."));
    assertEquals(Set.of(), found("She is a Democratic senator."));
  }

  @Test
  void aPortfolioOpeningATitleIsNoParty() {
    assertEquals(Set.of(), found("Labour Minister Jane Marlow said wages would rise."));
    assertEquals(
        Set.of("Organisation:Labour=Q9630", "Person:Jane Marlow"),
        found("The seat went to Labour candidate Jane Marlow."));
  }

  @Test
  void onlyNounsAndAdjectivesStandBetweenThePartyWordAndTheName() {
    assertEquals(Set.of(), found("Ron Hale had lost the Republican nomination to Gerald Ford."));
  }

  @Test
  void anAliasReadOnlyInContextGivesNoForm() {
    assertEquals(null, PartyMemberFinder.forms(Gazetteer.standard()).get("Congress"));
  }

  @Test
  void aPartyLetterGluedToAStateInParenthesesIsTheParty() {
    assertEquals(
        Set.of("Organisation:D=Q29552", "Organisation:R=Q29468"),
        found("Sen. Ann Poe (D-Minn.) and Rep. John Ferrant (R-Ohio) introduced the bill."));
    assertEquals(Set.of(), found("The plan (R) was dropped, as was option D-3."));
  }

  @Test
  void aCapitalisedWordBeforeTheMembersNounNamesAnotherParty() {
    assertEquals(
        Set.of(),
        found("Former Liberal Democrat MP Jane Marlow joined the Conservatives in March."));
    assertEquals(Set.of(), found("The bill was backed by Social Democrat Jane Marlow."));
    assertEquals(
        Set.of("Organisation:Democrat=Q29552", "Person:Jane Marlow"),
        found("Former Democrat Jane Marlow joined the race."));
  }
}
