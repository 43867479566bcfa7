package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate, load (compacting above a threshold), bulk-load and compact end to end, parser off: the
 * two loads store the same graphs, and the commands say what they did.
 */
class LoadAtScaleIT {

  @TempDir Path dir;

  private record Result(int code, String err) {}

  private static Result run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Result(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void loadCompactsAboveItsThresholdAndBulkLoadStoresTheSameGraphs() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    assertEquals(
        Main.OK,
        run("generate", "--articles", "6", "--seed", "3", "--sentences", "6", "-o", "" + corpus)
            .code());
    Path inc = dir.resolve("inc");
    Result load =
        run("load", "--no-parse", "--compact-above", "5", "--store", "" + inc, "" + corpus);
    assertEquals(Main.OK, load.code(), load.err());
    assertTrue(load.err().contains("compacting the store"), load.err());
    assertTrue(load.err().contains("compacted the store: "), load.err());

    Path bulk = dir.resolve("bulk");
    Path nq = dir.resolve("kept.nq");
    Result b =
        run("bulk-load", "--no-parse", "--store", "" + bulk, "--nquads", "" + nq, "" + corpus);
    assertEquals(Main.OK, b.code(), b.err());
    assertTrue(b.err().contains("bulk loaded "), b.err());
    assertTrue(Files.size(nq) > 0);
    Result again = run("bulk-load", "--from-nquads", "--store", "" + bulk, "" + nq);
    assertTrue(again.err().contains("6 graphs replaced"), again.err());
    assertEquals(Main.OK, run("compact", "--store", "" + bulk).code());

    assertEquals(graphs(inc), graphs(bulk));
    assertEquals(6, graphs(bulk));
  }

  private static long graphs(Path data) {
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      // article graphs only: the ontology and CAMEO graphs are in every store
      return Txn.calculateRead(
          s.dataset(),
          () ->
              org.apache.jena.atlas.iterator.Iter.count(
                  org.apache.jena.atlas.iterator.Iter.filter(
                      s.dataset().asDatasetGraph().listGraphNodes(),
                      g -> !ActorgraphStore.VOCABULARY_GRAPHS.contains(g))));
    }
  }
}
