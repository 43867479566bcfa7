package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ontology served by the embedded server at its namespace paths, spoken to over HTTP on
 * 127.0.0.1 with content negotiation.
 */
class OntologyServletIT {

  private static final Path CONFIG = Path.of("fuseki-config/config.ttl");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @org.junit.jupiter.api.io.TempDir static Path dataDir;
  private static ActorgraphServer server;

  @BeforeAll
  static void start() {
    server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(dataDir)
            .configFile(CONFIG)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
  }

  private static Model parse(HttpResponse<String> response, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(response.body(), lang).parse(model);
    return model;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/ns", "/ns/", "/ns/0.1.0"})
  void aBrowserGetsTheReferencePageAtTheNamespace(String path) {
    HttpResponse<String> response = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals(200, response.statusCode());
    assertEquals("text/html", contentType(response));
    assertTrue(response.body().contains("id=\"Person\""), "a section for ag:Person");
    assertTrue(response.body().contains("id=\"holdsPositionIn\""), "a section for a property");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/ns", "/ns/", "/ns/0.1.0"})
  void anRdfClientGetsTheOntologyAsTurtle(String path) {
    HttpResponse<String> response = get(path, "text/turtle");
    assertEquals(200, response.statusCode());
    assertEquals("text/turtle", contentType(response));
    Model served = parse(response, Lang.TURTLE);
    assertTrue(served.contains(AG.Person, RDF.type, OWL2.Class));
    assertTrue(served.isIsomorphicWith(Ontology.ontology()), "the whole of actorgraph.ttl");
  }

  @Test
  void jsonLdIsOfferedToo() {
    HttpResponse<String> response = get("/ns", "application/ld+json");
    assertEquals("application/ld+json", contentType(response));
    assertTrue(parse(response, Lang.JSONLD).isIsomorphicWith(Ontology.ontology()));
  }

  @Test
  void aClientThatTakesAnythingGetsHtml() {
    assertEquals("text/html", contentType(get("/ns", null)));
  }

  @Test
  void anUnofferedTypeIsNotAcceptable() {
    assertEquals(406, get("/ns", "image/png").statusCode());
  }

  @Test
  void theCameoSchemeIsServedAsRdf() {
    HttpResponse<String> response = get("/cameo", "text/turtle");
    assertEquals(200, response.statusCode());
    assertTrue(parse(response, Lang.TURTLE).isIsomorphicWith(Ontology.cameo()));
  }

  @Test
  void aCameoConceptIsServedAsItsDescription() {
    Model served = parse(get("/cameo/04", "text/turtle"), Lang.TURTLE);
    assertTrue(served.contains(AG.cameo("04"), SKOS.notation, "04"));
    assertTrue(served.contains(AG.cameo("04"), SKOS.broader, AG.cameo("verbalCooperation")));
    assertTrue(
        parse(get("/cameo/verbalConflict", "text/turtle"), Lang.TURTLE)
            .contains(AG.cameo("verbalConflict"), RDF.type, SKOS.Concept));
  }

  @Test
  void aBrowserIsRedirectedToTheConceptsSectionOfThePage() {
    HttpResponse<String> response = get("/cameo/04", "text/html");
    assertEquals(303, response.statusCode());
    assertEquals("/ns#cameo-04", response.headers().firstValue("Location").orElse(""));
    assertTrue(get("/ns", "text/html").body().contains("id=\"cameo-04\""), "the anchor exists");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/cameo/99", "/cameo/04/x", "/ns/0.2.0", "/ontology/passwd"})
  void unknownTermsAreNotFound(String path) {
    assertEquals(404, get(path, "text/turtle").statusCode());
  }

  @Test
  void theJsonLdContextIsServedForBrowsersToo() {
    HttpResponse<String> response = get("/ontology/context.jsonld", null);
    assertEquals(200, response.statusCode());
    assertEquals("application/ld+json", contentType(response));
    assertEquals(Ontology.jsonLdContext(), response.body());
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void theSparqlServiceStillAnswersNextToTheOntology() {
    HttpResponse<String> response = get("/kg?query=ASK%7B%7D", "application/sparql-results+json");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("boolean"));
  }
}
