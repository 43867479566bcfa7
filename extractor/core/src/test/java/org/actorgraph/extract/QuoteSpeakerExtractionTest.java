package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/**
 * Quotations whose speaker is a description the resolver reads ("the union"), through the whole
 * extractor (without the dependency parser).
 */
class QuoteSpeakerExtractionTest {

  private static List<String> quotes(String body) {
    return WholeExtractor.NO_PARSE.extract(Article.of("t", body)).facts().stream()
        .filter(f -> f instanceof Fact.Quote)
        .map(f -> (Fact.Quote) f)
        .map(q -> q.speaker().label() + ": " + q.text())
        .toList();
  }

  @Test
  void theNounOfAnOrganisationNamedBeforeStandsForIt() {
    assertEquals(
        List.of("Northern Union: We reject the claims."),
        quotes("The Northern Union met on Monday. The union said: “We reject the claims.”"));
    assertEquals(
        List.of("Northern Union: We reject the claims"),
        quotes("The Northern Union met on Monday. “We reject the claims,” the union said."));
  }
}
