package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.Tdb2Sink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph demo}: load the sample articles and serve them. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Extract the sample articles in samples/, load them into the store and serve it on an"
            + " embedded Fuseki on 127.0.0.1 (http://localhost:3030). Runs until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "The articles to load (default: samples/).")
  Path samples;

  @Option(names = "--no-serve", description = "Load the samples and stop (for scripts and tests).")
  boolean noServe;

  @Mixin ServerOptions server;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Path dir = samples != null ? samples : Home.dir().resolve("samples");
    if (!noServe) {
      server.requirePortFree();
    }
    ExtractorConfig config = ExtractorConfig.defaults();
    BatchRun.Summary summary;
    try (ActorgraphStore s = ActorgraphStore.open(store.dir);
        Tdb2Sink sink = new Tdb2Sink(s)) {
      summary = Runs.extractInto(config, List.of(dir), sink);
    }
    int code = Reports.summarise(summary, spec.commandLine().getErr());
    if (noServe) {
      return code;
    }
    ActorgraphServer s = server.build(store.dir, System.out, true).start();
    Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    ServerOptions.announce(s, System.out);
    s.fusekiServer().join();
    return code;
  }
}
