package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void aFolderToKafkaJobTakesItsOptions() {
    JobOptions o =
        JobOptions.parse(
            "--input-dir",
            "in",
            "--output-topic",
            "graphs",
            "--bootstrap-servers",
            "localhost:9092",
            "--checkpoint-interval",
            "500ms",
            "--no-parse");
    assertEquals("in", o.inputDir());
    assertEquals("graphs", o.outputTopic());
    assertEquals(Duration.ofMillis(500), o.checkpointInterval());
    assertFalse(o.parse());
    assertEquals("actorgraph-extract", o.transactionalIdPrefix());
    assertEquals(1, o.extractorConfig().threads());
  }

  @Test
  void durationsTakeUnitsOrIso() {
    assertEquals(Duration.ofSeconds(10), JobOptions.duration("x", "10s"));
    assertEquals(Duration.ofMinutes(2), JobOptions.duration("x", "2m"));
    assertEquals(Duration.ofSeconds(30), JobOptions.duration("x", "PT30S"));
  }

  @Test
  void badOptionsAreNamed() {
    assertMessage("unknown option '--input'", "--input", "x");
    assertMessage("--output-dir needs a value", "--input-dir", "in", "--output-dir");
    assertMessage("exactly one source", "--output-dir", "out");
    assertMessage(
        "exactly one source", "--input-dir", "in", "--input-topic", "t", "--output-dir", "o");
    assertMessage("at least one sink", "--input-dir", "in");
    assertMessage("needs --bootstrap-servers", "--input-topic", "t", "--output-dir", "o");
    assertMessage(
        "expected a duration like 500ms",
        "--input-dir",
        "in",
        "--output-dir",
        "o",
        "--checkpoint-interval",
        "soon");
    assertMessage(
        "expected a whole number (found 'lots')",
        "--input-dir",
        "in",
        "--output-dir",
        "o",
        "--max-article-bytes",
        "lots");
  }

  private static void assertMessage(String part, String... args) {
    var e = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
