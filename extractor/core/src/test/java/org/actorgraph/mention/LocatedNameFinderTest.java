package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class LocatedNameFinderTest {

  private static final LocatedNameFinder FINDER = new LocatedNameFinder(Gazetteer.standard());

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aNameThatAKnownPlaceAfterACommaLocatesIsAPlace() {
    assertEquals(
        List.of("Place:Tarrow", "Place:Orvel", "Place:Velmora Sands"),
        found(
            "He grew up in Tarrow, Vermont, and studied law. Refugees arrived from Orvel, Ghana,"
                + " last week. The ship docked at Velmora Sands, Ghana."));
  }

  @Test
  void peopleCompaniesAndListsAreNotLocated() {
    assertEquals(
        List.of(),
        found(
            "Jane Roe, Ghana's envoy, spoke. In the final, Mary Smith, Kenya, won. Kestrel"
                + " Holdings, Germany, said profits rose. He likes Yes, Gentle Giant, Kansas,"
                + " Tangerine Dream and others."));
  }

  @Test
  void theArabicArticleGluedToALocatedNameIsPartOfIt() {
    assertEquals(
        List.of("Place:al-Marwa"),
        found("A car bomb exploded at a market in al-Marwa, Iraq, on Sunday."));
  }
}
