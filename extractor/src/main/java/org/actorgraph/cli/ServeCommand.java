package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.server.ActorgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code actorgraph serve}: the store on an embedded Fuseki. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store on an embedded Fuseki: /kg (public, read only), /kg-admin (login), and"
            + " the Fuseki query editor at /. Runs until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Data folder of the TDB2 store (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  Path store;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    ActorgraphServer s = server.build(store).start();
    Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    ServerOptions.announce(s, System.out);
    s.fusekiServer().join();
    return Main.OK;
  }
}
