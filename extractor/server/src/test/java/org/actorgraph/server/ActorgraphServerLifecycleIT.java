package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the server around the store, over the bundled configuration. */
class ActorgraphServerLifecycleIT {

  private static final String GRAPH = "urn:x:lifecycle";
  private static final String INSERT =
      "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> 'written by the server' } }";

  @TempDir Path dataDir;
  @TempDir Path secrets;

  private static int post(ActorgraphServer server, String path, String update, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update));
    if (auth != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private ActorgraphServer.Builder server() {
    return ActorgraphServer.builder().port(0).localhostOnly(true).dataDir(dataDir);
  }

  @Test
  void startingAServerOverAnOpenStoreSaysTheFolderIsInUse() {
    try (ActorgraphStore store = ActorgraphStore.open(dataDir)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, server()::build);
      assertTrue(e.getMessage().contains("already open"), e.getMessage());
    }
  }

  @Test
  void aStoppedServerLeavesItsWritesToTheStore() throws Exception {
    Path passwd = Files.writeString(secrets.resolve("passwd"), "admin: s3cret\n");
    try (ActorgraphServer server = server().passwordFile(passwd).build().start()) {
      assertEquals(204, post(server, "/kg-admin/update", INSERT, "admin:s3cret"));
    }

    try (ActorgraphStore store = ActorgraphStore.open(dataDir)) {
      Dataset ds = store.dataset();
      long size =
          Txn.calculateRead(
              ds, () -> (long) ds.asDatasetGraph().getGraph(NodeFactory.createURI(GRAPH)).size());
      assertEquals(1, size);
    }
  }

  @Test
  void aServerOverAFreshFolderServesTheVocabularies() {
    try (ActorgraphServer server = server().build().start()) {
      String query =
          "SELECT ?x { <https://w3id.org/actorgraph/cameo/04>"
              + " <http://www.w3.org/2004/02/skos/core#broader> ?x }";
      List<String> xs = new ArrayList<>();
      QueryExecHTTP.service("http://127.0.0.1:" + server.port() + "/kg/sparql")
          .query(query)
          .select()
          .forEachRemaining(b -> xs.add(b.get("x").getURI()));
      assertEquals(List.of("https://w3id.org/actorgraph/cameo/verbalCooperation"), xs);
    }
  }

  @Test
  void withoutAPasswordFileTheAdminServiceRefusesEveryone() throws Exception {
    try (ActorgraphServer server = server().build().start()) {
      int status = post(server, "/kg-admin", INSERT, "admin:anything");
      assertTrue(status == 401 || status == 403, "status " + status);
    }
  }

  @Test
  void anotherUserCanLogInButNotUseTheAdminService() throws Exception {
    Path passwd = Files.writeString(secrets.resolve("passwd"), "admin: s3cret\nreader: r3ad\n");
    try (ActorgraphServer server = server().passwordFile(passwd).build().start()) {
      assertEquals(403, post(server, "/kg-admin/update", INSERT, "reader:r3ad"));
    }
  }
}
