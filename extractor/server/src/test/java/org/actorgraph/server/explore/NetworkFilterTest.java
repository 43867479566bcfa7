package org.actorgraph.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkFilterTest {

  private static FactLink fact(String kind, String cameo, double confidence, String date) {
    return new FactLink("urn:f", kind, "urn:a", "urn:b", cameo, confidence, date, null);
  }

  private static NetworkFilter parse(Map<String, String> p) {
    return NetworkFilter.parse(p::get);
  }

  @Test
  void absentParametersLetEverythingThrough() {
    NetworkFilter f = parse(Map.of());
    assertEquals(NetworkFilter.ALL, f);
    assertTrue(f.accepts(fact("position", null, Double.NaN, null)));
  }

  @Test
  void kindsAndCameoRootsAreCommaSeparatedAndCameoOnlyNarrowsInteractions() {
    NetworkFilter f = parse(Map.of("kinds", "interaction, position", "cameo", "04,19"));
    assertTrue(f.accepts(fact("interaction", "04", 0.5, null)));
    assertFalse(f.accepts(fact("interaction", "05", 0.5, null)));
    assertTrue(f.accepts(fact("position", null, 0.5, null)));
    assertFalse(f.accepts(fact("membership", null, 0.5, null)));
  }

  @Test
  void minimumConfidenceDropsFactsBelowItAndFactsWithoutOne() {
    NetworkFilter f = parse(Map.of("minConfidence", "0.7"));
    assertTrue(f.accepts(fact("position", null, 0.7, null)));
    assertFalse(f.accepts(fact("position", null, 0.65, null)));
    assertFalse(f.accepts(fact("position", null, Double.NaN, null)));
  }

  @Test
  void aDateRangeKeepsFactsWhoseDaysOverlapItAtTheirPrecision() {
    NetworkFilter march = parse(Map.of("from", "2025-03-20", "to", "2025-04-10"));
    assertTrue(march.accepts(fact("interaction", "04", 1, "2025-03")));
    assertTrue(march.accepts(fact("interaction", "04", 1, "2025")));
    assertTrue(march.accepts(fact("interaction", "04", 1, "2025-04-10")));
    assertFalse(march.accepts(fact("interaction", "04", 1, "2025-04-11")));
    assertFalse(march.accepts(fact("interaction", "04", 1, "2025-02")));
    assertFalse(march.accepts(fact("interaction", "04", 1, null)), "undated facts are dropped");
    FactLink published =
        new FactLink("urn:f", "position", "urn:a", "urn:b", null, 1, null, "2025-04-01Z");
    assertTrue(march.accepts(published), "the publication date stands in for a missing date");
    assertTrue(parse(Map.of("from", "2025-03-31")).accepts(fact("position", null, 1, "2025-03")));
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("kinds", "friendship")))
            .getMessage()
            .startsWith("kinds:"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("cameo", "21")))
            .getMessage()
            .startsWith("cameo:"));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of("minConfidence", "high")));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of("minConfidence", "1.5")));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of("from", "March")));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(Map.of("from", "2025-02-01", "to", "2025-01-01")));
  }

  @Test
  void daysCoverTheIntervalOfTheDatesPrecision() {
    LocalDate[] feb = NetworkFilter.days("2024-02").orElseThrow();
    assertEquals(LocalDate.of(2024, 2, 1), feb[0]);
    assertEquals(LocalDate.of(2024, 2, 29), feb[1]);
    assertTrue(NetworkFilter.days("someday").isEmpty());
  }
}
