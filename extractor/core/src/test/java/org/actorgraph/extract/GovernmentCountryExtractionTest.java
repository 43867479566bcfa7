package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/** A leader's administration standing for the country, through the whole extractor. */
class GovernmentCountryExtractionTest {

  @Test
  void whatALeadersAdministrationDoesTheCountryDoes() {
    Extraction x =
        WholeExtractor.NO_PARSE.extract(
            Article.of("t", "The Biden administration condemned Iran on Tuesday."));
    Set<String> pairs = new TreeSet<>();
    for (Fact f : x.facts()) {
      if (f instanceof Fact.Interaction i) {
        pairs.add(i.source().label() + "-" + i.target().label());
      }
    }
    assertEquals(Set.of("United States-Iran"), pairs);
    assertEquals(
        Set.of("United States", "Iran"),
        Set.copyOf(x.resolved().entities().stream().map(Entity::label).toList()));
  }

  @Test
  void whatATitledPresidentsGovernmentDoesTheCountryDoes() {
    Extraction x =
        WholeExtractor.NO_PARSE.extract(
            Article.of(
                "t",
                "Kenyan President Joseph Mwangura's government condemned Somalia on Tuesday."));
    Set<String> pairs = new TreeSet<>();
    for (Fact f : x.facts()) {
      if (f instanceof Fact.Interaction i) {
        pairs.add(i.source().label() + "-" + i.target().label());
      }
    }
    assertEquals(Set.of("Kenya-Somalia"), pairs);
  }
}
