package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageFailuresTest {

  private static String broken() {
    throw new IllegalStateException("begin 112, end 96");
  }

  @Test
  void outsideAScopeAFailurePropagates() {
    assertThrows(
        IllegalStateException.class,
        () -> StageFailures.guard("Quotes", "one.txt", StageFailuresTest::broken, "none"));
  }

  @Test
  void insideAScopeAFailureIsRecordedAndTheFallbackReturned() {
    List<String> failures = new ArrayList<>();
    List<String> results =
        StageFailures.collecting(
            failures,
            () ->
                List.of(
                    StageFailures.guard("Quotes", "one.txt", StageFailuresTest::broken, "none"),
                    StageFailures.guard("Places", "one.txt", () -> "Port Aster", "none")));
    assertEquals(List.of("none", "Port Aster"), results);
    assertEquals(
        List.of("Quotes failed: java.lang.IllegalStateException: begin 112, end 96"), failures);
  }

  @Test
  void scopesNestAndTheOuterOneIsBackAfterTheInner() {
    List<String> outer = new ArrayList<>();
    List<String> inner = new ArrayList<>();
    StageFailures.collecting(
        outer,
        () -> {
          StageFailures.collecting(
              inner, () -> StageFailures.guard("A", "x", StageFailuresTest::broken, ""));
          return StageFailures.guard("B", "x", StageFailuresTest::broken, "");
        });
    assertEquals(List.of("A failed: java.lang.IllegalStateException: begin 112, end 96"), inner);
    assertEquals(List.of("B failed: java.lang.IllegalStateException: begin 112, end 96"), outer);
    assertThrows(
        IllegalStateException.class,
        () -> StageFailures.guard("C", "x", StageFailuresTest::broken, ""));
  }
}
