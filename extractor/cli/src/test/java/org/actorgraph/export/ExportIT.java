package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.actorgraph.cli.Main;
import org.actorgraph.server.ActorgraphServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actorgraph export} on a store of the sample articles (parser off), and {@code
 * /export/{format}} on a server over the same store: every format is valid, and the filters change
 * the network as they should. The command is also run against the server's SPARQL endpoint.
 */
class ExportIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  @TempDir static Path out;
  private static ActorgraphServer server;

  @BeforeAll
  static void loadExportAndServe() {
    assertEquals(Main.OK, Main.run("load", "--no-parse", "--store", data.toString(), "samples"));
    for (String format : List.of("graphml", "gexf", "cyjs", "csv")) {
      Path target = out.resolve(format.equals("csv") ? "csv" : "all." + format);
      assertEquals(
          Main.OK,
          Main.run("export", "--store", data.toString(), "-f", format, "-o", target.toString()));
    }
    server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(data)
            .configFile(Path.of("fuseki-config/config.ttl"))
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theCommandWritesEveryFormatValid() throws Exception {
    SchemaValidation.validate(
        SchemaValidation.GRAPHML, Files.readAllBytes(out.resolve("all.graphml")));
    SchemaValidation.validate(SchemaValidation.GEXF, Files.readAllBytes(out.resolve("all.gexf")));
    JsonNode cyjs = JSON.readTree(out.resolve("all.cyjs").toFile());
    int elements = CytoscapeJsonWriterTest.checkAsCytoscapeWould(cyjs);
    assertTrue(edges(cyjs) >= 5, "the samples give at least 5 relationships");
    List<List<String>> nodes = CsvWriterTest.parse(Files.readString(out.resolve("csv/nodes.csv")));
    List<List<String>> edges = CsvWriterTest.parse(Files.readString(out.resolve("csv/edges.csv")));
    assertEquals(elements, nodes.size() - 1 + edges.size() - 1);
    assertEquals(CsvWriter.NODE_HEADER, String.join(",", nodes.get(0)));
  }

  @Test
  void theServerServesEveryFormat() throws Exception {
    SchemaValidation.validate(SchemaValidation.GRAPHML, get("/export/graphml").body());
    HttpResponse<byte[]> gexf = get("/export/gexf");
    assertEquals("application/gexf+xml", contentType(gexf));
    SchemaValidation.validate(SchemaValidation.GEXF, gexf.body());
    JsonNode cyjs = JSON.readTree(get("/export/cyjs").body());
    CytoscapeJsonWriterTest.checkAsCytoscapeWould(cyjs);
    assertEquals(edges(JSON.readTree(out.resolve("all.cyjs").toFile())), edges(cyjs));
    HttpResponse<byte[]> zip = get("/export/csv");
    assertEquals("application/zip", contentType(zip));
    assertEquals(List.of("nodes.csv", "edges.csv"), zipEntries(zip.body()));
  }

  @Test
  void minimumConfidenceKeepsOnlyConfidentRelationships() throws Exception {
    JsonNode all = cyjs("");
    JsonNode confident = cyjs("minConfidence=0.8");
    assertTrue(edges(confident) > 0 && edges(confident) < edges(all));
    for (JsonNode e : confident.get("elements").get("edges")) {
      assertTrue(e.get("data").get("confidence").asDouble() >= 0.8, e.toString());
    }
  }

  @Test
  void kindsKeepOnlyThoseKinds() throws Exception {
    JsonNode positions = cyjs("kinds=Position");
    assertTrue(edges(positions) > 0);
    for (JsonNode e : positions.get("elements").get("edges")) {
      assertEquals("Position", e.get("data").get("kind").asText());
    }
    assertTrue(edges(cyjs("kinds=Position,Interaction")) > edges(positions));
  }

  @Test
  void aNeighbourhoodGrowsWithDepth() throws Exception {
    Set<String> one = labels(cyjs("actor=Ecuador"));
    Set<String> two = labels(cyjs("actor=Ecuador&depth=2"));
    assertTrue(one.containsAll(List.of("Ecuador", "Daniel Noboa")), one.toString());
    assertTrue(two.containsAll(one) && two.size() > one.size(), one + " vs " + two);
    assertTrue(labels(cyjs("")).size() > two.size());
  }

  @Test
  void theCommandReadsAnEndpointWithTheSameFilters() throws Exception {
    Path file = out.resolve("ecuador.cyjs");
    String endpoint = "http://127.0.0.1:" + server.port() + "/kg/sparql";
    assertEquals(
        Main.OK,
        Main.run(
            "export",
            "--endpoint",
            endpoint,
            "-f",
            "cyjs",
            "-o",
            file.toString(),
            "--actor",
            "Ecuador",
            "--depth",
            "2"));
    assertEquals(labels(cyjs("actor=Ecuador&depth=2")), labels(JSON.readTree(file.toFile())));
  }

  @Test
  void badParametersAreClearErrors() throws Exception {
    HttpResponse<byte[]> bad = get("/export/cyjs?minConfidence=high");
    assertEquals(400, bad.statusCode());
    assertTrue(body(bad).startsWith("minConfidence: expected a number"), body(bad));
    HttpResponse<byte[]> nobody = get("/export/gexf?actor=" + encode("Narnia"));
    assertEquals(400, nobody.statusCode());
    assertTrue(body(nobody).startsWith("actor: no actor"), body(nobody));
    assertEquals(404, get("/export/pdf").statusCode());
    HttpResponse<byte[]> index = get("/export");
    assertEquals(200, index.statusCode());
    assertTrue(body(index).contains("/export/gexf"), body(index));
    assertEquals(
        Main.USAGE,
        Main.run("export", "--endpoint", "http://127.0.0.1:1/none", "-f", "gexf", "--cameo", "42"));
  }

  private static JsonNode cyjs(String query) throws IOException {
    HttpResponse<byte[]> r = get("/export/cyjs" + (query.isEmpty() ? "" : "?" + query));
    assertEquals(200, r.statusCode(), body(r));
    JsonNode root = JSON.readTree(r.body());
    CytoscapeJsonWriterTest.checkAsCytoscapeWould(root);
    return root;
  }

  private static int edges(JsonNode cyjs) {
    return cyjs.get("elements").get("edges").size();
  }

  private static Set<String> labels(JsonNode cyjs) {
    Set<String> labels = new HashSet<>();
    cyjs.get("elements").get("nodes").forEach(n -> labels.add(n.get("data").get("name").asText()));
    return labels;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<byte[]> r) {
    return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
  }

  private static List<String> zipEntries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).isBlank());
      }
    }
    return names;
  }

  private static HttpResponse<byte[]> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
