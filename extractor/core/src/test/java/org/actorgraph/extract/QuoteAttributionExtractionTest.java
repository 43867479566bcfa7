package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/** Quotations attributed through the whole extractor, where the finders' mentions nest. */
class QuoteAttributionExtractionTest {

  @Test
  void anAttributionToTheCountrysDescribedLeaderIsTheLeaders() {
    for (String attribution : List.of("the Kenyan president said", "the Kenyan leader said")) {
      Extraction x =
          WholeExtractor.NO_PARSE.extract(
              Article.of(
                  "t",
                  "Kenyan President William Ruto visited Addis Ababa on Monday. \"We want peace in"
                      + " the region,\" "
                      + attribution
                      + "."));
      List<String> speakers =
          x.facts().stream()
              .filter(f -> f instanceof Fact.Quote)
              .map(f -> ((Fact.Quote) f).speaker().label())
              .toList();
      assertEquals(List.of("William Ruto"), speakers, attribution);
    }
  }
}
