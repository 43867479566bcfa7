package org.actorgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreCompactor;
import org.actorgraph.store.StoreConfig;
import org.actorgraph.store.StoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph summarise}: rebuilds (or checks) the summary of a local store. */
@Command(
    name = "summarise",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the store's summary (the counts that actors, facts-by-number-of-sources and"
            + " co-occurrence-network read) from its article graphs; with --check, compare the"
            + " stored summary with a rebuild instead and exit 1 if they differ. Loads, removals"
            + " and bulk loads keep the summary themselves: this is for stores built before it.")
final class SummariseCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--check", description = "Compare only; change nothing.")
  boolean check;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    store.requireExisting();
    PrintWriter err = spec.commandLine().getErr();
    try (ActorgraphStore s = ActorgraphStore.open(store.dir)) {
      long start = System.nanoTime();
      if (check) {
        List<String> diffs = StoreSummary.check(s.dataset().asDatasetGraph(), 20);
        diffs.forEach(err::println);
        err.printf(
            "%s in %.1f s%n",
            diffs.isEmpty() ? "the summary matches the article graphs" : "the summary differs",
            (System.nanoTime() - start) / 1e9);
        err.flush();
        return diffs.isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
      }
      long before = StoreCompactor.bytes(store.dir.resolve(StoreConfig.TDB2_FOLDER));
      StoreSummary.Result r = StoreSummary.rebuild(s.dataset().asDatasetGraph());
      long after = StoreCompactor.bytes(store.dir.resolve(StoreConfig.TDB2_FOLDER));
      err.printf(
          "summarised %d article graphs: %d summary triples in %.1f s; the store grew by %.1f MB%n",
          r.articles(), r.triples(), (System.nanoTime() - start) / 1e9, (after - before) / 1e6);
      err.flush();
    }
    return Main.OK;
  }
}
