package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL in the middle leaves only whole article graphs behind, and loading
 * again completes the store.
 */
class CrashDuringLoadIT {

  private static final int ARTICLES = 400;

  @TempDir Path dir;

  /** The parser is off: what is tested is the store's transactions, and it quarters the time. */
  @Test
  void aKilledLoadLeavesOnlyWholeArticlesAndCanBeRerun() throws Exception {
    Path in = copiesOfTheSeed();
    Path data = dir.resolve("data");
    Process load =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "load",
                "--no-parse",
                "--batch",
                "50",
                "--store",
                data.toString(),
                in.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("load.log").toFile())
            .start();
    waitForFirstCommit(load, data);
    load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    long stored;
    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      stored = assertWholeGraphs(store.dataset());
    }
    assertTrue(stored < ARTICLES, "the load was killed before it finished: " + stored);
    assertTrue(stored > 0, "the first batch was committed before the kill");

    assertEquals(
        Main.OK, Main.run("load", "--no-parse", "--store", data.toString(), in.toString()));
    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      assertEquals(ARTICLES, assertWholeGraphs(store.dataset()));
    }
  }

  private Path copiesOfTheSeed() throws IOException {
    String body = Files.readString(Path.of("samples/seed-ecuador-noboa.txt"));
    body = body.substring(body.indexOf("\n\n") + 2);
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          in.resolve(String.format("a%04d.txt", i)),
          "URL: https://example.org/" + i + "\nDATE: 2025-04-15\n\n" + body);
    }
    return in;
  }

  /**
   * Waits until the child has committed its first batch: the text index, committed with each
   * transaction, then has a third segments file ({@code segments_3}; opening makes the first and
   * loading the vocabularies into the new store the second).
   */
  private static void waitForFirstCommit(Process load, Path data) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    Path committed = data.resolve("lucene").resolve("segments_3");
    while (System.nanoTime() < deadline && load.isAlive() && !Files.exists(committed)) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(committed), "the load committed nothing; see load.log");
  }

  /**
   * Every article graph in the store has the same size (the copies differ only in URL); returns how
   * many. The vocabulary graphs are left out.
   */
  private static long assertWholeGraphs(Dataset ds) {
    return Txn.calculateRead(
        ds,
        () -> {
          DatasetGraph dsg = ds.asDatasetGraph();
          List<Long> sizes = new ArrayList<>();
          dsg.listGraphNodes()
              .forEachRemaining(
                  (Node g) -> {
                    if (!ActorgraphStore.VOCABULARY_GRAPHS.contains(g)) {
                      sizes.add((long) dsg.getGraph(g).size());
                    }
                  });
          assertTrue(sizes.stream().distinct().count() <= 1, "graphs of different sizes: " + sizes);
          return (long) sizes.size();
        });
  }
}
