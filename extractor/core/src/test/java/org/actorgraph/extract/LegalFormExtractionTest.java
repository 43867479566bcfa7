package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/**
 * Companies named after a person and ending in the abbreviation of a legal form ("GmbH", "AG",
 * "Ltd", "LLC"), through the whole extractor (without the dependency parser): the legal form makes
 * them organisations, where the given name first made them people.
 */
class LegalFormExtractionTest {

  private static final Extractor EXTRACTOR =
      Extractor.standard(ExtractorConfig.defaults().withParse(false));

  /** Each entity as "Type:label". */
  private static Set<String> entities(String body) {
    Set<String> out = new TreeSet<>();
    for (Entity e : EXTRACTOR.extract(Article.of("t", body)).resolved().entities()) {
      out.add(e.type().label() + ":" + e.label());
    }
    return out;
  }

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
