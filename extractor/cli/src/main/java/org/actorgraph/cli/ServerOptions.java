package org.actorgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.server.PortOwners;
import org.actorgraph.server.guard.PasswordFile;
import org.actorgraph.server.linked.LinkedDataSettings;
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
          "Password file for the admin service (user: password per line). Default: STORE/passwd,"
              + " made with a random admin password, readable only by you, on first start.")
  Path passwd;

  @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
  boolean localhost;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description =
          "Base of the data IRIs served under /id/ (default: the extractor's default base).")
  String base;

  @Option(
      names = "--data-licence",
      paramLabel = "IRI",
      description = "Licence of the data, stated in the dataset description (/.well-known/void).")
  String dataLicence;

  @Option(
      names = "--allow-demo-password",
      description =
          "Listen on every interface even though the password file has the demo password of"
              + " fuseki-config/passwd, which is public. Never on a network others can reach.")
  boolean allowDemoPassword;

  /**
   * Fails, before anything is opened or created, when the port is taken, naming the process that
   * holds it when it can be found.
   */
  void requirePortFree() {
    if (!PortOwners.isFree(port, localhost)) {
      throw new IllegalStateException(PortOwners.describe(port));
    }
  }

  /** {@code serve}: the options as given. */
  ActorgraphServer build(Path dataDir, PrintStream out) {
    return build(dataDir, out, false);
  }

  /**
   * Builds the server. The password file is {@code --passwd}, else (for {@code demo}, which listens
   * on 127.0.0.1 only) the demo's {@code fuseki-config/passwd}, else {@code dataDir/passwd}, made
   * with a random password when it does not exist.
   */
  ActorgraphServer build(Path dataDir, PrintStream out, boolean demo) {
    boolean loopback = localhost || demo;
    Path pw = passwordFile(dataDir, out, demo);
    checkPassword(pw, loopback, allowDemoPassword);
    if (!loopback && allowDemoPassword && PasswordFile.hasDemoPassword(pw)) {
      out.println(
          "WARNING: serving on every interface with the public demo admin password of " + pw);
    }
    ActorgraphServer.Builder b =
        ActorgraphServer.builder().port(port).dataDir(dataDir).localhostOnly(loopback);
    LinkedDataSettings linked = LinkedDataSettings.defaults();
    linked = base != null ? linked.withBase(base) : linked;
    b.linkedData(dataLicence != null ? linked.withLicence(dataLicence) : linked);
    Path cfg = config != null ? config : Home.file("fuseki-config/config.ttl").orElse(null);
    if (cfg != null) {
      b.configFile(cfg);
    }
    return b.passwordFile(pw).build();
  }

  private Path passwordFile(Path dataDir, PrintStream out, boolean demo) {
    if (passwd != null) {
      return passwd;
    }
    if (demo) {
      Path shipped = Home.file("fuseki-config/passwd").orElse(null);
      if (shipped != null) {
        return shipped;
      }
    }
    if (!Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException(dataDir + ": no such store folder");
    }
    Path generated = dataDir.resolve("passwd");
    if (PasswordFile.createIfAbsent(generated)) {
      out.println(
          "Generated a random admin password: user "
              + PasswordFile.ADMIN
              + ", password in "
              + generated.toAbsolutePath()
              + " (readable only by you).");
    } else {
      out.println("Admin login (user " + PasswordFile.ADMIN + "): password in " + generated);
    }
    return generated;
  }

  /**
   * Refuses the public demo password on a server that listens on every interface, unless {@code
   * allowDemo}.
   *
   * @throws IllegalArgumentException naming the file and the ways out
   */
  static void checkPassword(Path passwordFile, boolean loopback, boolean allowDemo) {
    if (!loopback && !allowDemo && PasswordFile.hasDemoPassword(passwordFile)) {
      throw new IllegalArgumentException(
          passwordFile
              + " has the demo admin password, which is public in the repository, and the server"
              + " would listen on every interface. Give your own password file (--passwd FILE, or"
              + " none to have one generated in the store folder), listen on 127.0.0.1 only"
              + " (--localhost), or, knowing that anyone who can reach the port can change the"
              + " data, --allow-demo-password.");
    }
  }

  static void announce(ActorgraphServer server, java.io.PrintStream out) {
    String base = "http://localhost:" + server.port();
    out.println();
    out.println("actorgraph is serving the knowledge graph:");
    out.println("  query editor (browser):  " + base + "/");
    out.println("  graph page (browser):    " + base + "/explore/");
    out.println("  SPARQL endpoint:         " + base + "/kg/sparql");
    out.println("  admin (update, login):   " + base + "/kg-admin");
    out.println("  ontology reference:      " + base + "/ns");
    out.println("  network exports:         " + base + "/export/{graphml,gexf,cyjs,csv}");
    out.println("  data IRIs (linked data): " + base + "/id/...");
    out.println("  dataset description:     " + base + "/.well-known/void");
    out.println("  full dump (N-Quads):     " + base + "/dump.nq.gz");
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
