package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.cli.Cli;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load into a store whose disk fills up, or whose folder is read-only: one clear error, the store
 * keeps only whole articles and opens again, and a re-run once there is room completes it. The disk
 * is a 3 MB tmpfs mounted by the test, which needs root (as in the CI container); without it the
 * test is skipped, saying so.
 */
class StoreWriteFailureIT {

  private static final int ARTICLES = 120;
  private static final Pattern STORED = Pattern.compile("(?m)^(\\d+) articles, ");

  @TempDir Path dir;
  private Path disk;
  private Path in;

  @BeforeEach
  void mountASmallDisk() throws Exception {
    disk = Files.createDirectories(dir.resolve("disk"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
        "mounting a small tmpfs needs root: skipped");
    in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          in.resolve(String.format("a%03d.txt", i)),
          "URL: https://news.freedonia.example/"
              + i
              + "\nDATE: 2025-03-10\n\nJane Doe, the president of Freedonia, met John Roe, the"
              + " foreign minister of Sylvania, in Port Aster on Monday. Jane Doe also met Anna"
              + " Smith. Doe said the talks were useful.\n");
    }
  }

  @AfterEach
  void unmount() throws Exception {
    if (disk != null) {
      run("umount", "-l", disk.toString());
    }
  }

  /**
   * TDB2's files stay memory-mapped (writable) until their buffers are garbage collected, and the
   * kernel refuses to make a file system read-only while a writable mapping exists: collect, retry.
   */
  private int remountReadOnly() throws Exception {
    int rc = -1;
    for (int attempt = 0; attempt < 20 && rc != 0; attempt++) {
      System.gc();
      Thread.sleep(250);
      rc = run("mount", "-o", "remount,ro", disk.toString());
    }
    return rc;
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  /** Article graph sizes in the store, checking that all are whole (the articles are alike). */
  private static int wholeGraphs(Path data) {
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      Dataset ds = s.dataset();
      Map<String, Long> sizes =
          Txn.calculateRead(
              ds,
              () -> {
                Map<String, Long> out = new HashMap<>();
                try (QueryExec e =
                    QueryExec.dataset(ds.asDatasetGraph())
                        .query(
                            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
                                + " FILTER(STRSTARTS(STR(?g), 'https://w3id.org/actorgraph/id/')) }"
                                + " GROUP BY ?g")
                        .build()) {
                  e.select()
                      .forEachRemaining(
                          b ->
                              out.put(
                                  b.get("g").getURI(),
                                  ((Number) b.get("n").getLiteralValue()).longValue()));
                }
                return out;
              });
      assertTrue(new HashSet<>(sizes.values()).size() <= 1, "only whole graphs: " + sizes);
      return sizes.size();
    }
  }

  @Test
  void aFullDiskStopsTheLoadCleanlyAndARerunCompletesIt() throws Exception {
    Path data = disk.resolve("data");
    Path notStored = dir.resolve("not-stored.txt");
    Cli.Result r =
        Cli.run(
            "load",
            "--no-parse",
            "--batch",
            "10",
            "--store",
            data.toString(),
            "--not-stored",
            notStored.toString(),
            in.toString());
    assertEquals(Main.SOME_INPUTS_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("cannot write the store"), r.err());
    Matcher m = STORED.matcher(r.err());
    assertTrue(m.find(), r.err());
    int stored = Integer.parseInt(m.group(1));
    assertTrue(stored < ARTICLES, "the disk filled up before the end: " + stored);
    assertTrue(r.err().contains("NOT STORED: " + (ARTICLES - stored) + " articles"), r.err());
    assertEquals(stored, wholeGraphs(data), "what was reported stored is what the store holds");

    assertEquals(0, run("mount", "-o", "remount,size=256m", disk.toString()));
    Cli.Result again =
        Cli.run(
            "load",
            "--no-parse",
            "--store",
            data.toString(),
            "--not-stored",
            notStored.toString(),
            "@" + notStored);
    assertEquals(Main.OK, again.code(), again.err());
    assertEquals(ARTICLES, wholeGraphs(data));
  }

  @Test
  void aReadOnlyStoreFolderIsAClearErrorAndStaysUsable() throws Exception {
    assertEquals(0, run("mount", "-o", "remount,size=256m", disk.toString()));
    Path data = disk.resolve("data");
    Path one = in.resolve("a000.txt");
    assertEquals(
        Main.OK, Cli.run("load", "--no-parse", "--store", data.toString(), one.toString()).code());
    assertEquals(0, remountReadOnly(), "remount read-only");
    Cli.Result r = Cli.run("load", "--no-parse", "--store", data.toString(), in.toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("the store folder is not writable"), r.err());
    assertEquals(0, run("mount", "-o", "remount,rw", disk.toString()));
    assertEquals(1, wholeGraphs(data));
    assertEquals(
        Main.OK, Cli.run("load", "--no-parse", "--store", data.toString(), in.toString()).code());
    assertEquals(ARTICLES, wholeGraphs(data));
  }
}
