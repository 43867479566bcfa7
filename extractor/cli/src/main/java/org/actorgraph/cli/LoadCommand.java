package org.actorgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.RemoteGraphStoreSink;
import org.actorgraph.sink.RetryPolicy;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreConfig;
import org.actorgraph.store.Tdb2Sink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph load}: articles into a TDB2 store or a remote Fuseki. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Extract articles and load them into a TDB2 store (one transaction per batch of"
            + " articles), or into a remote store with the SPARQL Graph Store Protocol. Re-loading"
            + " an article replaces its graph.")
final class LoadCommand implements Callable<Integer> {

  @Mixin ExtractOptions options;

  @Mixin StoreOption store;

  @Mixin CompactOption compact;

  @Option(
      names = "--remote",
      paramLabel = "URL",
      description =
          "Graph Store Protocol endpoint instead of a local store, e.g."
              + " http://localhost:3030/kg-admin/data")
  String remote;

  @Mixin RemoteLoginOption login;

  @Option(
      names = "--retries",
      description =
          "Retries of a remote request that failed in a way that may pass (connection refused,"
              + " 5xx, 401) before giving up on the store (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int retries;

  @Option(
      names = "--retry-wait",
      paramLabel = "MS",
      description =
          "Wait before the first retry, doubled for each next one up to 30 s (default:"
              + " ${DEFAULT-VALUE} ms).",
      defaultValue = "1000")
  long retryWaitMillis;

  @Option(
      names = "--not-stored",
      paramLabel = "FILE",
      description =
          "Where to list the inputs whose articles were not stored, for a re-run with"
              + " 'load ... @FILE' (default: ${DEFAULT-VALUE}; written only when some were not).",
      defaultValue = "actorgraph-not-stored.txt")
  Path notStoredFile;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Articles per transaction (default: up to 1,000 articles or 500,000 triples, whichever"
              + " comes first). Smaller batches are committed sooner (a reader or an interrupted"
              + " load sees them) but cost more per triple and leave a larger store.")
  Integer batch;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private BatchRun.Summary summary;

  @Override
  public Integer call() throws IOException {
    ExtractorConfig config = options.config();
    if (remote != null) {
      RetryPolicy policy =
          new RetryPolicy(
              retries, Duration.ofMillis(retryWaitMillis), RetryPolicy.DEFAULT.maxWait());
      int code;
      try (GraphSink sink =
          new RemoteGraphStoreSink(remote, login.user(), login.password(), policy)) {
        code = run(config, sink);
      }
      Reports.remoteSummary(
          remote,
          login,
          summary.articles() > summary.notStored().size(),
          spec.commandLine().getErr());
      return code;
    }
    boolean existed = Files.isDirectory(store.dir.resolve(StoreConfig.TDB2_FOLDER));
    int code;
    try (ActorgraphStore s = ActorgraphStore.open(store.dir);
        GraphSink sink = new Tdb2Sink(s)) {
      if (!existed) {
        spec.commandLine()
            .getErr()
            .println("Created a new store in " + store.dir.toAbsolutePath().normalize());
      }
      code = run(config, sink);
    }
    compact.afterLoad(store.dir, summary.articles(), spec.commandLine().getErr());
    return code;
  }

  private int run(ExtractorConfig config, GraphSink sink) throws IOException {
    summary = Runs.extractInto(config, options.inputs, sink, batch);
    int code = Reports.summarise(summary, spec.commandLine().getErr());
    Reports.notStored(summary, options.inputs, notStoredFile, spec.commandLine().getErr());
    return code;
  }
}
