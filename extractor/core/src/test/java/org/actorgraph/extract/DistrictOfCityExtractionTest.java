package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/**
 * A place the gazetteer does not know, then a comma and a capital it knows, after "in": the
 * district of the city, and the capital the city, not its state ("in Karrada, Baghdad").
 */
class DistrictOfCityExtractionTest {

  private static Set<String> located(String body) {
    Set<String> out = new TreeSet<>();
    for (Fact f : WholeExtractor.NO_PARSE.extract(Article.of("t", body)).facts()) {
      if (f instanceof Fact.LocatedIn l) {
        out.add(l.located().label() + " in " + l.location().label());
      }
    }
    return out;
  }

  @Test
  void anUnknownPlaceBeforeACommaAndACapitalLiesInTheCity() {
    assertEquals(
        Set.of("Velmora in Tirana"),
        located("A car bomb exploded in Velmora, Tirana, on Sunday, killing four people."));
    assertEquals(Set.of(), located("The talks were held in Velmora, Tirana said on Sunday."));
  }
}
