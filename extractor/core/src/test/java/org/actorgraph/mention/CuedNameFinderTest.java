package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class CuedNameFinderTest {

  private static final CuedNameFinder FINDER =
      new CuedNameFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aRoleOnlyOrganisationsHaveNamesAnOrganisation() {
    assertEquals(
        List.of("Organisation:Asterpetro"),
        found("Carlos Vega, the chief executive of Asterpetro, resigned on Monday."));
    assertEquals(
        List.of("Organisation:Harvick Steel"),
        found("Employees of Harvick Steel walked out in protest."));
    assertEquals(
        List.of("Organisation:Brazil Petroleum"),
        found("The chairman of Brazil Petroleum resigned."));
    assertEquals(
        List.of("Organisation:Belcourt"), found("Belcourt's board approved a new dividend."));
  }

  @Test
  void aCompanysRoleInTitleCaseBeforeANameNamesTheCompany() {
    assertEquals(
        List.of("Organisation:KTBC"),
        found("KTBC Chief Executive Jana Roebuck said so on Monday."));
    assertEquals(
        List.of("Organisation:Asterpetro"), found("Asterpetro CEO Jana Roebuck resigned."));
    assertEquals(List.of(), found("Committee Chairman Jana Roebuck resigned."));
  }

  @Test
  void sharesReportedRightAfterANameNameACompany() {
    assertEquals(
        List.of("Organisation:Asterpetro"),
        found("Asterpetro shares fell 4 percent after the miner cut its forecast."));
    assertEquals(
        List.of("Organisation:Asterwerk"), found("Asterwerk stock fell sharply on Monday."));
    assertEquals(List.of(), found("Jana Roebuck shares the view of her colleagues."));
  }

  @Test
  void sharesAfterANameEndingInACommonNounNameACompany() {
    assertEquals(
        List.of("Organisation:Chile Goose"),
        found("Chile Goose shares jumped after the parka maker raised its outlook."));
    assertEquals(List.of(), found("Tech shares fell on Monday."));
  }

  @Test
  void whatOnlyATownHasNamesAPlace() {
    assertEquals(List.of("Place:Pellingford"), found("Residents of Pellingford were evacuated."));
  }

  @Test
  void aKnownNameAnAmbiguousRoleOrALongerPhraseIsLeftAlone() {
    assertEquals(List.of(), found("The residents of Brazil voted on Sunday."));
    assertEquals(List.of(), found("The residents of Kabul Province fled."));
    assertEquals(List.of(), found("The president of Sarvania resigned."));
    assertEquals(List.of(), found("The chief executive of Marea province resigned."));
  }
}
