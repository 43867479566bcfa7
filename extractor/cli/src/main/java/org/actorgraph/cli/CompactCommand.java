package org.actorgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.actorgraph.store.StoreCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code actorgraph compact}: TDB2 compaction of a local store. */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description =
        "Compact the TDB2 store (a new generation with only live data; the old one is deleted)."
            + " The store must not be in use by a server or another command.")
final class CompactCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    report(StoreCompactor.compact(store.dir), spec.commandLine().getErr());
    return Main.OK;
  }

  /** Prints "compacted the store: 4.6 GB -> 531 MB in 27.0 s". */
  static void report(StoreCompactor.Result r, PrintWriter err) {
    err.printf(
        "compacted the store: %s -> %s in %.1f s%n",
        megabytes(r.bytesBefore()), megabytes(r.bytesAfter()), r.time().toMillis() / 1000.0);
    err.flush();
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }
}
