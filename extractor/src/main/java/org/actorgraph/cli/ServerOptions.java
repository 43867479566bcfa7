package org.actorgraph.cli;

import java.nio.file.Path;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.server.PortOwners;
import picocli.CommandLine.Option;

/** Options shared by {@code serve} and {@code demo}. */
final class ServerOptions {

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "3030")
  int port;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Fuseki configuration (default: fuseki-config/config.ttl).")
  Path config;

  @Option(
      names = "--passwd",
      paramLabel = "FILE",
      description =
          "Password file for the admin service (default: fuseki-config/passwd; change it before"
              + " exposing the server).")
  Path passwd;

  @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
  boolean localhost;

  /**
   * Fails, before anything is opened or created, when the port is taken, naming the process that
   * holds it when it can be found.
   */
  void requirePortFree() {
    if (!PortOwners.isFree(port, localhost)) {
      throw new IllegalStateException(PortOwners.describe(port));
    }
  }

  ActorgraphServer build(Path dataDir) {
    ActorgraphServer.Builder b =
        ActorgraphServer.builder().port(port).dataDir(dataDir).localhostOnly(localhost);
    Path cfg = config != null ? config : Home.file("fuseki-config/config.ttl").orElse(null);
    if (cfg != null) {
      b.configFile(cfg);
    }
    Path pw = passwd != null ? passwd : Home.file("fuseki-config/passwd").orElse(null);
    if (pw != null) {
      b.passwordFile(pw);
    }
    return b.build();
  }

  static void announce(ActorgraphServer server, java.io.PrintStream out) {
    String base = "http://localhost:" + server.port();
    out.println();
    out.println("actorgraph is serving the knowledge graph:");
    out.println("  query editor (browser):  " + base + "/");
    out.println("  SPARQL endpoint:         " + base + "/kg/sparql");
    out.println("  admin (update, login):   " + base + "/kg-admin");
    out.println("  ontology reference:      " + base + "/ns");
    out.println();
    out.println("Example: every person and country in the graph:");
    out.println(
        "  curl -s "
            + base
            + "/kg/sparql -H 'Accept: text/csv' --data-urlencode 'query=PREFIX ag:"
            + " <https://w3id.org/actorgraph/ns#> PREFIX rdfs:"
            + " <http://www.w3.org/2000/01/rdf-schema#> SELECT ?type ?name WHERE { VALUES ?type {"
            + " ag:Person ag:Country } ?e a ?type ; rdfs:label ?name } ORDER BY ?type ?name'");
    out.println();
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
