package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class ParticlePlaceFinderTest {

  private static List<String> found(String body) {
    return new ParticlePlaceFinder()
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aNameWithAParticleAfterAPrepositionOfPlaceIsAPlace() {
    assertEquals(
        List.of("Place:Port el-Aster", "Place:Ras al-Sylva", "Place:Dar es Freedon"),
        found(
            "The summit in Port el-Aster ended. Talks were held in Ras al-Sylva and Dar es"
                + " Freedon."));
  }

  @Test
  void aNameWithAParticleAfterAKindOfPlaceAndOfIsAPlace() {
    assertEquals(
        List.of("Place:Velmora da Praia"),
        found("Militants attacked the port city of Velmora da Praia in 2020."));
    assertEquals(List.of(), found("The leader of Velmora da Costa spoke."));
  }

  @Test
  void aPersonsNameWithAParticleIsNoPlace() {
    assertEquals(List.of(), found("Ahmed al-Roe met John bin Doe on Monday."));
    assertEquals(List.of(), found("He served in Freedonia as Minister of Defence."));
  }
}
