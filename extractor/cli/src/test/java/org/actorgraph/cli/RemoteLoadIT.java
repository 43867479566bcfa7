package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.server.ActorgraphServer;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --remote}: the Graph Store Protocol into a running Fuseki, with and without login.
 */
class RemoteLoadIT {

  private static final String SEED = "samples/seed-ecuador-noboa.txt";
  private static final String ASK_NOBOA =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#> PREFIX rdfs:"
          + " <http://www.w3.org/2000/01/rdf-schema#> ASK { ?p a ag:Person ; rdfs:label \"Daniel"
          + " Noboa\" }";

  private static final String ASK_COUNTED =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#> ASK { GRAPH <urn:x-arq:DefaultGraph> {"
          + " ?e ag:articleCount 1 } }";

  @TempDir Path dir;
  private ActorgraphServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    Path passwd = Files.writeString(dir.resolve("passwd"), "admin: s3cret\n");
    server =
        ActorgraphServer.builder()
            .port(0)
            .dataDir(dir.resolve("data"))
            .passwordFile(passwd)
            .localhostOnly(true)
            .build()
            .start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private boolean noboaServed() {
    try (var exec = QueryExecHTTP.service(base + "/kg/sparql").query(ASK_NOBOA).build()) {
      return exec.ask();
    }
  }

  @Test
  void loadsIntoARemoteStoreWithCredentials() throws IOException {
    Path pw = Files.writeString(dir.resolve("pw"), "s3cret\n");
    int code =
        Main.run(
            "load",
            "--remote",
            base + "/kg-admin/data",
            "--user",
            "admin",
            "--password-file",
            pw.toString(),
            SEED);
    assertEquals(Main.OK, code);
    assertTrue(noboaServed());
    try (var exec = QueryExecHTTP.service(base + "/kg/sparql").query(ASK_COUNTED).build()) {
      assertTrue(exec.ask(), "the server's summary counts the loaded article's actors");
    }
  }

  @Test
  void aRemoteLoadWithoutCredentialsIsRefusedAndReported() {
    int code =
        Main.run(
            "load",
            "--remote",
            base + "/kg-admin/data",
            "--retry-wait",
            "10",
            "--not-stored",
            dir.resolve("not-stored.txt").toString(),
            SEED);
    assertEquals(Main.SOME_INPUTS_FAILED, code);
    assertEquals(false, noboaServed());
  }
}
