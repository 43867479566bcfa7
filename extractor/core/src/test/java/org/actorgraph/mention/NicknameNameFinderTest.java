package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class NicknameNameFinderTest {

  private static final NicknameNameFinder FINDER = new NicknameNameFinder(Gazetteer.standard());

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aNicknameInQuotesBetweenGivenNameAndSurnameIsOnePerson() {
    assertEquals(
        List.of("Person:Joaquin \"El Fantasma\" Ortega", "Person:Rosa “La Jefa” Mendel"),
        found(
            "Police arrested Joaquin \"El Fantasma\" Ortega on Monday. The minister, Rosa “La"
                + " Jefa” Mendel, said so."));
  }

  @Test
  void quotedWordsInOrganisationsAndTitlesAreNoPerson() {
    assertEquals(List.of(), found("She spoke at the Aster \"Freedom\" Party rally."));
    assertEquals(List.of(), found("Critics called the plan \"Project Fear\" in Peru."));
    assertEquals(List.of(), found("Members of Peru \"Libre\" Congress met."));
  }

  @Test
  void aLongerCapitalisedRunIsNoNickname() {
    assertEquals(List.of(), found("Aster Lodge Hotel \"Sunrise\" Suite Rooms were closed."));
  }
}
