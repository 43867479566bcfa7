package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.actorgraph.bench.BenchmarkReport;
import org.actorgraph.bench.CorpusWriter;
import org.actorgraph.bench.DiskUsage;
import org.actorgraph.bench.HeapProbe;
import org.actorgraph.bench.LoadTimer;
import org.actorgraph.bench.QueryExample;
import org.actorgraph.bench.QueryTimer;
import org.actorgraph.bench.SyntheticArticle;
import org.actorgraph.bench.SyntheticCorpus;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.RdfFileSink;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.BulkLoader;
import org.actorgraph.store.StoreCompactor;
import org.actorgraph.store.StoreConfig;
import org.actorgraph.store.Tdb2Sink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code actorgraph benchmark}: extraction speed on one thread and on all cores, incremental and
 * bulk loading speed, store size per quad before and after compaction, query latencies and peak
 * heap, on copies of real articles (each copy with its own URL, so its own graph) or on a synthetic
 * corpus, after a warm-up. See docs/PERFORMANCE.md.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Measure speed: extract N articles (copies of the given ones, default samples/, or"
            + " --synthetic N) on 1 thread and on all cores, load them into fresh TDB2 stores"
            + " incrementally and in bulk, compact, and time every query of queries/.")
final class BenchmarkCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Articles to copy (default: samples/).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--articles",
      description = "Articles per measured run, when copying (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int articles;

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      description = "Use N synthetic articles (see 'generate') instead of copies.")
  Integer synthetic;

  @Option(
      names = "--seed",
      description = "Seed of --synthetic (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(names = "--threads", description = "Worker threads (default: number of processors).")
  Integer threads;

  @Option(
      names = "--no-parse",
      description =
          "Skip the dependency parser (by default sentences with two or more actors are parsed).")
  boolean noParse;

  @Option(
      names = "--query-runs",
      description = "Timed runs of each query (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int queryRuns;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the figures to FILE (JSON if it ends in .json, else text).")
  Path report;

  @Option(
      names = "--queries-on",
      paramLabel = "DIR",
      description =
          "Only time the queries, on the existing store in DIR (e.g. one filled by bulk-load"
              + " with 10k articles).")
  Path queriesOn;

  @Option(
      names = "--param",
      paramLabel = "QUERY.VAR=VALUE",
      description =
          "Time a query with this parameter value instead of its header's example (repeatable;"
              + " VAR=VALUE alone sets it for every query that has VAR), e.g."
              + " --param why.name='Vladimir Putin'.")
  Map<String, String> params = new java.util.LinkedHashMap<>();

  @Option(
      names = "--library",
      paramLabel = "DIR",
      description =
          "With --queries-on: time the files DIR/NAME.rq instead of the built-in queries of the"
              + " same names (e.g. an older version of queries/).")
  Path library;

  @Option(
      names = "--query",
      paramLabel = "NAME",
      description = "With --queries-on: time only these queries (repeatable; default: all).")
  List<String> only = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (queriesOn != null) {
      BenchmarkReport r = new BenchmarkReport();
      try (ActorgraphStore store = ActorgraphStore.open(queriesOn)) {
        timeQueries(store, r, System.out);
      }
      if (report != null) {
        r.write(report);
      }
      return Main.OK;
    }
    ExtractorConfig config = ExtractorConfig.defaults().withParse(!noParse);
    if (threads != null) {
      config = config.withThreads(threads);
    }
    Path tmp = Files.createTempDirectory("actorgraph-bench");
    BenchmarkReport r = new BenchmarkReport();
    PrintStream out = System.out;
    try {
      Path in = tmp.resolve("in");
      List<Path> files = synthetic != null ? synthetic(synthetic, in) : copies(config, in);
      long words = 0;
      for (Path f : files) {
        words += Files.readString(f).split("\\s+").length;
      }
      Pipeline pipeline = Pipeline.standard(config);
      RunInfo run = Runs.newRun(config);
      Inputs reader = new Inputs(config.maxArticleBytes());
      out.println(r.put("articles", files.size()));
      out.println(r.put("source", synthetic != null ? "synthetic, seed " + seed : "copies"));
      out.println(r.put("words", words));
      out.println(r.put("cores", Runtime.getRuntime().availableProcessors()));
      out.println(r.put("parser", config.parse()));
      BatchRun.Summary warm =
          new BatchRun(pipeline, run, config.threads())
              .run(
                  reader,
                  files.subList(0, Math.min(50, files.size())),
                  System.in,
                  new NullSink(),
                  (a, b, c) -> {});
      out.println(r.put("warm-up articles (not counted)", warm.articles()));
      for (int t : List.of(1, config.threads())) {
        BatchRun.Summary s =
            new BatchRun(pipeline, run, t)
                .run(reader, files, System.in, new NullSink(), (a, b, c) -> {});
        double secs = s.time().toNanos() / 1e9;
        out.println(r.put("extract " + t + " thread(s): articles/s", s.articles() / secs));
        out.println(r.put("extract " + t + " thread(s): words/s", words / secs));
      }
      loads(pipeline, run, reader, files, config, tmp, r, out);
      out.println(r.put("peak heap MB", HeapProbe.peakHeap() / 1e6));
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (report != null) {
      r.write(report);
      out.println("report written to " + report);
    }
    return Main.OK;
  }

  /** Incremental and bulk loads, compaction, and the query latencies on the compacted store. */
  private void loads(
      Pipeline pipeline,
      RunInfo run,
      Inputs reader,
      List<Path> files,
      ExtractorConfig config,
      Path tmp,
      BenchmarkReport r,
      PrintStream out) {
    Path inc = tmp.resolve("incremental");
    BatchRun.Summary s;
    try (ActorgraphStore store = ActorgraphStore.open(inc)) {
      s =
          new BatchRun(pipeline, run, config.threads())
              .run(reader, files, System.in, new Tdb2Sink(store), (a, b, c) -> {});
    }
    double secs = s.time().toNanos() / 1e9;
    out.println(r.put("extract + incremental load: articles/s", s.articles() / secs));
    out.println(r.put("incremental load: quads", s.triples()));
    long quads = s.triples();
    Path incTdb = inc.resolve(StoreConfig.TDB2_FOLDER);
    allocated("store allocated bytes/quad before compaction", incTdb, quads, r, out);
    StoreCompactor.Result c = StoreCompactor.compact(inc);
    allocated("store allocated bytes/quad after compaction", incTdb, quads, r, out);
    out.println(r.put("store file bytes/quad before compaction", (double) c.bytesBefore() / quads));
    out.println(r.put("store file bytes/quad after compaction", (double) c.bytesAfter() / quads));
    out.println(r.put("compaction s", c.time().toNanos() / 1e9));

    Path nq = tmp.resolve("bulk.nq");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16);
        RdfFileSink nquads = new RdfFileSink(o, RdfFileSink.Format.NQUADS)) {
      new BatchRun(pipeline, run, config.threads())
          .run(reader, files, System.in, nquads, (a, b, c2) -> {});
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // the load alone: the same graphs, read back from the N-Quads, stored as 'load' stores them
    // but without extraction sharing the cores (docs/PERFORMANCE.md)
    Path alone = tmp.resolve("incremental-alone");
    LoadTimer.Timing t;
    try (ActorgraphStore store = ActorgraphStore.open(alone)) {
      t = LoadTimer.load(LoadTimer.readNquads(nq), new Tdb2Sink(store));
    }
    out.println(r.put("incremental load alone: triples/s", t.triplesPerSecond()));
    out.println(r.put("incremental load alone: CPU s", t.cpu().toNanos() / 1e9));
    out.println(r.put("incremental load alone: triples/CPU s", t.triplesPerCpuSecond()));
    Path bulk = tmp.resolve("bulk");
    BulkLoader.Result b;
    long cpu0;
    long cpu;
    try (ActorgraphStore store = ActorgraphStore.open(bulk)) {
      cpu0 = LoadTimer.cpuNanos();
      b = BulkLoader.load(store, List.of(nq));
      cpu = LoadTimer.cpuNanos() - cpu0;
    }
    out.println(r.put("bulk load alone: triples/s", b.quads() / (b.time().toNanos() / 1e9)));
    out.println(r.put("bulk load alone: CPU s", cpu / 1e9));
    out.println(r.put("bulk load alone: triples/CPU s", b.quads() / (cpu / 1e9)));
    allocated(
        "store allocated bytes/quad after bulk load",
        bulk.resolve(StoreConfig.TDB2_FOLDER),
        b.quads(),
        r,
        out);
    out.println(
        r.put(
            "store file bytes/quad after bulk load",
            (double) StoreCompactor.bytes(bulk.resolve(StoreConfig.TDB2_FOLDER)) / b.quads()));

    try (ActorgraphStore store = ActorgraphStore.open(inc)) {
      timeQueries(store, r, out);
    }
  }

  private void timeQueries(ActorgraphStore store, BenchmarkReport r, PrintStream out) {
    for (QueryExample q : QueryExample.library(library, params)) {
      if (!only.isEmpty() && !only.contains(q.name())) {
        continue;
      }
      out.println(r.put("query " + q.name() + " parameters", String.valueOf(q.parameters())));
      QueryTimer.Latency l;
      try {
        l = QueryTimer.time(store.dataset(), q, queryRuns);
      } catch (org.apache.jena.query.QueryCancelledException e) {
        out.println(r.put("query " + q.name() + " timed out", "over the store's query timeout"));
        continue;
      }
      out.println(r.put("query " + q.name() + " first run ms", l.firstMs()));
      out.println(r.put("query " + q.name() + " median ms", l.medianMs()));
      out.println(r.put("query " + q.name() + " median CPU ms", l.cpuMedianMs()));
      out.println(r.put("query " + q.name() + " p95 ms", l.p95Ms()));
      out.println(r.put("query " + q.name() + " rows", l.rows()));
    }
  }

  /** Records the allocated (du) size per quad, where du is available. */
  private static void allocated(
      String key, Path dir, long quads, BenchmarkReport r, PrintStream out) {
    DiskUsage.allocated(dir).ifPresent(bytes -> out.println(r.put(key, (double) bytes / quads)));
  }

  private List<Path> synthetic(int n, Path dir) throws IOException {
    Path f = dir.resolve("synthetic.jsonl");
    CorpusWriter.writeJsonLines(
        new SyntheticCorpus(seed).articles(n).map(SyntheticArticle::article), f);
    // one file an article, so that the warm-up can take the first 50
    List<Path> files = new ArrayList<>();
    Inputs in = new Inputs(Inputs.DEFAULT_MAX_BYTES);
    in.read(f, a -> files.add(write(dir, a)), p -> System.err.println("error: " + p));
    Files.delete(f);
    return files;
  }

  private List<Path> copies(ExtractorConfig config, Path dir) throws IOException {
    List<Article> originals =
        read(inputs.isEmpty() ? List.of(Home.dir().resolve("samples")) : inputs, config);
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no articles to benchmark");
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Article a = originals.get(i % originals.size());
      files.add(
          write(
              dir,
              new Article(
                  String.format("a%06d", i),
                  a.origin(),
                  java.util.Optional.of("https://bench.invalid/" + i),
                  a.title(),
                  a.published(),
                  a.author(),
                  a.source(),
                  a.body())));
    }
    return files;
  }

  private static Path write(Path dir, Article a) {
    Path f = dir.resolve(a.id() + ".txt");
    try {
      Files.writeString(f, CorpusWriter.text(a));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return f;
  }

  private static List<Article> read(List<Path> paths, ExtractorConfig config) {
    Inputs in = new Inputs(config.maxArticleBytes());
    List<Article> out = new ArrayList<>();
    for (Path f : in.expand(paths, p -> System.err.println("error: " + p))) {
      in.read(f, out::add, p -> System.err.println("error: " + p));
    }
    return out;
  }

  /** Discards graphs: measures extraction alone. */
  private static final class NullSink implements GraphSink {
    @Override
    public void put(Node name, Graph content) {
      content.size();
    }

    @Override
    public void close() {}
  }
}
