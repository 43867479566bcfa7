package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class SelfReferenceNameFinderTest {

  private static final SelfReferenceNameFinder FINDER =
      new SelfReferenceNameFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aNameThatSaysItWouldIsACompany() {
    assertEquals(
        List.of("Organisation:Asterwerk"),
        found("Asterwerk said on Thursday it would cut 3,000 jobs in Sylvania."));
    assertEquals(
        List.of("Organisation:Kovotech"),
        found("Germany's Kovotech said its profit fell by a third."));
  }

  @Test
  void aPersonACopulaOrAKnownNameIsNoCompany() {
    assertEquals(List.of(), found("Jane Roebuck resigned. Roebuck said it would take years."));
    assertEquals(List.of(), found("Asterwerk said it was time to act."));
    assertEquals(List.of(), found("Asterwerk said he would resign."));
    assertEquals(List.of(), found("Jane Roebuck said it would take years."));
    assertEquals(List.of(), found("China said it would retaliate."));
  }

  @Test
  void aNameThatActsOnItsOwnThingsIsACompany() {
    assertEquals(
        List.of("Organisation:Kovotech"), found("Kovotech raised its forecast for the year."));
    assertEquals(List.of("Organisation:Anglo Kovo"), found("Anglo Kovo will sell its coal mines."));
    assertEquals(
        List.of("Organisation:Morgan Velmont"),
        found("Morgan Velmont cut 10 percent of its workforce."));
  }

  @Test
  void aNameActingOnAnotherOrOnItsOwnAsAPersonIsNoCompany() {
    assertEquals(List.of(), found("Kovotech praised its partners."));
    assertEquals(List.of(), found("Kovotech raised his forecast."));
    assertEquals(List.of(), found("Jane Velmont spoke. Velmont raised its forecast."));
  }

  @Test
  void aNameAfterACountrysPossessiveReportingResultsIsACompany() {
    assertEquals(
        List.of("Organisation:Kovotel"),
        found("Germany's Kovotel posted a 10 percent rise in profit."));
    assertEquals(List.of(), found("Germany's Kovotel cut spending on roads."));
  }

  @Test
  void aNameWhoseSharesMoveIsACompany() {
    assertEquals(
        List.of("Organisation:Dravenko"), found("Dravenko shares rose 5 percent on Tuesday."));
    assertEquals(List.of("Organisation:Kovotel"), found("Kovotel stock tumbled in Sylvania."));
    assertEquals(List.of(), found("Velmont shares the concerns of his allies."));
  }

  @Test
  void aNameReportingAResultIsACompany() {
    assertEquals(
        List.of("Organisation:Kovotech"), found("Kovotech reported higher quarterly profit."));
    assertEquals(
        List.of("Organisation:Kovotel"),
        found("Kovotel posted a 20 percent rise in quarterly revenue."));
    assertEquals(
        List.of("Organisation:Kovotel"), found("Kovotel posted a net loss for the quarter."));
    assertEquals(List.of(), found("Velmont reported that the firm's profit fell."));
    assertEquals(List.of(), found("Velmont reported to parliament on the talks."));
  }

  @Test
  void aNameAfterACountrysPossessiveTradingInFirmsIsACompany() {
    assertEquals(
        List.of("Organisation:Kovotel"), found("Germany's Kovotel will buy a software maker."));
    assertEquals(
        List.of("Organisation:Vostrana"),
        found("Nigeria's Vostrana will open a new cement plant in Ghana."));
    assertEquals(List.of(), found("Germany's Velmont will sell the state airline."));
    assertEquals(List.of(), found("Germany's Velmont will visit a car plant."));
  }
}
