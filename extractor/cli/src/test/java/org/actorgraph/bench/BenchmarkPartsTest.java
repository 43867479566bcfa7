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
  void parameterOverridesReplaceOneQuerysOrEveryQuerysExample() {
    java.util.Map<String, QueryExample> byName = new java.util.HashMap<>();
    for (QueryExample q : QueryExample.library(Map.of("why.name", "Jane Doe", "q", "Freedonia"))) {
      byName.put(q.name(), q);
    }
    assertEquals("Jane Doe", byName.get("why").parameters().get("name").getLiteralLexicalForm());
    assertEquals("Freedonia", byName.get("search").parameters().get("q").getLiteralLexicalForm());
    assertTrue(
        !byName
            .get("ego-network")
            .parameters()
            .get("name")
            .getLiteralLexicalForm()
            .equals("Jane Doe"),
        "an override for why only");
    assertTrue(!byName.get("actors").parameters().containsKey("q"), "no new parameters");
  }

  @Test
  void replayedQuadsGetANewArticleIdentityAndKeepFacts() {
    String base = "https://w3id.org/actorgraph/id/article/027b1e74129627da";
    String view =
        "<"
            + base
            + "#fact/b0> <https://w3id.org/actorgraph/ns#viewOf>"
            + " <https://w3id.org/actorgraph/id/fact/b0> <"
            + base
            + "> .";
    String copy = ReplayNquads.copy(view, 3);
    assertTrue(!copy.contains("027b1e74129627da") && copy.contains("/id/fact/b0>"), copy);
    assertEquals(copy, ReplayNquads.copy(view, 3));
    assertTrue(!copy.equals(ReplayNquads.copy(view, 4)));
    String id =
        "<"
            + base
            + "> <https://w3id.org/actorgraph/ns#articleId> \"s12-0000042\" <"
            + base
            + "> .";
    assertTrue(ReplayNquads.copy(id, 3).contains("\"s12-r3-0000042\""), ReplayNquads.copy(id, 3));
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
