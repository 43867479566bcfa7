package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.Tdb2Sink;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 readers during a writer: queries keep answering, and every answer sees only whole article
 * graphs, while a load runs; two loads of overlapping article sets into one store, at once, end
 * with exactly one graph per article, each from one run.
 */
class ConcurrentLoadIT {

  private static final int ARTICLES = 90;
  private static final String COUNTS =
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
          + " FILTER(STRSTARTS(STR(?g), 'https://w3id.org/actorgraph/id/')) } GROUP BY ?g";
  private static final String RUNS =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#> SELECT ?g (COUNT(?r) AS ?runs)"
          + " WHERE { GRAPH ?g { ?g ag:extractedBy ?r } } GROUP BY ?g";

  @TempDir static Path dir;
  private static Pipeline pipeline;
  private static ExtractorConfig config;

  @BeforeAll
  static void articles() throws IOException {
    Path all = Files.createDirectories(dir.resolve("all"));
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    for (int i = 0; i < ARTICLES; i++) {
      String text =
          "URL: https://news.freedonia.example/"
              + i
              + "\nDATE: 2025-03-10\n\nJane Doe, the president of Freedonia, met John Roe, the"
              + " foreign minister of Sylvania, in Port Aster on Monday. Jane Doe also met Anna"
              + " Smith. Doe said the talks were useful.\n";
      String name = String.format("a%04d.txt", i);
      Files.writeString(all.resolve(name), text);
      if (i < ARTICLES * 2 / 3) {
        Files.writeString(first.resolve(name), text);
      }
      if (i >= ARTICLES / 3) {
        Files.writeString(second.resolve(name), text);
      }
    }
    config = ExtractorConfig.defaults().withParse(false).withThreads(2);
    pipeline = Pipeline.standard(config);
  }

  @AfterAll
  static void release() {
    pipeline = null;
  }

  private static BatchRun.Summary load(ActorgraphStore store, Path folder) {
    RunInfo run =
        new RunInfo(config.baseIri() + "run/" + folder.getFileName(), "test", Instant.now());
    return new BatchRun(pipeline, run, config.threads(), 10)
        .run(
            new Inputs(config.maxArticleBytes()),
            List.of(folder),
            new ByteArrayInputStream(new byte[0]),
            new Tdb2Sink(store),
            (a, b, c) -> {});
  }

  private static Map<String, Long> counts(Dataset ds, String query, String var) {
    return Txn.calculateRead(
        ds,
        () -> {
          Map<String, Long> out = new HashMap<>();
          try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query).build()) {
            exec.select()
                .forEachRemaining(
                    b ->
                        out.put(
                            b.get("g").getURI(),
                            ((Number) b.get(var).getLiteralValue()).longValue()));
          }
          return out;
        });
  }

  @Test
  void readersDuringALoadSeeOnlyWholeArticles() throws Exception {
    try (ActorgraphStore store = ActorgraphStore.open(dir.resolve("readers"))) {
      AtomicBoolean loading = new AtomicBoolean(true);
      AtomicInteger readsDuringLoad = new AtomicInteger();
      Set<Integer> sizesSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
      ExecutorService readers = Executors.newFixedThreadPool(2);
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        running.add(
            readers.submit(
                () -> {
                  int last = 0;
                  while (loading.get()) {
                    Map<String, Long> c = counts(store.dataset(), COUNTS, "n");
                    assertTrue(c.size() >= last, "graphs never disappear: " + c.size());
                    last = c.size();
                    sizesSeen.add(c.size());
                    assertEquals(
                        c.isEmpty() ? 0 : 1,
                        new HashSet<>(c.values()).size(),
                        "every visible article graph is whole (all have the same size)");
                    readsDuringLoad.incrementAndGet();
                    Thread.sleep(20);
                  }
                  return null;
                }));
      }
      BatchRun.Summary s = load(store, dir.resolve("all"));
      loading.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      readers.shutdown();
      assertEquals(ARTICLES, s.articles());
      assertEquals(ARTICLES, counts(store.dataset(), COUNTS, "n").size());
      assertTrue(readsDuringLoad.get() > 2, "queries answered during the load");
      assertTrue(
          sizesSeen.stream().anyMatch(n -> n > 0 && n < ARTICLES),
          "some answers came while the load was half done: " + sizesSeen);
    }
  }

  @Test
  void overlappingLoadsAtOnceLeaveOneGraphPerArticle() throws Exception {
    try (ActorgraphStore store = ActorgraphStore.open(dir.resolve("overlap"))) {
      ExecutorService two = Executors.newFixedThreadPool(2);
      Future<BatchRun.Summary> a = two.submit(() -> load(store, dir.resolve("first")));
      Future<BatchRun.Summary> b = two.submit(() -> load(store, dir.resolve("second")));
      assertEquals(ARTICLES * 2 / 3, a.get().articles());
      assertEquals(ARTICLES - ARTICLES / 3, b.get().articles());
      two.shutdown();
      Map<String, Long> graphs = counts(store.dataset(), COUNTS, "n");
      assertEquals(ARTICLES, graphs.size(), "one graph per article");
      assertEquals(1, new HashSet<>(graphs.values()).size(), "no graph mixes two loads");
      Map<String, Long> runs = counts(store.dataset(), RUNS, "runs");
      assertEquals(ARTICLES, runs.size());
      assertEquals(Set.of(1L), new HashSet<>(runs.values()), "each graph from exactly one run");
    }
  }
}
