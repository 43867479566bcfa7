package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class RunOnNameFinderTest {

  private static final RunOnNameFinder FINDER =
      new RunOnNameFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aClubsWordBeforeACityMakesAClub() {
    assertEquals(
        List.of("Organisation:Real Madrid"),
        found("Real Madrid signed a forward from Velmar for 20 million euros."));
  }

  @Test
  void aCityRunningOnInASportsReportIsAClub() {
    assertEquals(
        List.of("Organisation:Amsterdam Kovos"),
        found("Amsterdam Kovos beat Velmar 2-1 on Saturday."));
    assertEquals(
        List.of("Organisation:Los Angeles Kovos"),
        found("Los Angeles Kovos forward Jane Roe scored twice."));
  }

  @Test
  void aPlaceRunningOnBeforeACompanysRoleOrInACompanyReportIsACompany() {
    assertEquals(
        List.of("Organisation:Rio Velmar"),
        found("Rio Velmar chief executive Jane Roe will step down."));
    assertEquals(
        List.of("Organisation:China Velmar"),
        found("China Velmar posted a rise in quarterly profit."));
  }

  @Test
  void noCueAPlacesOwnNameOrAPlaceAfterAPrepositionMakesNoName() {
    assertEquals(List.of(), found("China Velmar opened a new office."));
    assertEquals(
        List.of(), found("Former footballer Jane Roe was elected governor of Enugu State."));
    assertEquals(List.of(), found("The striker scored in Mexico City on Sunday."));
    assertEquals(List.of(), found("Profit rose at a plant in Amsterdam Velmar."));
  }
}
