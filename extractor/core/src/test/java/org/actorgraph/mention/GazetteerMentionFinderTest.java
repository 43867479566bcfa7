package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class GazetteerMentionFinderTest {

  private static List<String> found(String body) {
    return new GazetteerMentionFinder(Gazetteer.standard())
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aCapitalUsedAsALocationIsAPlace() {
    assertEquals(
        List.of("Place:Tirana", "Place:Tirana", "Place:Tirana"),
        found(
            "Jane Doe ended her visit to Tirana on Monday. Before leaving Tirana she met"
                + " John Roe. She returned from Tirana late."));
  }

  @Test
  void aCapitalThatActsStandsForItsCountry() {
    assertEquals(List.of("Country:Tirana"), found("Jane Doe said Tirana would sign the pact."));
  }

  @Test
  void theCityOfADatelineIsAPlace() {
    assertEquals(
        List.of("Place:Tirana", "Country:Albania"),
        found("Tirana, May 3 (Northwind Press) - Albania signed a pact."));
  }

  @Test
  void aDemonymAfterACompassWordInLowerCaseIsItsCountrys() {
    assertEquals(
        List.of("Country:Chilean"), found("Floods hit the northern Chilean region of Atacama."));
  }

  @Test
  void aDemonymAfterACompassWordIsARegionsAdjective() {
    assertEquals(
        List.of("Country:Albania"), found("Albania gave the South American nation three days."));
  }
}
