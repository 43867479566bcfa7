package org.actorgraph.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  private static final String DOE = "urn:jane-doe";
  private static final String FREEDONIA = "urn:freedonia";
  private static final String SYLVANIA = "urn:sylvania";
  private static final String ROE = "urn:john-roe";

  private static FactLink link(
      String fact, String kind, String from, String to, String cameo, double c, String date) {
    return new FactLink(fact, kind, from, to, cameo, c, date, null);
  }

  private static final List<FactLink> FACTS =
      List.of(
          link("urn:f1", "position", DOE, FREEDONIA, null, 0.9, null),
          link("urn:f2", "interaction", DOE, SYLVANIA, "04", 0.6, "2025-03"),
          link("urn:f3", "interaction", DOE, SYLVANIA, "04", 0.8, "2025-01"),
          link("urn:f4", "interaction", SYLVANIA, DOE, "19", 0.7, null),
          link("urn:f5", "contest", DOE, ROE, null, 0.5, null));

  @Test
  void factsOfOneKindAndDirectionBetweenTwoActorsMakeOneWeightedEdge() {
    Neighbourhood n = Neighbourhood.of(DOE, FACTS, NetworkFilter.ALL, 10);
    assertEquals(List.of(SYLVANIA, FREEDONIA, ROE), n.neighbours(), "most facts first");
    assertEquals(3, n.total());
    assertEquals(5, n.facts());
    Neighbourhood.Edge consult =
        n.edges().stream().filter(e -> "04".equals(e.cameo())).findFirst().orElseThrow();
    assertEquals(List.of("urn:f3", "urn:f2"), consult.facts(), "best confidence first");
    assertEquals(2, consult.weight());
    assertEquals(0.8, consult.confidence());
    assertEquals("2025-01", consult.first());
    assertEquals("2025-03", consult.last());
    assertEquals(
        4, n.edges().size(), "the opposite direction and other roots are edges of their own");
  }

  @Test
  void theCapKeepsTheNeighboursWithTheMostFactsAndCountsTheRest() {
    Neighbourhood n = Neighbourhood.of(DOE, FACTS, NetworkFilter.ALL, 1);
    assertEquals(List.of(SYLVANIA), n.neighbours());
    assertEquals(3, n.total());
    n.edges()
        .forEach(
            e -> assertEquals(true, e.source().equals(SYLVANIA) || e.target().equals(SYLVANIA)));
    assertThrows(
        IllegalArgumentException.class, () -> Neighbourhood.of(DOE, FACTS, NetworkFilter.ALL, 0));
  }

  @Test
  void theFilterRunsBeforeTheCap() {
    NetworkFilter contests = NetworkFilter.parse(Map.of("kinds", "contest")::get);
    Neighbourhood n = Neighbourhood.of(DOE, FACTS, contests, 1);
    assertEquals(List.of(ROE), n.neighbours());
    assertEquals(1, n.facts());
  }

  @Test
  void anEdgeHasTheSameIdFromEitherEnd() {
    NetworkFilter positions = NetworkFilter.parse(Map.of("kinds", "position")::get);
    String fromDoe = Neighbourhood.of(DOE, FACTS, positions, 10).edges().get(0).id();
    String fromFreedonia = Neighbourhood.of(FREEDONIA, FACTS, positions, 10).edges().get(0).id();
    assertEquals(fromDoe, fromFreedonia);
  }
}
