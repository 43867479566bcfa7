package org.actorgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.Tdb2Sink;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code actorgraph benchmark}: measures extraction and loading speed on copies of real articles
 * (each copy gets its own URL, so its own graph), after a warm-up.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Measure speed: extract N copies of the given articles (default: samples/) in memory, then"
            + " extract and load them into a fresh TDB2 store in a temporary folder.")
final class BenchmarkCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Articles to copy (default: samples/).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--articles",
      description = "Articles per measured run (default: ${DEFAULT-VALUE}).",
      defaultValue = "300")
  int articles;

  @Option(names = "--threads", description = "Worker threads (default: number of processors).")
  Integer threads;

  @Option(
      names = "--no-parse",
      description =
          "Skip the dependency parser (by default sentences with two or more actors are parsed).")
  boolean noParse;

  @Override
  public Integer call() throws IOException {
    ExtractorConfig config = ExtractorConfig.defaults().withParse(!noParse);
    if (threads != null) {
      config = config.withThreads(threads);
    }
    List<Article> originals =
        read(inputs.isEmpty() ? List.of(Home.dir().resolve("samples")) : inputs, config);
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no articles to benchmark");
    }
    Path tmp = Files.createTempDirectory("actorgraph-bench");
    try {
      List<Path> files = copies(originals, articles, tmp.resolve("in"));
      long chars = 0;
      for (Path f : files) {
        chars += Files.size(f);
      }
      Pipeline pipeline = Pipeline.standard(config);
      RunInfo run = Runs.newRun(config);
      Inputs in = new Inputs(config.maxArticleBytes());
      System.out.printf(
          "benchmark: %d articles (%d distinct), %.1f MB, %d threads, %d cores%n",
          files.size(),
          originals.size(),
          chars / 1e6,
          config.threads(),
          Runtime.getRuntime().availableProcessors());
      measure(
          "warm-up (not counted)",
          pipeline,
          run,
          in,
          files.subList(0, Math.min(50, files.size())),
          config,
          new NullSink(),
          chars);
      measure("extract to graphs", pipeline, run, in, files, config, new NullSink(), chars);
      try (ActorgraphStore store = ActorgraphStore.open(tmp.resolve("store"))) {
        measure(
            "extract + load TDB2", pipeline, run, in, files, config, new Tdb2Sink(store), chars);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }

  private static void measure(
      String what,
      Pipeline pipeline,
      RunInfo run,
      Inputs in,
      List<Path> files,
      ExtractorConfig config,
      GraphSink sink,
      long chars) {
    BatchRun.Summary s =
        new BatchRun(pipeline, run, config.threads())
            .run(in, files, System.in, sink, (a, b, c) -> {});
    double secs = s.time().toNanos() / 1e9;
    System.out.printf(
        "%-22s %6d articles in %6.2f s: %7.1f articles/s, %6.1f triples/s x1000, %d errors%n",
        what,
        s.articles(),
        secs,
        s.articles() / secs,
        s.triples() / secs / 1000,
        s.problems().size());
  }

  private static List<Article> read(List<Path> paths, ExtractorConfig config) {
    Inputs in = new Inputs(config.maxArticleBytes());
    List<Article> out = new ArrayList<>();
    for (Path f : in.expand(paths, p -> System.err.println("error: " + p))) {
      in.read(f, out::add, p -> System.err.println("error: " + p));
    }
    return out;
  }

  /** Writes {@code n} copies as .txt files, each with its own URL header. */
  private static List<Path> copies(List<Article> originals, int n, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = originals.get(i % originals.size());
      Path f = dir.resolve(String.format("a%06d.txt", i));
      String header =
          "URL: https://bench.invalid/"
              + i
              + "\n"
              + a.published().map(d -> "DATE: " + d + "\n").orElse("")
              + "\n";
      Files.writeString(f, header + a.body());
      files.add(f);
    }
    return files;
  }

  /** Discards graphs: measures extraction alone. */
  private static final class NullSink implements GraphSink {
    @Override
    public void put(Node name, Graph content) {
      Optional.of(content.size());
    }

    @Override
    public void close() {}
  }
}
