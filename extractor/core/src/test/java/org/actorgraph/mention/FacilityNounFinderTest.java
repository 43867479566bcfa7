package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class FacilityNounFinderTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static List<String> found(String body) {
    return new FacilityNounFinder(GAZETTEER, new GivenNameFinder(GAZETTEER))
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aNameBeforeALowerCaseFacilityOrFeatureNounIsOnePlace() {
    assertEquals(
        List.of(
            "Place:al-Zarqin mosque",
            "Place:Ibn Tovar hospital",
            "Place:Velmora river",
            "Place:Kelvo air base"),
        found(
            "Gunmen attacked the al-Zarqin mosque and the Ibn Tovar hospital. Boats sank in the"
                + " Velmora river. Jets flew from the Kelvo air base."));
  }

  @Test
  void aNameBeforeCrossingIsOnePlace() {
    assertEquals(
        List.of("Place:Kelvo crossing"),
        found("Aid trucks waited at the Kelvo crossing on Monday."));
  }

  @Test
  void aLowerCaseRiverOrLakeBeforeANameIsOnePlace() {
    assertEquals(
        List.of("Place:river Velmora", "Place:lake Orrin"),
        found("Shelling was reported along the river Velmora and on lake Orrin."));
  }

  @Test
  void aCountryDemonymOrKnownOrganisationBeforeTheNounIsNoPlaceName() {
    assertEquals(
        List.of(),
        found(
            "A Turkish hospital was hit. Troops crossed the Syrian river. The Red Cross hospital"
                + " closed. France river patrols began. The NATO air base grew."));
  }

  @Test
  void aNameAfterAnIndefiniteArticleDescribesAndIsNoPlace() {
    assertEquals(List.of(), found("They opened a Velmora hospital and one Kelvo clinic."));
  }

  @Test
  void aCapitalisedCommonWordOpeningTheSentenceIsNoName() {
    assertEquals(List.of(), found("Military hospital staff went on strike."));
  }

  @Test
  void aDemonymJoinedToAParticipleIsNoName() {
    assertEquals(List.of(), found("The Freedonian-run clinic and the Turkish-built dam opened."));
  }

  @Test
  void aKnownCountryAfterTheRiverIsNoRiverName() {
    assertEquals(List.of(), found("Iraqi forces crossed the river Syrian troops held."));
  }

  @Test
  void aGivenNameBeforeTheNounNeedsTheToNameAPlace() {
    assertEquals(
        List.of("Place:Jane Roe hospital"),
        found("Doctors told John Roe hospital beds were full. She visited the Jane Roe hospital."));
  }

  @Test
  void namesListedBeforeAPluralNounArePlacesEach() {
    assertEquals(
        List.of("Place:Velmora", "Place:Kelvo"),
        found("Fighters crossed the Velmora and Kelvo rivers."));
  }

  @Test
  void aSecondNounAfterTheFirstStaysInThePlace() {
    assertEquals(
        List.of("Place:Velmora river valley"), found("Farms in the Velmora river valley."));
  }

  @Test
  void wordsThatDescribeAKindOfBelieverMakeNoName() {
    assertEquals(
        List.of("Place:Old Zarqin mosque"),
        found(
            "Gunmen hit the Catholic church, the Druze shrine, the Roman Catholic cathedral and"
                + " the Old Zarqin mosque."));
  }

  @Test
  void aCapitalisedArticleOpeningTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of("Place:Kelvo dam"), found("The Kelvo dam was closed."));
  }

  @Test
  void theTailOfALongerCapitalisedNameIsNoName() {
    assertEquals(List.of(), found("Police raided the Premier Velmora stadium."));
  }

  @Test
  void aNaturalFeaturesNameAloneNamesItButABuildingsDoesNot() {
    assertEquals(Optional.of("Velmora"), FacilityNounFinder.nameAlone("Velmora river"));
    assertEquals(Optional.of("Velmora"), FacilityNounFinder.nameAlone("river Velmora"));
    assertEquals(
        Optional.of("Old Velmora"), FacilityNounFinder.nameAlone("Old Velmora river valley"));
    assertEquals(Optional.empty(), FacilityNounFinder.nameAlone("al-Zarqin mosque"));
    assertEquals(Optional.empty(), FacilityNounFinder.nameAlone("Kelvo sea"));
  }

  @Test
  void aNounAfterANameWithItsOwnPlaceHeadAddsNoPlace() {
    assertEquals(
        List.of(), found("Farms in the Velmora River basin and the Kelvo Airport bridge."));
  }
}
