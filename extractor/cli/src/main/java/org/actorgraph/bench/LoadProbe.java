package org.actorgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.sink.Batching;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.BulkLoader;
import org.actorgraph.store.Tdb2Sink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Times the load alone, without extraction, on an N-Quads file (one named graph per article, as
 * {@code extract -f nquads} writes them), in wall time and in the process's CPU time; for profiling
 * (with {@code -XX:StartFlightRecording}) and for the figures of docs/PERFORMANCE.md.
 *
 * <p>Run: {@code java -cp actorgraph.jar org.actorgraph.bench.LoadProbe inc IN.nq STORE [BATCH]
 * [ROUNDS]} reads the article graphs into memory first (not timed) and stores them through {@link
 * Tdb2Sink} in the batches it asks for (or of BATCH articles), ROUNDS times (a second round
 * replaces every graph); {@code ... LoadProbe bulk IN.nq STORE [sequential|phased|parallel]} runs
 * {@link BulkLoader}; {@code ... LoadProbe parse IN.nq -} only parses. Prints one {@code key=value}
 * line per load.
 */
public final class LoadProbe {

  private LoadProbe() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println(
          "usage: LoadProbe inc IN.nq STORE [BATCH] [ROUNDS] | bulk IN.nq STORE [KIND]");
      System.exit(2);
    }
    Path in = Path.of(args[1]);
    Path dir = Path.of(args[2]);
    String quadIndexes = System.getProperty("quadIndexes");
    if (quadIndexes != null) {
      // experiment: a new store with only these quad indexes (TDB2 keeps the connection cached, so
      // the store opened below uses it)
      org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
          org.apache.jena.dboe.base.file.Location.create(dir.resolve("tdb2").toString()),
          org.apache.jena.tdb2.params.StoreParams.builder()
              .quadIndexes(quadIndexes.split(","))
              .build());
    }
    if (args[0].equals("inc")) {
      int batch = args.length > 3 ? Integer.parseInt(args[3]) : 0;
      int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
      List<ArticleGraph> graphs = LoadTimer.readNquads(in);
      try (ActorgraphStore store = ActorgraphStore.open(dir)) {
        for (int round = 1; round <= rounds; round++) {
          GraphSink sink = new Tdb2Sink(store);
          LoadTimer.Timing t = LoadTimer.load(graphs, batch > 0 ? new Fixed(sink, batch) : sink);
          print("inc", round, t);
        }
      }
    } else if (args[0].equals("bulk")) {
      BulkLoader.Kind kind =
          args.length > 3
              ? BulkLoader.Kind.valueOf(args[3].toUpperCase(Locale.ROOT))
              : BulkLoader.Kind.SEQUENTIAL;
      try (ActorgraphStore store = ActorgraphStore.open(dir)) {
        long cpu0 = LoadTimer.cpuNanos();
        long main0 = threadNanos();
        BulkLoader.Result r = BulkLoader.load(store, List.of(in), kind);
        System.out.printf(Locale.ROOT, "main_thread_cpu_s=%.2f ", (threadNanos() - main0) / 1e9);
        print(
            "bulk-" + kind.name().toLowerCase(Locale.ROOT),
            1,
            new LoadTimer.Timing(
                r.replaced(),
                r.quads(),
                r.time(),
                java.time.Duration.ofNanos(LoadTimer.cpuNanos() - cpu0)));
      }
    } else if (args[0].equals("parse")) {
      // what one more read of the file costs (bulk-load's search for graphs to replace)
      long[] n = new long[1];
      long cpu0 = LoadTimer.cpuNanos();
      long t0 = System.nanoTime();
      org.apache.jena.riot.RDFParser.source(in)
          .parse(
              new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                  n[0]++;
                }
              });
      print(
          "parse",
          1,
          new LoadTimer.Timing(
              0,
              n[0],
              java.time.Duration.ofNanos(System.nanoTime() - t0),
              java.time.Duration.ofNanos(LoadTimer.cpuNanos() - cpu0)));
    } else {
      System.err.println("unknown mode " + args[0]);
      System.exit(2);
    }
  }

  /** CPU time of the calling thread: on an idle machine, the loader's critical path. */
  private static long threadNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void print(String mode, int round, LoadTimer.Timing t) {
    System.out.printf(
        Locale.ROOT,
        "mode=%s round=%d graphs=%d quads=%d wall_s=%.2f cpu_s=%.2f quads_per_s=%.0f"
            + " quads_per_cpu_s=%.0f%n",
        mode,
        round,
        t.graphs(),
        t.triples(),
        t.wall().toNanos() / 1e9,
        t.cpu().toNanos() / 1e9,
        t.triplesPerSecond(),
        t.triplesPerCpuSecond());
  }

  /** A sink with a fixed number of articles per batch. */
  private record Fixed(GraphSink sink, int articles) implements GraphSink {
    @Override
    public void put(Node name, Graph content) {
      sink.put(name, content);
    }

    @Override
    public Map<Integer, String> putAll(List<ArticleGraph> graphs) {
      return sink.putAll(graphs);
    }

    @Override
    public Batching batching() {
      return new Batching(articles, Long.MAX_VALUE);
    }

    @Override
    public void close() {
      sink.close();
    }
  }
}
