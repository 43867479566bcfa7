package org.actorgraph.extract;

import static org.actorgraph.extract.WholeExtractor.entities;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Political bodies whose names put their head first and run on with "of" or "for" ("the Alliance of
 * Sahel States", "the Movement for Democratic Change"), through the whole extractor (without the
 * dependency parser).
 */
class HeadFirstOrganisationExtractionTest {

  @Test
  void aBodyNamedHeadFirstIsOneOrganisation() {
    Set<String> found =
        entities(
            "The Alliance of Aster States, formed by Mali and Niger, left the bloc. The Movement"
                + " for Democratic Change and the Coalition for Borda Farmers said so.");
    assertTrue(
        found.containsAll(
            Set.of(
                "Organisation:Alliance of Aster States",
                "Organisation:Movement for Democratic Change",
                "Organisation:Coalition for Borda Farmers")),
        found.toString());
  }
}
