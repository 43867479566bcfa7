package org.actorgraph.cli;

import java.util.concurrent.Callable;
import org.actorgraph.server.ActorgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code actorgraph serve}: the store on an embedded Fuseki. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store on an embedded Fuseki: /kg (public, read only), /kg-admin (login), and"
            + " the Fuseki query editor at /. Runs until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    store.requireExisting();
    server.requirePortFree();
    ActorgraphServer s = server.build(store.dir, System.out).start();
    Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    ServerOptions.announce(s, System.out);
    s.fusekiServer().join();
    return Main.OK;
  }
}
