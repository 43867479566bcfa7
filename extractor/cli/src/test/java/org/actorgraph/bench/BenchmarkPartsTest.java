package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.actorgraph.query.QueryLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPartsTest {

  @TempDir Path dir;

  @Test
  void headerExamplesBecomeParameters() {
    assertEquals(
        Map.of("name", "Port Aster"),
        QueryExample.examples(
            "# Parameters: ?name  the actor's name (label or alias), e.g. \"Port Aster\".\n"
                + "SELECT * {}"));
    assertEquals(
        Map.of("q", "Freedonia"),
        QueryExample.examples(
            "# Parameters: ?q  a Lucene query, e.g. \"Freedonia\", \"Sylvanian\" or \"a OR b\".\n"));
    assertEquals(Map.of(), QueryExample.examples("# Parameters: none.\nSELECT * {}"));
  }

  @Test
  void everyLibraryQueryWithParametersHasAnExample() {
    for (QueryExample q : QueryExample.library()) {
      Set<String> declared = QueryLibrary.parametersOf(q.name());
      assertTrue(
          q.parameters().keySet().containsAll(declared),
          q.name()
              + " declares "
              + declared
              + " but its header gives examples for "
              + q.parameters());
    }
  }

  @Test
  void percentilesAreNearestRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertEquals(50, QueryTimer.percentile(sorted, 50));
    assertEquals(95, QueryTimer.percentile(sorted, 95));
    assertEquals(7, QueryTimer.percentile(new long[] {7}, 95));
  }

  @Test
  void reportsAreTextOrJsonByFileName() throws IOException {
    BenchmarkReport r = new BenchmarkReport();
    assertEquals("articles/s: 12.35", r.put("articles/s", 12.3456));
    r.put("articles", 300);
    r.write(dir.resolve("r.txt"));
    r.write(dir.resolve("r.json"));
    assertEquals("articles/s: 12.35\narticles: 300\n", Files.readString(dir.resolve("r.txt")));
    String json = Files.readString(dir.resolve("r.json"));
    assertTrue(
        json.contains("\"articles/s\" : 12.35") && json.contains("\"articles\" : 300"), json);
  }
}
