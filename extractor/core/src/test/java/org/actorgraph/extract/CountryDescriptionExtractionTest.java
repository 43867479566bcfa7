package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/** A description of a country, through the whole extractor (without the dependency parser). */
class CountryDescriptionExtractionTest {

  @Test
  void anInteractionStatedWithADescriptionIsTheCountrys() {
    Extraction x =
        WholeExtractor.NO_PARSE.extract(
            Article.of(
                "t",
                "Norway accused Russia of arming rebels on Monday. The Scandinavian country also"
                    + " condemned Iran. Jane Doe, a Norwegian diplomat, said talks had failed."));
    Set<String> pairs = new TreeSet<>();
    for (Fact f : x.facts()) {
      if (f instanceof Fact.Interaction i) {
        pairs.add(i.source().label() + "-" + i.target().label());
      }
    }
    assertTrue(pairs.contains("Norway-Iran"), pairs.toString());
    List<Entity> countries =
        x.resolved().entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
    assertEquals(
        List.of("Norway", "Russia", "Iran"), countries.stream().map(Entity::label).toList());
    Entity norway = countries.get(0);
    assertTrue(
        norway.aliases().stream().noneMatch(a -> a.contains("country")),
        norway.aliases().toString());
  }
}
