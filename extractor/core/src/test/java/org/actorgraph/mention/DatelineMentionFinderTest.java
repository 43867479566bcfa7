package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class DatelineMentionFinderTest {

  private static List<String> found(String body) {
    return new DatelineMentionFinder(Gazetteer.standard())
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void theAgenciesOfADatelineAreOrganisationsAndAnUnknownCityIsAPlace() {
    assertEquals(
        List.of("Place:PORT ASTER", "Organisation:Northwind Press"),
        found("PORT ASTER, Oct. 2 (Northwind Press) -- Freedonia and Sylvania signed a pact."));
    assertEquals(
        List.of("Place:Port Aster", "Organisation:NWP", "Organisation:FDA"),
        found("Port Aster (NWP/FDA) – Freedonia and Sylvania signed a pact."));
  }

  @Test
  void aDatelineFiledFromTwoCitiesNamesEachAPlace() {
    assertEquals(
        List.of("Place:PORT ASTER", "Place:NAIROBI", "Organisation:Northwind Press"),
        found("PORT ASTER/NAIROBI (Northwind Press) - Freedonia and Kenya signed a pact."));
  }

  @Test
  void aDatelineAfterAHeadlineIsReadToo() {
    assertEquals(
        List.of("Place:PORT ASTER", "Organisation:Northwind Press"),
        found(
            "Freedonia and Sylvania sign pact\n\nPORT ASTER, Oct. 2 (Northwind Press) --"
                + " Freedonia and Sylvania signed a pact."));
  }

  @Test
  void anAgencyPrefixBeforeTheCityIsAnOrganisation() {
    assertEquals(
        List.of("Organisation:NWP", "Place:Aster"),
        found("NWP-Aster (Freedonia) Members of the delegation signed two accords."));
  }

  @Test
  void anOrdinaryFirstSentenceHasNoDateline() {
    assertEquals(
        List.of(),
        found(
            "President Jane Doe-Roe of Freedonia said on Monday - as expected - that she would go."));
  }

  @Test
  void aClosingCreditLineEndsWithItsAgency() {
    assertEquals(
        List.of("Organisation:NWP"),
        found("Freedonia and Sylvania signed a pact on Monday.\nJD/ab/cd/NWP"));
  }

  @Test
  void anOutletNamedByItsWebAddressIsAnOrganisation() {
    assertEquals(
        List.of("Organisation:AsterNews24.fr", "Organisation:dailyfree.example"),
        found("The deal is historic, AsterNews24.fr quotes Jane Doe. Credit: dailyfree.example"));
  }
}
