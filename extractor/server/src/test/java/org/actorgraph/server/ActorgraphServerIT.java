package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server over the repository's {@code fuseki-config/config.ttl} and {@code passwd},
 * with data written by {@link ActorgraphStore}, spoken to over HTTP on 127.0.0.1.
 */
class ActorgraphServerIT {

  private static final Path CONFIG = Path.of("fuseki-config/config.ttl");
  private static final Path PASSWD = Path.of("fuseki-config/passwd");
  private static final String ARTICLE = "https://w3id.org/actorgraph/id/article/00aa11bb22cc33dd";
  private static final String NOBOA = "https://w3id.org/actorgraph/id/entity/Q56240979";
  private static final String PREFIXES =
      """
      PREFIX ag: <https://w3id.org/actorgraph/ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX text: <http://jena.apache.org/text#>
      """;
  private static final String TRIG =
      PREFIXES
          + """
          <%s> {
            <%s> a ag:Person, ag:Actor ; rdfs:label "Daniel Noboa" .
            <%s#s0> a ag:Sentence ; ag:text "Daniel Noboa won the election in Ecuador." .
          }
          """
              .formatted(ARTICLE, NOBOA, ARTICLE);

  @TempDir static Path dataDir;
  private static ActorgraphServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void loadAndStart() {
    DatasetGraph trig = DatasetGraphFactory.create();
    RDFParser.fromString(TRIG, Lang.TRIG).parse(trig);
    try (ActorgraphStore store = ActorgraphStore.open(dataDir, CONFIG)) {
      trig.listGraphNodes().forEachRemaining((Node g) -> store.replaceGraph(g, trig.getGraph(g)));
    }
    server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(dataDir)
            .configFile(CONFIG)
            .passwordFile(PASSWD)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static List<String> select(String service, String query) {
    List<String> xs = new ArrayList<>();
    QueryExecHTTP.service(url(service))
        .query(PREFIXES + query)
        .select()
        .forEachRemaining(b -> xs.add(b.get("x").toString()));
    return xs;
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static HttpRequest.Builder update(String path, String update) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + update));
  }

  private static String adminPassword() throws IOException {
    Properties users = new Properties();
    users.load(new StringReader(Files.readString(PASSWD)));
    String entry = users.getProperty("admin");
    assertTrue(entry != null, PASSWD + ": no line for admin");
    return entry.split(",")[0].trim();
  }

  private static String basic(String user, String password) {
    String token = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aQueryOnKgSeesArticleGraphsThroughTheUnionDefaultGraph() {
    assertEquals(
        List.of(NOBOA), select("/kg", "SELECT ?x { ?x a ag:Person ; rdfs:label 'Daniel Noboa' }"));
  }

  @Test
  void aTextQueryOnKgFindsTheLabelAndTheSentence() {
    assertEquals(List.of(NOBOA), select("/kg", "SELECT ?x { ?x text:query (rdfs:label 'noboa') }"));
    assertEquals(
        List.of(ARTICLE + "#s0"),
        select("/kg", "SELECT ?x { ?x text:query (ag:text 'election') }"));
  }

  @Test
  void anAnonymousUpdateToKgIsRefused() {
    HttpResponse<String> r = send(update("/kg", "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }").build());

    // /kg has no update endpoint: Fuseki answers 400 "No operation for request".
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(List.of(), select("/kg", "SELECT ?x { ?x <urn:x:b> 'c' }"));
  }

  @Test
  void anAnonymousUpdateToKgAdminNeedsALogin() {
    HttpResponse<String> r =
        send(update("/kg-admin", "INSERT DATA { <urn:x:a> <urn:x:b> 'd' }").build());

    assertEquals(401, r.statusCode());
    assertEquals(List.of(), select("/kg", "SELECT ?x { ?x <urn:x:b> 'd' }"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpRequest request =
        update("/kg-admin", "INSERT DATA { <urn:x:a> <urn:x:b> 'e' }")
            .header("Authorization", basic("admin", "wrong"))
            .build();

    assertEquals(401, send(request).statusCode());
  }

  @Test
  void theAdminCanUpdateThroughKgAdmin() throws IOException {
    String update =
        "INSERT DATA { GRAPH <urn:x:admin-test> { <urn:x:s> rdfs:label 'Luisa González' } }";
    HttpRequest request =
        update("/kg-admin", update)
            .header("Authorization", basic("admin", adminPassword()))
            .build();

    HttpResponse<String> r = send(request);

    assertTrue(r.statusCode() / 100 == 2, "status " + r.statusCode() + ": " + r.body());
    assertEquals(List.of("urn:x:s"), select("/kg", "SELECT ?x { ?x text:query 'González' }"));
  }

  @Test
  void theAdminRebuildsTheSummaryAfterWritesThroughTheServer() throws IOException {
    String auth = basic("admin", adminPassword());
    HttpRequest.Builder summarise = HttpRequest.newBuilder(URI.create(url("/$/summarise")));
    HttpRequest post =
        summarise
            .copy()
            .POST(HttpRequest.BodyPublishers.noBody())
            .header("Authorization", auth)
            .build();
    HttpRequest get = summarise.copy().GET().header("Authorization", auth).build();
    assertEquals(
        401, send(summarise.copy().POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    assertEquals(200, send(post).statusCode(), send(post).body());
    assertEquals(200, send(get).statusCode(), send(get).body());

    String copy =
        "INSERT { GRAPH <urn:x:copy> { ?s ?p ?o } } WHERE { GRAPH <%s> { ?s ?p ?o } }"
            .formatted(ARTICLE);
    assertEquals(
        2,
        send(update("/kg-admin", copy).header("Authorization", auth).build()).statusCode() / 100);
    HttpResponse<String> stale = send(get);
    assertEquals(409, stale.statusCode(), stale.body());

    HttpResponse<String> rebuilt = send(post);
    assertTrue(rebuilt.body().startsWith("summarised "), rebuilt.body());
    assertEquals(200, send(get).statusCode(), send(get).body());
    send(update("/kg-admin", "DROP GRAPH <urn:x:copy>").header("Authorization", auth).build());
    assertEquals(200, send(post).statusCode());
  }

  @Test
  void theGraphStoreProtocolReturnsAnArticleGraph() {
    String graph = URLEncoder.encode(ARTICLE, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/kg?graph=" + graph)))
            .header("Accept", "text/turtle")
            .GET()
            .build();

    HttpResponse<String> r = send(request);

    assertEquals(200, r.statusCode());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
    assertTrue(m.contains(m.createResource(NOBOA), RDFS.label, "Daniel Noboa"), r.body());
  }

  @Test
  void theNamedReadEndpointsOfKgAnswerToo() {
    assertEquals(
        List.of(NOBOA), select("/kg/sparql", "SELECT ?x { ?x rdfs:label 'Daniel Noboa' }"));
    String graph = URLEncoder.encode(ARTICLE, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/kg/get?graph=" + graph)))
            .header("Accept", "application/n-triples")
            .GET()
            .build();

    HttpResponse<String> r = send(request);

    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"Daniel Noboa\""), r.body());
  }

  @Test
  void theUiIsServedAtTheRoot() {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/"))).GET().build());

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("<html"), r.body());
  }

  @Test
  void theUiCanListTheDatasetsForTheAdmin() throws IOException {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(url("/$/server")))
                .header("Authorization", basic("admin", adminPassword()))
                .GET()
                .build());

    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"/kg\"") && r.body().contains("\"/kg-admin\""), r.body());
  }

  @Test
  void theAdminServiceOffersShaclValidation() throws IOException {
    String shapes =
        PREFIXES
            + """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            [] a sh:NodeShape ; sh:targetClass ag:Person ;
               sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .
            """;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/kg-admin/shacl?graph=default")))
            .header("Authorization", basic("admin", adminPassword()))
            .header("Content-Type", "text/turtle")
            .header("Accept", "text/turtle")
            .POST(HttpRequest.BodyPublishers.ofString(shapes))
            .build();

    HttpResponse<String> r = send(request);

    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("conforms") && r.body().contains("true"), r.body());
  }

  @Test
  void queriesOnBothServicesCarryTheConfiguredTimeout() {
    for (String name : List.of("/kg", "/kg-admin")) {
      DatasetGraph served =
          server
              .fusekiServer()
              .getDataAccessPointRegistry()
              .get(name)
              .getDataService()
              .getDataset();
      assertEquals("30000", served.getContext().getAsString(ARQ.queryTimeout), name);
    }
  }
}
