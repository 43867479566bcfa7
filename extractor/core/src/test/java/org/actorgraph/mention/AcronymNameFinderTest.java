package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class AcronymNameFinderTest {

  private static List<String> found(String body) {
    return new AcronymNameFinder()
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aNameWhoseInitialsSpellTheAcronymIsAnOrganisation() {
    assertEquals(
        List.of(
            "Organisation:Alliance for Progress and Freedom",
            "Organisation:Freedonia Tehreek-e-Insaf"),
        found(
            "The Alliance for Progress and Freedom (APF) lost. Freedonia Tehreek-e-Insaf (FTI)"
                + " called for protests."));
  }

  @Test
  void aNameWithoutAWordForABodyOrWithOtherInitialsIsNone() {
    assertEquals(List.of(), found("Gross Domestic Product (GDP) grew by 2 per cent."));
    assertEquals(List.of(), found("The Aster Front (NDF) held a rally."));
  }
}
