package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.RemoteStores;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: for {@code soak.seconds} (default 60) two writers replace and delete article graphs on a
 * running server (Graph Store Protocol, with login) while three readers query it (whole-graph
 * counts and a text search), all on 127.0.0.1. At the end the store holds exactly the graphs last
 * written and not deleted, no request failed, and the JVM's heap after GC and its open file
 * descriptors are flat between the end of the warm-up and the end of the run.
 *
 * <p>Not an IT: it runs in the Maven profile {@code soak} ({@code mvn -Psoak verify}), which also
 * {@code .ci/run} runs.
 */
class ReadWriteSoak {

  private static final int POOL = 120;
  private static final int WRITERS = 2;
  private static final int READERS = 3;
  private static final String SIZES =
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
  private static final String SEARCH =
      "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs:"
          + " <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?e WHERE { ?e text:query"
          + " (rdfs:label \"Doe\") }";

  @TempDir Path dir;

  private record Sample(long heap, long fds) {}

  @Test
  void readersAndWritersForMinutesLeaveExactCountsAndFlatHeapAndFiles() throws Exception {
    long seconds = Long.getLong("soak.seconds", 60);
    List<Graph> graphs = articleGraphs();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      names.add("https://w3id.org/actorgraph/id/article/soak-" + i);
    }
    Path passwd = Files.writeString(dir.resolve("passwd"), "admin: soak-pw\n");
    try (ActorgraphServer server =
        ActorgraphServer.builder()
            .port(0)
            .dataDir(dir.resolve("data"))
            .passwordFile(passwd)
            .localhostOnly(true)
            .withUi(false)
            .build()
            .start()) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient admin =
          RemoteStores.httpClient(Optional.of("admin"), Optional.of("soak-pw".toCharArray()));
      Load load = new Load(base, admin, names, graphs);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        tasks.add(pool.submit(() -> load.write(writer)));
      }
      for (int r = 0; r < READERS; r++) {
        tasks.add(pool.submit(load::read));
      }
      long warmUp = Math.max(5, seconds / 5);
      Thread.sleep(warmUp * 1000);
      Sample start = sample();
      List<Sample> samples = new ArrayList<>();
      long until = System.nanoTime() + Duration.ofSeconds(seconds - warmUp).toNanos();
      while (System.nanoTime() < until) {
        Thread.sleep(Math.min(10_000, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        for (Future<?> t : tasks) {
          if (t.isDone()) {
            t.get(); // a failed reader or writer fails the soak now
          }
        }
        samples.add(sample());
      }
      load.running.set(false);
      for (Future<?> t : tasks) {
        t.get();
      }
      pool.shutdown();
      Sample end = sample();

      Map<String, Long> sizes = sizes(base);
      List<String> expected = new ArrayList<>();
      load.present.forEach(
          (i, p) -> {
            if (p) {
              expected.add(names.get(i));
            }
          });
      assertEquals(
          new java.util.TreeSet<>(expected),
          new java.util.TreeSet<>(sizes.keySet()),
          "the store holds exactly the graphs last written and not deleted");
      long triples = 0;
      for (String name : expected) {
        triples += graphs.get(names.indexOf(name)).size();
      }
      assertEquals(triples, sizes.values().stream().mapToLong(Long::longValue).sum());

      System.out.printf(
          "soak: %d s, %d writes, %d reads, %d graphs; heap after GC %d -> %d MB (max %d),"
              + " open fds %d -> %d (max %d)%n",
          seconds,
          load.writes.get(),
          load.reads.get(),
          expected.size(),
          start.heap() >> 20,
          end.heap() >> 20,
          samples.stream().mapToLong(Sample::heap).max().orElse(0) >> 20,
          start.fds(),
          end.fds(),
          samples.stream().mapToLong(Sample::fds).max().orElse(0));
      assertTrue(load.writes.get() > 20 && load.reads.get() > 20, "the soak did work");
      assertTrue(
          end.heap() < start.heap() * 3 / 2 + (64L << 20),
          "heap stays flat: " + (start.heap() >> 20) + " -> " + (end.heap() >> 20) + " MB");
      assertTrue(
          end.fds() <= start.fds() + 20,
          "open files stay flat: " + start.fds() + " -> " + end.fds());
    }
  }

  /** The writers' and readers' work on one server, and what they did. */
  private static final class Load {
    final Map<Integer, Boolean> present = new ConcurrentHashMap<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong writes = new AtomicLong();
    final AtomicLong reads = new AtomicLong();
    private final String base;
    private final HttpClient admin;
    private final List<String> names;
    private final List<Graph> graphs;

    Load(String base, HttpClient admin, List<String> names, List<Graph> graphs) {
      this.base = base;
      this.admin = admin;
      this.names = names;
      this.graphs = graphs;
    }

    /**
     * Writer {@code w} owns the articles {@code i % WRITERS == w}, so that the last operation on
     * each is known: one in ten deletes it, the others replace it.
     */
    Void write(int w) {
      Random random = new Random(w);
      while (running.get()) {
        int i = random.nextInt(POOL / WRITERS) * WRITERS + w;
        var gsp = GSP.service(base + "/kg-admin/data").httpClient(admin).graphName(names.get(i));
        if (random.nextInt(10) == 0) {
          if (present.getOrDefault(i, false)) {
            gsp.DELETE();
          }
          present.put(i, false);
        } else {
          gsp.PUT(graphs.get(i));
          present.put(i, true);
        }
        writes.incrementAndGet();
      }
      return null;
    }

    /** Per-graph sizes (all alike: only whole graphs) and a text search, until stopped. */
    Void read() {
      while (running.get()) {
        Map<String, Long> sizes = sizes(base);
        assertTrue(
            sizes.values().stream().distinct().count() <= 1,
            "readers see only whole graphs: " + sizes);
        try (QueryExec e = QueryExecHTTP.service(base + "/kg/sparql").query(SEARCH).build()) {
          RowSet rows = e.select();
          long hits = 0;
          while (rows.hasNext()) {
            rows.next();
            hits++;
          }
          assertTrue(hits <= 1, "one Jane Doe at most: " + hits);
        }
        reads.incrementAndGet();
      }
      return null;
    }
  }

  private static Map<String, Long> sizes(String base) {
    Map<String, Long> out = new HashMap<>();
    try (QueryExec e = QueryExecHTTP.service(base + "/kg/sparql").query(SIZES).build()) {
      e.select()
          .forEachRemaining(
              b ->
                  out.put(
                      b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
    }
    // article graphs only: the store also holds the ontology and CAMEO graphs
    ActorgraphStore.VOCABULARY_GRAPHS.forEach(g -> out.remove(g.getURI()));
    return out;
  }

  private static Sample sample() throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heap = memory.getHeapMemoryUsage().getUsed();
    long fds;
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      fds = s.count();
    }
    return new Sample(heap, fds);
  }

  /** Invented articles, extracted once; article i is stored under its own graph name. */
  private static List<Graph> articleGraphs() {
    ExtractorConfig config = ExtractorConfig.defaults().withParse(false).withThreads(1);
    Pipeline pipeline = Pipeline.standard(config);
    RunInfo run = new RunInfo(config.baseIri() + "run/soak", "soak", java.time.Instant.now());
    List<Graph> out = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      Article a =
          Article.of(
              "soak-" + i,
              "Jane Doe, the president of Freedonia, met John Roe, the foreign minister of"
                  + " Sylvania, in Port Aster on Monday. Jane Doe also met Anna Smith.");
      out.add(pipeline.toGraph(pipeline.extract(a), run).graph());
    }
    return out;
  }
}
