package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class PartyNameFinderTest {

  private static final PartyNameFinder FINDER =
      new PartyNameFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static Set<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .collect(Collectors.toSet());
  }

  @Test
  void aNameBeforeTheWordPartyIsAParty() {
    assertEquals(
        Set.of("Organisation:Aster Movement"),
        found("Jane Doe of the Aster Movement party came third."));
    assertEquals(
        Set.of("Organisation:New Harmony"), found("John Roe's New Harmony party won 120 seats."));
    assertEquals(
        Set.of("Organisation:Bread and Roses"), found("The Bread and Roses party lost power."));
  }

  @Test
  void anEzafeGluesTheWordsOfOneName() {
    assertEquals(
        Set.of("Organisation:Aster Tehreek-e-Nizam"),
        found("John Roe of the Aster Tehreek-e-Nizam party was jailed."));
    assertEquals(
        Set.of("Organisation:Harkat-i-Aster"), found("The Harkat-i-Aster party won four seats."));
  }

  @Test
  void eachNameOfAListBeforePartiesIsAParty() {
    assertEquals(
        Set.of("Organisation:PXR", "Organisation:PZN", "Organisation:PDQ"),
        found("Jane Doe was backed by an alliance of the PXR, PZN and PDQ parties."));
    assertEquals(
        Set.of("Organisation:Zelmar", "Organisation:Quorvan"),
        found("It won fewer votes than the Zelmar or Quorvan parties."));
  }

  @Test
  void aCountryOrALowerCaseOrSentenceOpeningWordNamesNoParty() {
    assertEquals(Set.of(), found("The Mexican parties agreed on a date."));
    assertEquals(Set.of(), found("Opposition parties rejected the result."));
    assertEquals(Set.of(), found("The ruling party lost its majority."));
    assertEquals(Set.of(), found("The vote split the French parties."));
    assertEquals(List.of(), List.copyOf(found("Four parties won seats.")));
  }

  @Test
  void aPartyFamilysPluralAfterTheOrAfterItsModifiersIsAParty() {
    assertEquals(
        Set.of("Organisation:Greens", "Organisation:Social Democrats"),
        found("The Greens and the Social Democrats formed a coalition in Port Aster."));
    assertEquals(
        Set.of("Organisation:Christian Democrats"),
        found("Jane Roe of the Christian Democrats won the vote."));
  }

  @Test
  void aKnownModifierOrABarePluralNamesNoFamilyParty() {
    assertEquals(Set.of(), found("Greens were seen in the valley."));
    assertEquals(Set.of(), found("Senate Democrats blocked the bill."));
  }

  @Test
  void aTitleOrAGivenNameJoinedByAConnectorMayNameAParty() {
    assertEquals(
        Set.of("Organisation:Bread and Justice"),
        found("Jane Roe, an ally of the Bread and Justice party, resigned."));
    assertEquals(
        Set.of("Organisation:Grace and Justice"), found("He leads the Grace and Justice party."));
  }
}
