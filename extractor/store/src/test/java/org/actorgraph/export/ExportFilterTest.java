package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.actorgraph.export.ExportFilter.Option;
import org.actorgraph.text.DateInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFilterTest {

  private static ExportFilter parse(boolean cli, Object... optionsAndValues) {
    Map<Option, String> m = new EnumMap<>(Option.class);
    for (int i = 0; i < optionsAndValues.length; i += 2) {
      m.put((Option) optionsAndValues[i], (String) optionsAndValues[i + 1]);
    }
    return ExportFilter.parse(m, cli);
  }

  @Test
  void nothingGivenIsNoFilter() {
    assertEquals(ExportFilter.NONE, parse(true, Option.KINDS, "", Option.ACTOR, " "));
  }

  @Test
  void valuesAreReadLeniently() {
    ExportFilter f =
        parse(
            true,
            Option.KINDS,
            "interaction, Membership",
            Option.CAMEO,
            "4,19",
            Option.MIN_CONFIDENCE,
            "0.75",
            Option.FROM,
            "2025-01-01",
            Option.ACTOR,
            "Freedonia",
            Option.DEPTH,
            "2");
    assertEquals(Set.of(RelationKind.Interaction, RelationKind.Membership), f.kinds());
    assertEquals(Set.of("04", "19"), f.cameoRoots());
    assertEquals(0.75, f.minConfidence());
    assertEquals(LocalDate.of(2025, 1, 1), f.from());
    assertEquals(2, f.depth());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "KINDS|Treaties|--kinds: unknown relation kind 'Treaties'|kinds: unknown relation kind",
        "CAMEO|21|--cameo: expected CAMEO root codes 01 to 20 (found '21')|cameo: expected",
        "MIN_CONFIDENCE|high|--min-confidence: expected a number from 0 to 1|minConfidence: expected",
        "MIN_CONFIDENCE|1.5|--min-confidence: expected a number from 0 to 1|minConfidence: expected",
        "FROM|2025-02-30|--from: expected a date like 2025-03-31 (found '2025-02-30')|from: expected",
        "DEPTH|2|--depth: needs --actor|depth: needs actor",
      })
  void aBadValueIsAnErrorNamingTheOption(
      String option, String value, String cliMessage, String httpMessage) {
    Option o = Option.valueOf(option);
    IllegalArgumentException cli =
        assertThrows(IllegalArgumentException.class, () -> parse(true, o, value));
    assertEquals(true, cli.getMessage().startsWith(cliMessage), cli.getMessage());
    IllegalArgumentException http =
        assertThrows(IllegalArgumentException.class, () -> parse(false, o, value));
    assertEquals(true, http.getMessage().startsWith(httpMessage), http.getMessage());
  }

  @Test
  void aRangeMustNotEndBeforeItStartsAndDepthIsBounded() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(true, Option.FROM, "2025-05-01", Option.TO, "2025-01-01"));
    assertEquals("--to: 2025-01-01 is before --from 2025-05-01", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(false, Option.ACTOR, "Freedonia", Option.DEPTH, "11"));
  }

  @Test
  void datesOfEveryPrecisionCoverTheirDays() {
    assertEquals(
        new DateInterval(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
        DateInterval.parse("2025-02"));
    assertEquals(
        new DateInterval(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
        DateInterval.parse("2024"));
    assertEquals(LocalDate.of(2025, 3, 14), DateInterval.parse("2025-03-14").end());
    assertEquals(null, DateInterval.parse("last spring"));
  }
}
