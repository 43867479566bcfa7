package org.actorgraph.extract;

import static org.actorgraph.extract.WholeExtractor.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * People whose name holds a country or place, and the countries and places that stay, through the
 * whole extractor (without the dependency parser).
 */
class NamesakeExtractionTest {

  @Test
  void aCountryThatIsAGivenNameBeforeASurnameIsAPerson() {
    Set<String> found =
        entities("Jordan Bardella said France must act. Later, Bardella met officials in Paris.");
    assertTrue(found.contains("Person:Jordan Bardella"), found.toString());
    assertFalse(found.contains("Country:Jordan"), found.toString());
    assertFalse(found.contains("Person:Bardella"), found.toString());
    found = entities("Chad Smith met officials from Kenya on Tuesday.");
    assertTrue(found.contains("Person:Chad Smith"), found.toString());
    assertFalse(found.contains("Country:Chad"), found.toString());
  }

  @Test
  void aGivenNameBeforeACountryIsAPerson() {
    Set<String> found = entities("Luis Oman, a farmer, protested outside the ministry.");
    assertEquals(Set.of("Person:Luis Oman"), found);
  }

  @Test
  void theCountryAloneStaysTheCountry() {
    Set<String> found =
        entities(
            "Jordan said it would close its border with Syria. Jordan and Syria signed a deal."
                + " Chad's army attacked rebels. Georgia's president met the Prime Minister of"
                + " Armenia. The Jordanian foreign minister met Egypt's envoy.");
    assertTrue(
        found.containsAll(
            Set.of("Country:Jordan", "Country:Syria", "Country:Chad", "Country:Georgia")),
        found.toString());
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void namesOfThingsAndTitledPeopleStayAsTheyWere() {
    Set<String> found =
        entities(
            "Oman Air cancelled flights to Iran. Paris Saint-Germain signed a player from"
                + " Brazil. Thousands gathered along the Jordan River.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
    assertTrue(found.contains("Place:Jordan River"), found.toString());
    found = entities("President Chad Roe met Japan's prime minister.");
    assertTrue(found.contains("Person:Chad Roe"), found.toString());
    assertFalse(found.contains("Country:Chad"), found.toString());
  }
}
