package org.actorgraph.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds on the public service {@code /kg}, over HTTP on 127.0.0.1: query size, result rows, a
 * timeout the client sees, no {@code SERVICE}, no {@code LOAD}; and the admin-only {@code /$/}
 * endpoints. One small store: 40 invented people and 3 countries in one article graph; the query
 * timeout is lowered to 1 s and the row bound to 25 so that each bound is reached quickly.
 */
class PublicEndpointBoundsIT {

  private static final String ARTICLE = "https://w3id.org/actorgraph/id/article/bounds";
  private static final String PREFIXES =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
  private static final int PEOPLE = 40;
  private static final int MAX_ROWS = 25;
  private static final long MAX_BYTES = 64 * 1024;

  /** Three countries at once, then a search that outlasts any timeout. */
  private static final String FAST_ROWS_THEN_SLOW =
      PREFIXES
          + "SELECT ?x { { ?x a ag:Country } UNION { ?x ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i"
          + " FILTER(CONCAT(STR(?c), STR(?f), STR(?i), STR(?o)) = 'never') } }";

  @TempDir static Path dataDir;
  @TempDir static Path secrets;
  private static ActorgraphServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void loadAndStart() throws IOException {
    StringBuilder ttl = new StringBuilder(PREFIXES);
    for (int i = 0; i < PEOPLE; i++) {
      ttl.append("<https://w3id.org/actorgraph/id/entity/person")
          .append(i)
          .append("> a ag:Person, ag:Actor ; rdfs:label")
          .append(" \"Jane Doe ")
          .append(i)
          .append("\" .\n");
    }
    for (String c : List.of("Freedonia", "Sylvania", "Ruritania")) {
      ttl.append("<https://w3id.org/actorgraph/id/entity/")
          .append(c)
          .append("> a ag:Country ; rdfs:label \"")
          .append(c)
          .append("\" .\n");
    }
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
    Path config =
        Files.writeString(
            secrets.resolve("config.ttl"),
            Files.readString(Path.of("fuseki-config/config.ttl"))
                .replace("ja:cxtValue \"30000\"", "ja:cxtValue \"1000\""));
    try (ActorgraphStore store = ActorgraphStore.open(dataDir, config)) {
      store.replaceGraph(NodeFactory.createURI(ARTICLE), g);
    }
    Path passwd = Files.writeString(secrets.resolve("passwd"), "admin: s3cret\nreader: r3ad\n");
    server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(dataDir)
            .configFile(config)
            .passwordFile(passwd)
            .maxQueryBytes(MAX_BYTES)
            .maxResultRows(MAX_ROWS)
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

  private static HttpRequest.Builder post(String path, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", contentType)
        .header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> query(String path, String query, String auth) {
    HttpRequest.Builder r = post(path, "application/sparql-query", query);
    if (auth != null) {
      r.header("Authorization", basic(auth));
    }
    return send(r.build());
  }

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static int csvRows(HttpResponse<String> r) {
    return (int) r.body().lines().filter(l -> !l.isEmpty()).count() - 1;
  }

  private static String graphCount() {
    HttpResponse<String> r = query("/kg", "SELECT (COUNT(*) AS ?n) { GRAPH ?g {} }", null);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  // ---- query size

  @Test
  void aTenMegabyteQueryIsRefusedWith413BeforeItIsParsed() {
    String huge = "# " + "x".repeat(10 * 1024 * 1024) + "\nSELECT * { ?s ?p ?o } LIMIT 1";
    long start = System.nanoTime();
    HttpResponse<String> r = query("/kg/sparql", huge, null);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("at most " + MAX_BYTES + " bytes"), "body: " + r.body());
    assertTrue(millis < 5000, "took " + millis + " ms");
  }

  @Test
  void aRefusedBodyLeavesTheConnectionUsableForTheNextRequest() {
    String huge = "SELECT * { ?s ?p ?o } # " + "x".repeat(2 * (int) MAX_BYTES);
    for (int i = 0; i < 5; i++) {
      assertEquals(413, query("/kg/sparql", huge, null).statusCode());
      assertEquals(200, query("/kg/sparql", "ASK { }", null).statusCode());
    }
  }

  @Test
  void refusedUpdatesLeaveTheConnectionUsable() {
    String load = "LOAD <file:///etc/hostname> INTO GRAPH <urn:x:loaded>";
    for (int i = 0; i < 20; i++) {
      for (String path : List.of("/kg", "/kg/sparql", "/kg/query", "/kg/get")) {
        int refused = send(post(path, "application/sparql-update", load).build()).statusCode();
        assertTrue(refused >= 400 && refused < 500, path + ": " + refused);
        assertEquals(200, query("/kg/sparql", "ASK { }", null).statusCode(), path);
      }
    }
  }

  @Test
  void aBodyTooLargeToReadIsRefusedWithConnectionClose() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/sparql-query\r\nContent-Length: "
                  + (QuerySizeFilter.DRAIN_BYTES + 1)
                  + "\r\n\r\nSELECT")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String head =
          new String(socket.getInputStream().readNBytes(512), StandardCharsets.ISO_8859_1)
              .toLowerCase(java.util.Locale.ROOT);
      assertTrue(head.startsWith("http/1.1 413"), head);
      assertTrue(head.contains("connection: close"), head);
    }
  }

  @Test
  void aLargeFormPostAndALargeGetAreRefusedToo() {
    String big = "SELECT * { ?s ?p ?o } # " + "y".repeat((int) MAX_BYTES);
    String form = "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8);
    assertEquals(
        413, send(post("/kg", "application/x-www-form-urlencoded", form).build()).statusCode());
    HttpResponse<String> get =
        send(HttpRequest.newBuilder(URI.create(url("/kg/query?" + form))).GET().build());
    assertEquals(413, get.statusCode(), get.body());
  }

  @Test
  void aBodyOfUnknownLengthIsRefusedWith411() {
    byte[] q = "SELECT * { ?s ?p ?o } LIMIT 1".getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(url("/kg/sparql")))
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(q)))
            .build();
    assertEquals(411, send(chunked).statusCode());
  }

  @Test
  void aQueryUnderTheBoundIsAnswered() {
    String padded =
        "# " + "z".repeat((int) MAX_BYTES / 2) + "\n" + PREFIXES + "SELECT ?x { ?x a ag:Country }";
    HttpResponse<String> r = query("/kg", padded, null);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(3, csvRows(r));
  }

  // ---- result rows

  @Test
  void anUnboundedSelectIsCutAtTheRowBoundAndSaysSo() {
    HttpResponse<String> r = query("/kg", PREFIXES + "SELECT ?x { ?x a ag:Person }", null);

    assertEquals(200, r.statusCode(), r.body());
    assertEquals(MAX_ROWS, csvRows(r));
    assertEquals(
        String.valueOf(MAX_ROWS),
        r.headers().firstValue(BoundedQueryService.ROW_LIMIT_HEADER).orElse(null));
    assertEquals("true", r.headers().firstValue(BoundedQueryService.TRUNCATED_HEADER).orElse(null));
  }

  @Test
  void aSelectWithinTheBoundIsWholeAndNotMarkedCut() {
    HttpResponse<String> limited =
        query("/kg", PREFIXES + "SELECT ?x { ?x a ag:Person } LIMIT 10", null);
    HttpResponse<String> small = query("/kg", PREFIXES + "SELECT ?x { ?x a ag:Country }", null);

    assertEquals(10, csvRows(limited));
    assertEquals(3, csvRows(small));
    for (HttpResponse<String> r : List.of(limited, small)) {
      assertFalse(r.headers().firstValue(BoundedQueryService.TRUNCATED_HEADER).isPresent());
      assertEquals(
          String.valueOf(MAX_ROWS),
          r.headers().firstValue(BoundedQueryService.ROW_LIMIT_HEADER).orElse(null));
    }
  }

  @Test
  void theAdminServiceIsNotCut() {
    HttpResponse<String> r =
        query("/kg-admin", PREFIXES + "SELECT ?x { ?x a ag:Person }", "admin:s3cret");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(PEOPLE, csvRows(r));
  }

  // ---- timeout

  @Test
  void aQueryStoppedByTheTimeoutIsAnErrorStatusNotA200() {
    long start = System.nanoTime();
    HttpResponse<String> r = query("/kg", FAST_ROWS_THEN_SLOW, null);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(503, r.statusCode(), r.body());
    assertTrue(r.body().contains("timed out"), r.body());
    assertFalse(r.body().contains("Freedonia"), "no partial rows: " + r.body());
    assertTrue(millis < 15_000, "took " + millis + " ms");
  }

  @Test
  void aClientCannotRaiseTheTimeout() {
    String form =
        "timeout=120&query=" + URLEncoder.encode(FAST_ROWS_THEN_SLOW, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    HttpResponse<String> r =
        send(post("/kg/sparql", "application/x-www-form-urlencoded", form).build());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(503, r.statusCode(), r.body());
    assertTrue(millis < 15_000, "took " + millis + " ms");
  }

  @Test
  void aConstructStoppedByTheTimeoutIsAnErrorStatusToo() {
    String construct =
        FAST_ROWS_THEN_SLOW.replace("SELECT ?x {", "CONSTRUCT { ?x a <urn:x:Found> } WHERE {");
    HttpRequest request =
        post("/kg", "application/sparql-query", construct).header("Accept", "text/turtle").build();
    HttpResponse<String> r = send(request);

    assertEquals(503, r.statusCode(), r.body());
    assertFalse(r.body().contains("Found"), "no partial graph: " + r.body());
  }

  // ---- SERVICE and LOAD

  @Test
  void serviceIsRefusedOnThePublicEndpointWhereverItIs() {
    String remote = "<" + url("/kg/sparql") + ">";
    for (String q :
        List.of(
            "SELECT * { SERVICE " + remote + " { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE " + remote + " { ?s ?q ?r } } }",
            "SELECT * { { SELECT ?s { SERVICE SILENT " + remote + " { ?s ?p ?o } } } }")) {
      HttpResponse<String> r = query("/kg", q, null);
      assertEquals(400, r.statusCode(), q + "\n" + r.body());
      assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
    }
  }

  @Test
  void loadIsRefusedOnEveryPublicPath() {
    String before = graphCount();
    for (String source : List.of("file:///etc/hostname", url("/ontology/actorgraph.ttl"))) {
      String load = "LOAD <" + source + "> INTO GRAPH <urn:x:loaded>";
      for (String path : List.of("/kg", "/kg/sparql", "/kg/query", "/kg/update", "/kg/get")) {
        int direct = send(post(path, "application/sparql-update", load).build()).statusCode();
        int form =
            send(post(
                        path,
                        "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(load, StandardCharsets.UTF_8))
                    .build())
                .statusCode();
        assertTrue(direct >= 400 && direct < 500, path + " " + load + ": " + direct);
        assertTrue(form >= 400 && form < 500, path + " update=" + load + ": " + form);
      }
    }
    assertEquals(before, graphCount());
  }

  // ---- /$/ endpoints

  @Test
  void theServerEndpointsAreForTheAdminOnly() {
    for (String path : List.of("/$/server", "/$/stats", "/$/stats/kg", "/$/validate/query")) {
      HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(url(path))).GET();
      HttpResponse<String> anonymous = send(get.build());
      assertEquals(401, anonymous.statusCode(), path);
      assertTrue(
          anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
      assertEquals(
          403, send(get.header("Authorization", basic("reader:r3ad")).build()).statusCode(), path);
    }
    HttpResponse<String> admin =
        send(
            HttpRequest.newBuilder(URI.create(url("/$/server")))
                .header("Authorization", basic("admin:s3cret"))
                .GET()
                .build());
    assertEquals(200, admin.statusCode());
    assertTrue(admin.body().contains("\"/kg\""), admin.body());
    HttpResponse<String> wrong =
        send(
            HttpRequest.newBuilder(URI.create(url("/$/server")))
                .header("Authorization", basic("admin:wrong"))
                .GET()
                .build());
    assertEquals(401, wrong.statusCode());
  }

  @Test
  void pingStaysPublic() {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/$/ping"))).GET().build());
    assertEquals(200, r.statusCode());
  }
}
