package org.actorgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.RdfFileSink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Streams N synthetic articles (one {@code .jsonl} file) through the standard pipeline, parser off,
 * into N-Quads that are thrown away, and measures the used heap after a full GC once 10% and once
 * 90% of the articles are stored: flat memory means the two are about the same. Meant to run in a
 * JVM of its own with a fixed {@code -Xmx}:
 *
 * <pre>
 * java -Xmx768m -cp actorgraph.jar org.actorgraph.bench.HeapProbe ARTICLES [SEED]
 * </pre>
 *
 * <p>Prints one line: {@code articles=N seconds=S heapAt10=B heapAt90=B peakHeap=B} (bytes).
 */
public final class HeapProbe {

  private HeapProbe() {}

  /** The measured figures. */
  public record Result(long articles, double seconds, long heapAt10, long heapAt90, long peakHeap) {
    /** The line {@link #main} prints, and {@link #parse} reads. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "articles=%d seconds=%.1f heapAt10=%d heapAt90=%d peakHeap=%d",
          articles,
          seconds,
          heapAt10,
          heapAt90,
          peakHeap);
    }

    /** Reads a {@link #line()}. */
    public static Result parse(String line) {
      java.util.Map<String, String> kv = new java.util.HashMap<>();
      for (String part : line.trim().split(" ")) {
        String[] p = part.split("=", 2);
        kv.put(p[0], p[1]);
      }
      return new Result(
          Long.parseLong(kv.get("articles")),
          Double.parseDouble(kv.get("seconds")),
          Long.parseLong(kv.get("heapAt10")),
          Long.parseLong(kv.get("heapAt90")),
          Long.parseLong(kv.get("peakHeap")));
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HeapProbe ARTICLES [SEED]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    System.out.println(run(n, seed).line());
  }

  /** Generates, extracts and measures, in this JVM. */
  public static Result run(long n, long seed) throws IOException {
    Path file = Files.createTempFile("actorgraph-heap", ".jsonl");
    try {
      CorpusWriter.writeJsonLines(
          new SyntheticCorpus(seed).articles(n).map(SyntheticArticle::article), file);
      ExtractorConfig config = ExtractorConfig.defaults().withParse(false);
      Sampling sink = new Sampling(n);
      long start = System.nanoTime();
      new BatchRun(
              Pipeline.standard(config),
              new RunInfo("https://example.org/run/heap", "probe", Instant.now()),
              config.threads())
          .run(
              new Inputs(config.maxArticleBytes()),
              List.of(file),
              System.in,
              sink,
              (a, b, c) -> {});
      double secs = (System.nanoTime() - start) / 1e9;
      return new Result(sink.stored, secs, sink.at10, sink.at90, peakHeap());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The largest heap in use so far (sum of the heap pools' peaks). */
  public static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Used heap after a full collection. */
  public static long usedAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Writes N-Quads to nowhere, sampling the heap at 10% and 90% of the articles. */
  private static final class Sampling implements GraphSink {
    private final long n;
    private final GraphSink out =
        new RdfFileSink(OutputStream.nullOutputStream(), RdfFileSink.Format.NQUADS);
    long stored;
    long at10;
    long at90;

    Sampling(long n) {
      this.n = n;
    }

    @Override
    public void put(Node name, Graph content) {
      out.put(name, content);
      stored++;
      if (stored == Math.max(1, n / 10)) {
        at10 = usedAfterGc();
      }
      if (stored == Math.max(1, n * 9 / 10)) {
        at90 = usedAfterGc();
      }
    }

    @Override
    public void close() {
      out.close();
    }
  }
}
