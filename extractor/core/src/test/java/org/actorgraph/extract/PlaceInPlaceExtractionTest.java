package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/**
 * A place written before another place of the same country ("Columbus, Ohio"), through the whole
 * extractor (without the dependency parser).
 */
class PlaceInPlaceExtractionTest {

  private static Set<String> locatedIn(String body) {
    Set<String> out = new TreeSet<>();
    for (Fact f : WholeExtractor.NO_PARSE.extract(Article.of("t", body)).facts()) {
      if (f instanceof Fact.LocatedIn l) {
        out.add(l.located().label() + " in " + l.location().label());
      }
    }
    return out;
  }

  @Test
  void aPlaceThenAPlaceOfTheSameCountryLiesInIt() {
    Set<String> found = locatedIn("Police in Columbus, Ohio, arrested two men on Monday.");
    assertTrue(found.contains("Columbus in Ohio"), found.toString());
  }

  @Test
  void anUnknownPlaceBeforeACommaAndACapitalAfterInLiesInTheCity() {
    assertEquals(
        Set.of("Velmora in Tirana"),
        locatedIn("A car bomb exploded in Velmora, Tirana, on Sunday, killing four people."));
    assertEquals(Set.of(), locatedIn("The talks were held in Velmora, Tirana said on Sunday."));
  }

  @Test
  void aListOfPlacesIsNoNesting() {
    Set<String> found = locatedIn("Floods hit Ohio, Texas and Utah on Monday.");
    assertFalse(found.stream().anyMatch(f -> f.endsWith(" in Texas")), found.toString());
    assertFalse(found.stream().anyMatch(f -> f.endsWith(" in Ohio")), found.toString());
  }

  @Test
  void placesOfTwoCountriesAreNoNesting() {
    Set<String> found = locatedIn("Officials met in Aleppo, Bavaria on Monday.");
    assertFalse(found.contains("Aleppo in Bavaria"), found.toString());
  }
}
