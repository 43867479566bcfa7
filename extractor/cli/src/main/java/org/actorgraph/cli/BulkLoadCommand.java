package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.sink.RdfFileSink;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.BulkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code actorgraph bulk-load}: for large archives, extract to N-Quads first, then load them with
 * TDB2's bulk loader and index their text.
 *
 * <p>Design decision: a command of its own rather than {@code load --bulk}. The two differ in what
 * a user can rely on: {@code load} commits every batch of articles (an interrupted load keeps what
 * was committed, a server can read meanwhile, {@code --remote} works), while a bulk load is one
 * operation on a store nobody else uses, all or nothing, with an N-Quads file in between that can
 * be kept and loaded again ({@code --from-nquads}). Options that mean nothing for one of them
 * ({@code --remote}, {@code --nquads}) would otherwise have to be refused in combination.
 *
 * <p>No compaction afterwards, unlike {@code load}: the bulk loader writes each index once, so a
 * bulk-loaded store is already within a few percent of its compacted size (docs/PERFORMANCE.md),
 * and compacting would take about as long again as the load.
 */
@Command(
    name = "bulk-load",
    mixinStandardHelpOptions = true,
    description =
        "Extract articles to N-Quads, then load them into a local TDB2 store with its bulk loader"
            + " and index their text (one named graph per article, as 'load' does; re-loaded"
            + " articles replace their graphs). Faster than 'load' for large archives; the store"
            + " must not be in use.")
final class BulkLoadCommand implements Callable<Integer> {

  @Mixin ExtractOptions options;

  @Mixin StoreOption store;

  @Option(
      names = "--nquads",
      paramLabel = "FILE",
      description = "Keep the extracted N-Quads in FILE (default: a temporary file, deleted).")
  Path nquads;

  @Option(
      names = "--from-nquads",
      description = "The inputs are N-Quads files already extracted: load them as they are.")
  boolean fromNquads;

  @Option(
      names = "--loader",
      description =
          "TDB2 bulk loader: phased, parallel or sequential (default: ${DEFAULT-VALUE}, the fastest on 2"
              + " cores; phased and parallel use more threads and memory).",
      defaultValue = "sequential")
  String loader;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (fromNquads) {
      load(options.inputs, err);
      return Main.OK;
    }
    Path file = nquads != null ? nquads : Files.createTempFile("actorgraph-bulk", ".nq");
    try {
      BatchRun.Summary summary;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
          RdfFileSink sink = new RdfFileSink(out, RdfFileSink.Format.NQUADS)) {
        summary = Runs.extractInto(options.config(), options.inputs, sink);
      }
      int code = Reports.summarise(summary, err);
      load(List.of(file), err);
      return code;
    } finally {
      if (nquads == null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private BulkLoader.Kind kind() {
    try {
      return BulkLoader.Kind.valueOf(loader.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--loader: expected phased, parallel or sequential (found '" + loader + "')", e);
    }
  }

  private void load(List<Path> files, PrintWriter err) {
    BulkLoader.Result r;
    try (ActorgraphStore s = ActorgraphStore.open(store.dir)) {
      r = BulkLoader.load(s, files, kind());
    }
    double secs = r.time().toNanos() / 1e9;
    err.printf(
        "bulk loaded %d quads (%d text entries, %d graphs replaced) in %.1f s: %.0f quads/s"
            + " (of which %.1f s rebuilding the summary)%n",
        r.quads(),
        r.indexed(),
        r.replaced(),
        secs,
        r.quads() / secs,
        r.summaryTime().toNanos() / 1e9);
    err.flush();
  }
}
