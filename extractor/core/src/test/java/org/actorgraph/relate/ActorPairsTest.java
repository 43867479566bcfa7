package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.entity;
import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * The pairs that are no interaction ({@link ActorPairs}), read through {@link
 * DependencyInteractionFinder}.
 */
class ActorPairsTest {

  @Test
  void aTitledPersonIsNotPairedWithTheirOwnOrTheOtherSidesCountry() {
    Set<String> f = found("Freedonian President Jane Doe met Sylvanian President John Roe.");
    assertEquals(Set.of("Jane Doe 04 John Roe"), f);
  }

  @Test
  void aPersonIsNotPairedWithABodyTheyHoldAPositionIn() {
    TestArticles w = world();
    ResolvedArticle a = w.resolve("Jane Doe praised Freedonia and Sylvania.");
    Entity doe = entity(a, "Jane Doe");
    Entity freedonia = entity(a, "Freedonia");
    assertEquals(Set.of("Jane Doe 05 Sylvania"), found(a, Map.of(doe, Set.of(freedonia))));
  }

  @Test
  void twoOfficeHoldersOfOneCountryAreOneSide() {
    Set<String> f =
        found(
            "Freedonian President Jane Doe and Freedonian Foreign Minister John Roe hosted talks"
                + " with Ruritania.");
    assertTrue(f.contains("Jane Doe 04 Ruritania"), f.toString());
    assertTrue(f.contains("John Roe 04 Ruritania"), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.contains("Jane Doe 04 John Roe")), f.toString());
  }
}
