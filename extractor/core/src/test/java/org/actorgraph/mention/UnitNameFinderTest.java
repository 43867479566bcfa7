package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class UnitNameFinderTest {

  private static final UnitNameFinder FINDER = new UnitNameFinder(Gazetteer.standard());

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void anOrdinalCapitalisedWordsAndAUnitNounNameAUnit() {
    assertEquals(
        List.of("Organisation:2nd Battalion", "Organisation:7th Rifle Regiment"),
        found("Spc. Ann Roe was assigned to 2nd Battalion, 7th Rifle Regiment, in Kenya."));
    assertEquals(
        List.of("Organisation:212th Mountain Division"),
        found("The 212th Mountain Division deployed to Iraq."));
    assertEquals(
        List.of("Organisation:4th Brigade Combat Team"),
        found("Soldiers of the 4th Brigade Combat Team arrived."));
  }

  @Test
  void aNumberedHeadTakesItsNumberItsModifiersOrItsOperation() {
    assertEquals(List.of("Organisation:Task Force 61"), found("Task Force 61 arrived in Oman."));
    assertEquals(
        List.of("Organisation:Combined Task Force (CTF) 170"),
        found("Combined Task Force (CTF) 170 seized a dhow."));
    assertEquals(
        List.of("Organisation:Combined Joint Task Force - Operation Silver Gate"),
        found("Combined Joint Task Force - Operation Silver Gate said the strikes hit a depot."));
  }

  @Test
  void aCountryADateOrANounAloneIsNoUnit() {
    assertEquals(
        List.of("Organisation:5th Armoured Division"),
        found("The Kenyan 5th Armoured Division crossed the river."));
    assertEquals(List.of(), found("The 21st Century Group grew, and the Army said so."));
    assertEquals(List.of(), found("The Task Force met on Monday."));
  }

  @Test
  void aUnitNameHasTheNounThatHeadsIt() {
    assertEquals(Optional.of("Regiment"), UnitNameFinder.unitHead("7th Rifle Regiment"));
    assertEquals(Optional.of("Task Force"), UnitNameFinder.unitHead("Combined Task Force 170"));
    assertEquals(Optional.empty(), UnitNameFinder.unitHead("Northern Regiment"));
  }
}
