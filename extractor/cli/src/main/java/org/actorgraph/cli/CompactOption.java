package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.actorgraph.store.StoreCompactor;
import picocli.CommandLine.Option;

/**
 * The compaction options of the commands that load a local store: after a large load the store is
 * compacted (every batch transaction leaves copies of B+tree blocks behind: a store loaded in
 * batches of 50 articles was five times the size of its data, in batches of 1,000 about 1.4 times).
 */
final class CompactOption {

  /** Loads of more articles than this are followed by a compaction unless it is turned off. */
  static final int DEFAULT_THRESHOLD = 1000;

  @Option(
      names = "--no-compact",
      description = "Do not compact the store after a large load (see --compact-above).")
  boolean noCompact;

  @Option(
      names = "--compact-above",
      paramLabel = "N",
      description =
          "Compact the store after loading more than N articles (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + DEFAULT_THRESHOLD)
  int threshold;

  /** Compacts the (closed) store in {@code dataDir} if {@code articles} is above the threshold. */
  void afterLoad(Path dataDir, int articles, PrintWriter err) {
    if (noCompact || articles <= threshold) {
      return;
    }
    err.printf("%d articles loaded (more than %d): compacting the store%n", articles, threshold);
    err.flush();
    CompactCommand.report(StoreCompactor.compact(dataDir), err);
  }
}
