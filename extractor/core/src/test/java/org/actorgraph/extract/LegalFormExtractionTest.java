package org.actorgraph.extract;

import static org.actorgraph.extract.WholeExtractor.entities;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Companies named after a person and ending in the abbreviation of a legal form ("GmbH", "AG",
 * "Ltd", "LLC"), through the whole extractor (without the dependency parser): the legal form makes
 * them organisations, where the given name first made them people.
 */
class LegalFormExtractionTest {

  @Test
  void aPersonsNameWithALegalFormIsACompany() {
    Set<String> found =
        entities(
            "The pencils are made by Marten Kolb GmbH in Bavaria. Shares of Jonas Teller AG fell."
                + " The contract went to Harold Penn Ltd, a builder. The fund bought Dana Whitcombe"
                + " LLC last year.");
    assertTrue(
        found.containsAll(
            Set.of(
                "Organisation:Marten Kolb GmbH",
                "Organisation:Jonas Teller AG",
                "Organisation:Harold Penn Ltd",
                "Organisation:Dana Whitcombe LLC")),
        found.toString());
    assertFalse(found.stream().anyMatch(f -> f.startsWith("Person:")), found.toString());
  }
}
