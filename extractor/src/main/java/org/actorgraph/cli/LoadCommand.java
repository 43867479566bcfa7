package org.actorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.RemoteGraphStoreSink;
import org.actorgraph.sink.Tdb2Sink;
import org.actorgraph.store.ActorgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph load}: articles into a TDB2 store or a remote Fuseki. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Extract articles and load them into a TDB2 store (one transaction per article), or into"
            + " a remote store with the SPARQL Graph Store Protocol. Re-loading an article"
            + " replaces its graph.")
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

  @Option(names = "--user", description = "User for the remote store (HTTP basic auth).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the remote store password.")
  Path passwordFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private BatchRun.Summary summary;

  @Override
  public Integer call() throws IOException {
    ExtractorConfig config = options.config();
    if (remote != null) {
      try (GraphSink sink =
          new RemoteGraphStoreSink(remote, Optional.ofNullable(user), password())) {
        return run(config, sink);
      }
    }
    int code;
    try (ActorgraphStore s = ActorgraphStore.open(store.dir);
        GraphSink sink = new Tdb2Sink(s)) {
      code = run(config, sink);
    }
    compact.afterLoad(store.dir, summary.articles(), spec.commandLine().getErr());
    return code;
  }

  private Optional<char[]> password() throws IOException {
    if (passwordFile == null) {
      return Optional.empty();
    }
    String first =
        Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    return Optional.of(first.strip().toCharArray());
  }

  private int run(ExtractorConfig config, GraphSink sink) {
    summary = Runs.extractInto(config, options.inputs, sink);
    return Reports.summarise(summary, spec.commandLine().getErr());
  }
}
