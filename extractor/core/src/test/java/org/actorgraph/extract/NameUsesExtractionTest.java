package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.relate.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names that stand for something other than what they name alone (a capital for its state, a
 * demonym for one firm, a plain noun capitalised at a sentence's start, a seat that is not the
 * name's country), through the whole extractor (without the dependency parser).
 */
class NameUsesExtractionTest {

  /** Each fact as "subject predicate object" between the entities' labels. */
  private static Set<String> facts(String body) {
    Set<String> out = new TreeSet<>();
    for (Fact f : WholeExtractor.extract(body).facts()) {
      if (f instanceof Fact.Interaction i) {
        out.add(i.source().label() + " interaction " + i.target().label());
      } else if (f instanceof Fact.PartOf p) {
        out.add(p.part().label() + " partOf " + p.whole().label());
      } else if (f instanceof Fact.LocatedIn l) {
        out.add(l.located().label() + " locatedIn " + l.location().label());
      }
    }
    return out;
  }

  @Test
  void aCapitalAfterAMeasureImposedOnItIsItsState() {
    Set<String> found = WholeExtractor.entities("Washington imposed sanctions on Caracas.");
    assertTrue(found.contains("Country:Venezuela"), found.toString());
    assertFalse(found.contains("Place:Caracas"), found.toString());
  }

  @Test
  void aDemonymDescribingTheFirmABuyerNamesIsNoSide() {
    Set<String> found =
        facts("Germany's Siemens will buy U.S. software maker Altair for $10 billion.");
    assertFalse(found.contains("Siemens interaction United States"), found.toString());
    assertTrue(found.contains("Altair locatedIn United States"), found.toString());
  }

  @Test
  void aCapitalCalledOnIsItsState() {
    Set<String> found =
        WholeExtractor.entities("Beijing called on Manila to stop sending supply boats.");
    assertTrue(found.contains("Country:Philippines"), found.toString());
    assertFalse(found.contains("Place:Manila"), found.toString());
  }

  @Test
  void capitalsAtBothEndsOfARouteAreCities() {
    Set<String> found = WholeExtractor.entities("Flights from Lima to Quito were cancelled.");
    assertTrue(found.contains("Place:Lima"), found.toString());
    assertTrue(found.contains("Place:Quito"), found.toString());
    assertFalse(found.contains("Country:Peru"), found.toString());
    assertFalse(found.contains("Country:Ecuador"), found.toString());
  }

  @Test
  void aCapitalGluedToAParticipleOfBackingIsItsState() {
    Set<String> found = WholeExtractor.entities("The Moscow-backed separatists shelled the town.");
    assertTrue(found.contains("Country:Russia"), found.toString());
    assertFalse(found.contains("Place:Moscow"), found.toString());
    Set<String> born = WholeExtractor.entities("The Tehran-born artist opened an exhibition.");
    assertFalse(born.contains("Country:Iran"), born.toString());
  }

  @Test
  void aDemonymBeforeANounForOneFirmIsNoSideOfADeal() {
    Set<String> found =
        facts("Kestrel Holdings agreed to buy a stake in an Indian software firm for $2 billion.");
    assertFalse(found.stream().anyMatch(f -> f.endsWith("India")), found.toString());
  }

  @Test
  void policeOpeningASentenceIsNoOrganisation() {
    Set<String> found =
        WholeExtractor.entities("Police said two men were arrested in Tbilisi on Monday.");
    assertFalse(found.contains("Organisation:Police"), found.toString());
  }

  @Test
  void anOrganisationSeatedOutsideItsNamesCountryIsNoPartOfIt() {
    Set<String> found =
        facts(
            "The Paris-based Yemeni Monitor for Human Rights said 12 people were killed in"
                + " Sanaa.");
    assertFalse(found.stream().anyMatch(f -> f.endsWith("partOf Yemen")), found.toString());
  }

  @Test
  void aCapitalListedAfterACapitalWhoseTailIsAPlaceIsItsState() {
    Set<String> found =
        WholeExtractor.entities("New Delhi and Islamabad exchanged accusations on Monday.");
    assertTrue(found.contains("Country:Pakistan"), found.toString());
    assertFalse(found.contains("Place:Islamabad"), found.toString());
  }
}
