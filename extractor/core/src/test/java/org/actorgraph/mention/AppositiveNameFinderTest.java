package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class AppositiveNameFinderTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static List<String> found(String body) {
    return new AppositiveNameFinder(GAZETTEER)
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aNameOpeningASentenceBeforeATitleInAppositionIsAPerson() {
    assertEquals(
        List.of("Person:Wanjiru Kamau", "Person:Tovar Ellis"),
        found(
            "Wanjiru Kamau, Kenya's foreign minister, said Nairobi would host the talks."
                + " Tovar Ellis, a former prime minister, disagreed."));
  }

  @Test
  void aPlaceOrAnOrganisationBeforeAnAppositionIsNoPerson() {
    assertEquals(
        List.of(),
        found(
            "South Africa, the host country, agreed. European Union, the bloc, said so."
                + " Radio Aster, a station, closed."));
  }

  @Test
  void aRoleOfTheRelateStageInAppositionMakesAPerson() {
    assertEquals(
        List.of("Person:Wanjala Okumu", "Person:Oumar Kanoute", "Person:Lise Marrow"),
        found(
            "Wanjala Okumu, Kenya's top diplomat, met his Somali counterpart."
                + " Oumar Kanoute, Mali's spy chief, denied it."
                + " Lise Marrow, a chief negotiator at the talks, said so."));
  }

  @Test
  void aRoleWordThatModifiesANounIsNoPersonsRole() {
    assertEquals(
        List.of(),
        found(
            "Norda Seating, a chair maker, closed. Norda Telecom, Kenya's largest telecom"
                + " company, grew."));
  }

  @Test
  void aNameInsideASentenceBeforeACountrysTitleInAppositionIsAPerson() {
    assertEquals(
        List.of("Person:Halvard Moen", "Person:Chikondi Banda"),
        found(
            "The talks were led by Halvard Moen, Norway's chief mediator, in Oslo."
                + " Zambia and Chikondi Banda, Malawi's foreign minister, signed it."));
  }

  @Test
  void aNameInsideASentenceNeedsAnOwnedTitleThatClosesTheApposition() {
    assertEquals(
        List.of(),
        found(
            "In a letter to Aster Watch, Kenya's top diplomat said the report was false."
                + " Talks with Norda Holdings, Kenya's largest employer, collapsed."
                + " Writing in Lumen Review, Mali's former spy chief, Oumar Kanoute, defended it."));
  }
}
