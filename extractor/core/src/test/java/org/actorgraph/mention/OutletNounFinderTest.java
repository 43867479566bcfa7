package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class OutletNounFinderTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static List<String> found(String body) {
    return new OutletNounFinder(GAZETTEER)
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aNameBeforeAnOutletNounIsAnOrganisationWithoutItsOwningCountry() {
    assertEquals(
        List.of("Organisation:Velmor", "Organisation:Al-Kasra"),
        found(
            "Iran's Velmor news agency reported the talks. Egypt's state-run Al-Kasra newspaper"
                + " said Cairo would host them."));
  }

  @Test
  void aNameAfterAnOutletNounIsAnOrganisation() {
    assertEquals(
        List.of("Organisation:Orvaz", "Organisation:Tellam"),
        found(
            "The pro-government daily Orvaz said so. Speaking to broadcaster Tellam, he agreed."));
  }

  @Test
  void describingWordsKnownNamesAndASentenceOpeningAreNoOutletName() {
    assertEquals(
        List.of(),
        found(
            "A Kenyan newspaper reported the arrest. The Hebrew daily said Israel had agreed."
                + " State broadcaster reports followed. The Sunday newspaper quoted officials."));
  }

  @Test
  void theIndexedNounsEndWhereAScanOfEveryNounEnds() {
    List<List<String>> nouns =
        List.of(
            List.of("news"),
            List.of("news", "agency"),
            List.of("news", "agency", "wire"),
            List.of("daily"),
            List.of("TV", "station"));
    OutletNounFinder.Nouns index = new OutletNounFinder.Nouns(nouns);
    List<String> words =
        List.of(
            "the", "Aster", "news", "agency", "wire", "said", "news", "agency", "daily", "TV",
            "station", "TV", "news", "News", "agency", "daily");
    for (int i = 0; i < words.size(); i++) {
      int scan = -1;
      for (List<String> noun : nouns) {
        if (i + noun.size() <= words.size() && words.subList(i, i + noun.size()).equals(noun)) {
          scan = Math.max(scan, i + noun.size());
        }
      }
      assertEquals(scan, index.endAt(words, i), "at " + i);
    }
    assertEquals(5, index.endAt(words, 2));
    assertEquals(-1, index.endAt(words, 13));
  }
}
