package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises: the demo loads the samples and an HTTP query lists Daniel Noboa as a
 * person and Ecuador and the United States as countries; loading again changes nothing.
 */
class DemoIT {

  @TempDir Path data;

  private static final String PEOPLE_AND_COUNTRIES =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "SELECT ?type ?name WHERE { VALUES ?type { ag:Person ag:Country }"
          + " ?e a ?type ; rdfs:label ?name }";

  @Test
  void theDemoGraphAnswersOverHttp() {
    assertEquals(Main.OK, Main.run("demo", "--no-serve", "--store", data.toString()));
    ActorgraphServer server =
        ActorgraphServer.builder().port(0).dataDir(data).localhostOnly(true).build().start();
    try {
      Set<String> found = new HashSet<>();
      String endpoint = "http://127.0.0.1:" + server.port() + "/kg/sparql";
      try (var exec = QueryExecHTTP.service(endpoint).query(PEOPLE_AND_COUNTRIES).build()) {
        exec.select()
            .forEachRemaining(
                row ->
                    found.add(
                        row.get("type").getLocalName()
                            + ":"
                            + row.get("name").getLiteralLexicalForm()));
      }
      assertTrue(found.contains("Person:Daniel Noboa"), found.toString());
      assertTrue(found.contains("Country:Ecuador"), found.toString());
      assertTrue(found.contains("Country:United States"), found.toString());
    } finally {
      server.stop();
    }
  }

  @Test
  void loadingTheSameArticlesTwiceKeepsOneCopyOfTheirFacts() {
    String seed = "samples/seed-ecuador-noboa.txt";
    assertEquals(Main.OK, Main.run("load", "--store", data.toString(), seed));
    long first = quads();
    assertEquals(Main.OK, Main.run("load", "--store", data.toString(), seed));
    assertEquals(first, quads());
    assertTrue(first > 100, "the seed article yields a graph: " + first);
  }

  private long quads() {
    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      Dataset ds = store.dataset();
      return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }
  }
}
