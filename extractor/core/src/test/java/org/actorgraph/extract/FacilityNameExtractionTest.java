package org.actorgraph.extract;

import static org.actorgraph.extract.WholeExtractor.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.actorgraph.ingest.Article;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/**
 * Facilities and natural features named with a lower-case noun, through the whole extractor
 * (without the dependency parser): the whole phrase is one place, whatever the model made of the
 * name inside it.
 */
class FacilityNameExtractionTest {

  @Test
  void aNameWithALowerCaseFacilityOrFeatureNounIsOnePlace() {
    Set<String> found =
        entities(
            "Militants attacked the al-Zarqin mosque and the Ibn Tovar hospital. Shelling was"
                + " reported near the Velmora river and along the river Orrin.");
    assertTrue(
        found.containsAll(
            Set.of(
                "Place:al-Zarqin mosque",
                "Place:Ibn Tovar hospital",
                "Place:Velmora river",
                "Place:river Orrin")),
        found.toString());
  }

  @Test
  void aNamedHospitalIsAPlaceNotAnOrganisation() {
    Set<String> found = entities("Doctors at Orrin Hospital said twelve people died.");
    assertTrue(found.contains("Place:Orrin Hospital"), found.toString());
    assertFalse(found.contains("Organisation:Orrin Hospital"), found.toString());
  }

  @Test
  void aCreekIsAPlaceEvenAfterAGivenName() {
    Set<String> found = entities("The flood reached Sandy Creek and the Aster Creek overnight.");
    assertTrue(
        found.containsAll(Set.of("Place:Sandy Creek", "Place:Aster Creek")), found.toString());
    assertFalse(found.contains("Person:Sandy Creek"), found.toString());
  }

  @Test
  void seaFeaturesDeltasPassesAndCorridorsArePlaces() {
    Set<String> found =
        entities(
            "Ships blocked a mission to Second Aster Shoal. Floods swept the Niger Delta. Rebels"
                + " seized the Borda Pass and closed the Orrin Corridor near Lena Reef.");
    assertTrue(
        found.containsAll(
            Set.of(
                "Place:Second Aster Shoal",
                "Place:Niger Delta",
                "Place:Borda Pass",
                "Place:Orrin Corridor",
                "Place:Lena Reef")),
        found.toString());
    assertFalse(found.contains("Country:Niger"), found.toString());
  }

  @Test
  void aPersonWhoseSurnameIsABuildingStaysAPerson() {
    Set<String> found = entities("Jane Castle met Lena Temple and Tom Tower on Monday.");
    assertTrue(
        found.containsAll(Set.of("Person:Jane Castle", "Person:Lena Temple", "Person:Tom Tower")),
        found.toString());
  }

  @Test
  void aCountrysHospitalStaysTheCountry() {
    Set<String> found = entities("A Turkish hospital treated the wounded near the Syrian river.");
    assertTrue(found.containsAll(Set.of("Country:Turkey", "Country:Syria")), found.toString());
    assertFalse(found.stream().anyMatch(f -> f.startsWith("Place:")), found.toString());
  }

  @Test
  void aRiverMentionedByItsNameAloneLaterIsOnePlace() {
    List<Entity> places =
        WholeExtractor.NO_PARSE
            .extract(
                Article.of("t", "Boats sank in the Velmora river. The Velmora rose by a metre."))
            .resolved()
            .entities()
            .stream()
            .filter(e -> e.label().contains("Velmora") || e.aliases().contains("Velmora"))
            .toList();
    assertEquals(1, places.size(), places.toString());
    assertEquals("Velmora river", places.get(0).label());
    assertEquals(List.of("Velmora"), places.get(0).aliases());
  }
}
