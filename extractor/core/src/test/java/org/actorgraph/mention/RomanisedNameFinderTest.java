package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class RomanisedNameFinderTest {

  private static final RomanisedNameFinder FINDER = new RomanisedNameFinder(Gazetteer.standard());

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aSurnameAndAHyphenatedGivenNameAreAPerson() {
    assertEquals(
        List.of("Person:Lai Ching-te", "Person:Ko Wen-je", "Person:Moon Jae-in"),
        found("In Taiwan, Lai Ching-te beat Ko Wen-je. Moon Jae-in met them."));
  }

  @Test
  void anEnglishGivenNameBeforeJoinsTheName() {
    assertEquals(
        List.of("Person:William Lai Ching-te"), found("President William Lai Ching-te spoke."));
  }

  @Test
  void englishCompoundsAfterAPlaceNameAreNoPerson() {
    assertEquals(
        List.of(),
        found(
            "A New York-based firm, a Sri Lanka-born poet, Hong Kong-listed shares and Tel"
                + " Aviv-area towns."));
  }
}
