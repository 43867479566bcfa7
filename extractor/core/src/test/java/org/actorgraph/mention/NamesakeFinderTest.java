package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class NamesakeFinderTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final NamesakeFinder FINDER =
      new NamesakeFinder(GAZETTEER, new GivenNameFinder(GAZETTEER));

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aGivenNameAndACountryOrPlaceAreAPerson() {
    assertEquals(List.of("Person:Luis Oman"), found("Luis Oman, a farmer, protested."));
    assertEquals(List.of("Person:Jane Lima"), found("Officials said Jane Lima had resigned."));
    assertEquals(List.of("Person:Ana Paris"), found("Ana Paris told reporters that Spain agreed."));
  }

  @Test
  void aTitleMayStandBeforeTheName() {
    assertEquals(List.of("Person:Jane Lima"), found("Senator Jane Lima met Peru's envoy."));
  }

  @Test
  void aCountryAloneOrInALongerNameIsNoPerson() {
    assertEquals(List.of(), found("Jordan said it would close the border with Syria."));
    assertEquals(List.of(), found("He stayed at the Jane Lima Hotel."));
    assertEquals(List.of(), found("The Maria Vandermolen Oman Fund paid."));
  }

  @Test
  void monthsAndCompassWordsAreNoGivenNames() {
    assertEquals(List.of(), found("The June Paris talks failed, Iran said."));
    assertEquals(List.of(), found("Drought hit North Africa, Egypt said."));
  }
}
