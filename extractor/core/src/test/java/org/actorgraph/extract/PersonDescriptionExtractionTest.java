package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/** A description of a person by a demonym and a title, through the whole extractor. */
class PersonDescriptionExtractionTest {

  private static Set<String> positions(String body) {
    Set<String> out = new TreeSet<>();
    for (Fact f : WholeExtractor.NO_PARSE.extract(Article.of("t", body)).facts()) {
      if (f instanceof Fact.Position p) {
        out.add(p.holder().label() + " " + p.role() + " " + p.organisation().label());
      }
    }
    return out;
  }

  @Test
  void aDemonymDescriptionGivesThePersonItStandsForTheOffice() {
    assertEquals(
        Set.of("Jane Doe leader Guinea"),
        positions(
            "Paul Kagame invited Jane Doe to Kigali for a working visit, which the Guinean"
                + " transitional leader accepted."));
    assertEquals(
        Set.of("William Ruto president Kenya", "John Roe president Uganda"),
        positions(
            "Kenyan President William Ruto hosted John Roe in Nairobi. The Ugandan president"
                + " praised the deal."));
  }

  @Test
  void noDescriptionResolvedGivesNoOffice() {
    assertEquals(
        Set.of(),
        positions("Jane Doe met John Roe in Geneva. The Ugandan president praised the deal."));
  }
}
