package org.actorgraph.server.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.actorgraph.cli.Main;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.vocab.AG;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linked-data addresses on a running server over a store loaded from two invented articles
 * (extracted with the parser off) and one hand-written article graph whose actor's name holds
 * markup, quotes and template braces.
 */
class LinkedDataIT {

  private static final Path CONFIG = Path.of("fuseki-config/config.ttl");
  private static final String BASE = "https://w3id.org/actorgraph/id/";
  private static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
  private static final String EVIL_NAME = "<script>alert(\"x\")</script> 'q' {{ x }}";
  private static final String EVIL = BASE + "person/00000000000e0e11";
  private static final String EVIL_ARTICLE = BASE + "article/00000000000e0a11";
  private static final String EVIL_FACT = BASE + "fact/00000000000e0f11";
  private static final String EVIL_VIEW = EVIL_ARTICLE + "#fact/00000000000e0f11";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static ActorgraphServer server;
  private static String jane;

  @BeforeAll
  static void loadAndStart() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        """
        URL: https://example.org/freedonia-sylvania
        TITLE: Freedonia and Sylvania agree on trade
        DATE: 2025-03-02

        President Jane Doe of Freedonia met Prime Minister John Roe of Sylvania in Port Aster on\
         Monday. Doe said Freedonia and Sylvania would sign a trade agreement next month. "We are\
         ready to work together," Roe said.
        """);
    Files.writeString(
        in.resolve("b.txt"),
        """
        URL: https://example.org/ruritania-border
        TITLE: Ruritania criticises Freedonia

        Ruritania accused Freedonia of violating its border on Tuesday. President Jane Doe\
         rejected the accusation.
        """);
    Path data = dir.resolve("data");
    assertEquals(
        Main.OK, Main.run("load", "--no-parse", "--store", data.toString(), in.toString()));
    try (ActorgraphStore store = ActorgraphStore.open(data, CONFIG)) {
      jane =
          Txn.calculateRead(
              store.dataset(),
              () -> {
                try (QueryExec q =
                    QueryExec.dataset(store.dataset().asDatasetGraph())
                        .query(
                            "SELECT ?p { ?p a <https://w3id.org/actorgraph/ns#Person> ;"
                                + " <http://www.w3.org/2000/01/rdf-schema#label> 'Jane Doe' }")
                        .build()) {
                  return q.select().next().get("p").getURI();
                }
              });
      store.replaceGraph(NodeFactory.createURI(EVIL_ARTICLE), evilGraph(jane));
    }
    server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(data)
            .configFile(CONFIG)
            .linkedData(LinkedDataSettings.defaults().withLicence(LICENCE))
            .build()
            .start();
  }

  /** An article whose actor's name is markup, with one interaction towards {@code other}. */
  private static Graph evilGraph(String other) {
    Model m = ModelFactory.createDefaultModel();
    String sentence = EVIL_NAME + " met Jane Doe.";
    Resource article = m.createResource(EVIL_ARTICLE);
    Resource s0 = m.createResource(EVIL_ARTICLE + "#s0");
    Resource name = m.createResource(EVIL_ARTICLE + "#char=0," + EVIL_NAME.length());
    Resource whole = m.createResource(EVIL_ARTICLE + "#char=0," + sentence.length());
    Resource evil = m.createResource(EVIL);
    article
        .addProperty(RDF.type, AG.Article)
        .addProperty(AG.headline, "Headline with <b>markup</b> & \"quotes\"")
        .addProperty(AG.body, sentence);
    s0.addProperty(RDF.type, AG.Sentence)
        .addProperty(AG.article, article)
        .addLiteral(AG.sentenceIndex, 0)
        .addLiteral(AG.beginIndex, 0)
        .addLiteral(AG.endIndex, sentence.length())
        .addProperty(AG.text, sentence);
    for (Resource mention : List.of(name, whole)) {
      int end = mention.equals(name) ? EVIL_NAME.length() : sentence.length();
      mention
          .addProperty(RDF.type, AG.Mention)
          .addProperty(AG.article, article)
          .addProperty(AG.sentence, s0)
          .addLiteral(AG.beginIndex, 0)
          .addLiteral(AG.endIndex, end)
          .addProperty(AG.anchorOf, sentence.substring(0, end));
    }
    evil.addProperty(RDF.type, AG.Person)
        .addProperty(RDF.type, AG.Actor)
        .addProperty(RDFS.label, EVIL_NAME)
        .addProperty(AG.wikidataId, "Q4115189")
        .addProperty(AG.mentionedIn, article)
        .addProperty(AG.denotedBy, name);
    m.createResource(EVIL_FACT)
        .addProperty(RDF.type, AG.Assertion)
        .addProperty(RDF.type, AG.Interaction)
        .addProperty(AG.source, evil)
        .addProperty(AG.target, m.createResource(other))
        .addProperty(AG.cameo, AG.cameo("04"))
        .addProperty(AG.evidence, whole);
    // What this article says of the fact sits on its view of it (ag:ArticleView).
    m.createResource(EVIL_VIEW)
        .addProperty(m.createProperty(AG.NS, "viewOf"), m.createResource(EVIL_FACT))
        .addProperty(AG.article, article)
        .addProperty(AG.trigger, "met")
        .addProperty(AG.date, m.createTypedLiteral("2025-03", XSDDatatype.XSDgYearMonth))
        .addLiteral(AG.confidence, 0.7);
    evil.addProperty(AG.interactsWith, m.createResource(other));
    return m.getGraph();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  // ---- helpers

  private static String local(String iri) {
    return "/id/" + iri.substring(BASE.length());
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static HttpResponse<byte[]> get(String path, String accept) {
    HttpRequest.Builder r = request(path);
    if (accept != null) {
      r.header("Accept", accept);
    }
    return send(r);
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static Graph parse(HttpResponse<byte[]> r, Lang lang) {
    assertEquals(200, r.statusCode(), text(r));
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
    return g;
  }

  private static DatasetGraph served() {
    return server
        .fusekiServer()
        .getDataAccessPointRegistry()
        .get("/kg")
        .getDataService()
        .getDataset();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  // ---- /id/

  @ParameterizedTest
  @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json"})
  void anActorIriAnswersInEachRdfFormat(String accept) {
    HttpResponse<byte[]> r = get(local(jane), accept);

    Graph g = parse(r, org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    assertTrue(
        g.contains(uri(jane), RDFS.label.asNode(), NodeFactory.createLiteralString("Jane Doe")));
    assertTrue(g.contains(uri(jane), RDF.type.asNode(), AG.Person.asNode()));
    // Incoming links too: the evil actor's interaction names her as its target.
    assertTrue(g.contains(uri(EVIL_FACT), AG.target.asNode(), uri(jane)));
  }

  @Test
  void anActorPageShowsNamesFactsEvidenceAndArticles() {
    HttpResponse<byte[]> r = get(local(jane), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    String page = text(r);

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.contains("<h1>Jane Doe</h1>"), page);
    assertTrue(
        page.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\"/>"), page);
    assertTrue(page.contains("Interaction, as target"), page);
    assertTrue(page.contains("Mentioned in 2 articles"), page);
    assertTrue(page.contains("confidence 0.7"), page);
    assertTrue(page.contains("date: 2025-03; trigger: met"), page);
    assertTrue(page.contains("04 Consult"), page);
    assertTrue(page.contains("<mark>"), page);
    // The other actor and the evidence's article are links to their own pages.
    assertTrue(page.contains("href=\"" + local(EVIL) + "\""), page);
    assertTrue(page.contains("href=\"" + local(EVIL_ARTICLE) + "#s0\""), page);
    assertTrue(page.contains("Freedonia and Sylvania agree on trade"), page);
  }

  @Test
  void anArticleIriDescribesTheArticleItsSentencesAndMentions() {
    Graph g = parse(get(local(EVIL_ARTICLE), "text/turtle"), Lang.TURTLE);
    Node s0 = uri(EVIL_ARTICLE + "#s0");

    assertTrue(g.contains(uri(EVIL_ARTICLE), RDF.type.asNode(), AG.Article.asNode()));
    assertTrue(g.contains(s0, RDF.type.asNode(), AG.Sentence.asNode()));
    assertTrue(g.contains(s0, AG.text.asNode(), Node.ANY));
  }

  @Test
  void anArticlePageAnchorsSentencesMarksMentionsAndListsFacts() {
    String page = text(get(local(EVIL_ARTICLE), "text/html"));

    assertTrue(page.contains("<span class=\"s\" id=\"s0\">"), page);
    assertTrue(page.contains("<mark><a href=\"" + local(EVIL) + "\">"), page);
    assertTrue(page.contains("<b>Interaction</b>"), page);
    assertTrue(page.contains("Jane Doe"), page);
  }

  @Test
  void aFactIriHasAPageAndRdf() {
    String page = text(get(local(EVIL_FACT), "text/html"));
    Graph g = parse(get(local(EVIL_FACT), "application/n-triples"), Lang.NTRIPLES);

    assertTrue(page.contains("<h1>Interaction</h1>"), page);
    assertTrue(page.contains("Evidence"), page);
    assertTrue(page.contains("href=\"" + local(jane) + "\""), page);
    assertTrue(g.contains(uri(EVIL_FACT), AG.cameo.asNode(), AG.cameo("04").asNode()));
    // The article's view of the fact comes with it: its confidence and trigger.
    assertTrue(g.contains(uri(EVIL_VIEW), AG.confidence.asNode(), Node.ANY));
    assertTrue(page.contains("confidence 0.7"), page);
  }

  @Test
  void theFormatParameterWinsOverAccept() {
    HttpResponse<byte[]> r = get(local(jane) + "?format=ttl", "text/html");

    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    assertTrue(
        r.headers()
            .firstValue("Link")
            .orElse("")
            .contains(
                "<"
                    + local(jane)
                    + "?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\""),
        r.headers().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/id/person/ffffffffffffffff",
        "/id/",
        "/id/entity/Q1%20x",
        "/id/article/00000000000e0a11/extra"
      })
  void unknownIrisAre404(String path) {
    assertEquals(404, get(path, "text/turtle").statusCode());
    assertEquals(404, get(path, "text/html").statusCode());
  }

  @Test
  void anUnofferedTypeIs406() {
    assertEquals(406, get(local(jane), "image/png").statusCode());
  }

  @Test
  void everyKindOfPageIsWellFormed() throws Exception {
    DatasetGraph ds = served();
    String run =
        Txn.calculateRead(
                ds,
                () -> ds.getUnionGraph().find(Node.ANY, AG.extractedBy.asNode(), Node.ANY).next())
            .getObject()
            .getURI();
    String extracted =
        Txn.calculateRead(
                ds,
                () -> ds.getUnionGraph().find(uri(jane), AG.mentionedIn.asNode(), Node.ANY).next())
            .getObject()
            .getURI();
    List<String> paths =
        List.of(
            local(extracted),
            local(jane),
            local(EVIL),
            local(EVIL_ARTICLE),
            local(EVIL_FACT),
            local(run),
            "/.well-known/void");
    for (String path : paths) {
      HttpResponse<byte[]> r = get(path, "text/html");
      assertEquals(200, r.statusCode(), path);
      String page = text(r).replace("<!DOCTYPE html>", "");
      javax.xml.parsers.DocumentBuilderFactory xml =
          javax.xml.parsers.DocumentBuilderFactory.newInstance();
      xml.newDocumentBuilder()
          .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }
    String runPage = text(get(local(run), "text/html"));
    assertTrue(runPage.contains("Referred to by"), runPage);
  }

  @Test
  void anActorWithAWikidataIdLinksToWikidata() {
    String page = text(get(local(EVIL), "text/html"));

    assertTrue(page.contains("href=\"https://www.wikidata.org/wiki/Q4115189\""), page);
  }

  @Test
  void graphContentIsEscapedInEveryPage() {
    String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39; {{ x }}";
    for (String iri : List.of(EVIL, jane, EVIL_ARTICLE, EVIL_FACT)) {
      String page = text(get(local(iri), "text/html"));
      assertFalse(page.contains("<script"), iri + ": " + page);
      assertTrue(page.contains(escaped), iri + ": " + page);
    }
    String article = text(get(local(EVIL_ARTICLE), "text/html"));
    assertTrue(
        article.contains("Headline with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot;"));
  }

  // ---- /.well-known/void

  private static final String VOID = "http://rdfs.org/ns/void#";

  private static Property voidTerm(String local) {
    return ModelFactory.createDefaultModel().createProperty(VOID, local);
  }

  private static long number(Model m, Resource s, Property p) {
    return m.listObjectsOfProperty(s, p).next().asLiteral().getLong();
  }

  private static long classCount(Model m, Resource dataset, Resource type) {
    return m.listObjectsOfProperty(dataset, voidTerm("classPartition")).toList().stream()
        .map(n -> n.asResource())
        .filter(p -> p.hasProperty(voidTerm("class"), type))
        .mapToLong(p -> number(m, p, voidTerm("entities")))
        .findFirst()
        .orElse(-1);
  }

  @Test
  void theVoidDescriptionCountsWhatTheStoreHolds() {
    Model m = ModelFactory.createModelForGraph(parse(get("/.well-known/void", null), Lang.TURTLE));
    Resource dataset = m.createResource(root() + "/.well-known/void#dataset");
    DatasetGraph ds = served();

    long triples = Txn.calculateRead(ds, () -> Iter.count(ds.getUnionGraph().find()));
    long persons =
        Txn.calculateRead(
            ds,
            () ->
                Iter.count(
                    ds.getUnionGraph().find(Node.ANY, RDF.type.asNode(), AG.Person.asNode())));
    long articles =
        Txn.calculateRead(
            ds,
            () ->
                Iter.count(
                    ds.getUnionGraph().find(Node.ANY, RDF.type.asNode(), AG.Article.asNode())));
    assertEquals(triples, number(m, dataset, voidTerm("triples")));
    assertEquals(persons, classCount(m, dataset, AG.Person));
    assertEquals(articles, classCount(m, dataset, AG.Article));
    assertEquals(3, number(m, dataset, voidTerm("documents")));
    assertTrue(
        m.contains(dataset, voidTerm("sparqlEndpoint"), m.createResource(root() + "/kg/sparql")));
    assertTrue(m.contains(dataset, voidTerm("dataDump"), m.createResource(root() + "/dump.nq.gz")));
    assertTrue(m.contains(dataset, voidTerm("vocabulary"), m.createResource(AG.NS)));
    assertTrue(
        m.contains(dataset, org.apache.jena.vocabulary.DCTerms.license, m.createResource(LICENCE)));
    assertTrue(m.contains(dataset, RDF.type, org.apache.jena.vocabulary.DCAT.Dataset));
  }

  @Test
  void theVoidDescriptionFollowsAWrite() {
    Model before =
        ModelFactory.createModelForGraph(parse(get("/.well-known/void", null), Lang.TURTLE));
    Resource dataset = before.createResource(root() + "/.well-known/void#dataset");
    Node extra = uri("https://example.org/extra-graph");
    DatasetGraph ds = served();
    Txn.executeWrite(
        ds,
        () ->
            ds.add(
                extra,
                uri("https://example.org/s"),
                uri("https://example.org/p"),
                uri("https://example.org/o")));
    try {
      Model after =
          ModelFactory.createModelForGraph(parse(get("/.well-known/void", null), Lang.TURTLE));
      assertEquals(
          number(before, dataset, voidTerm("triples")) + 1,
          number(after, dataset, voidTerm("triples")));
    } finally {
      Txn.executeWrite(ds, () -> ds.removeGraph(extra));
    }
  }

  @Test
  void theVoidDescriptionIsAlsoJsonLdAndHtml() {
    Graph jsonld = parse(get("/.well-known/void", "application/ld+json"), Lang.JSONLD);
    String html = text(get("/.well-known/void", "text/html"));

    assertTrue(jsonld.contains(Node.ANY, uri(VOID + "triples"), Node.ANY));
    assertTrue(html.contains("<th>triples</th>"), html);
    assertTrue(html.contains("/dump.nq.gz"), html);
  }

  @Test
  void behindATlsProxyTheDescriptionsNameHttpsAddresses() {
    HttpResponse<byte[]> r =
        send(request("/.well-known/void").header("X-Forwarded-Proto", "https"));
    Model m = ModelFactory.createModelForGraph(parse(r, Lang.TURTLE));
    String https = "https://127.0.0.1:" + server.port();

    assertTrue(
        m.contains(
            m.createResource(https + "/.well-known/void#dataset"),
            voidTerm("sparqlEndpoint"),
            m.createResource(https + "/kg/sparql")));
  }

  private static String root() {
    return "http://127.0.0.1:" + server.port();
  }

  // ---- /dump.nq.gz

  @Test
  void theDumpHoldsExactlyTheStoresQuads() throws IOException {
    HttpResponse<byte[]> r = get("/dump.nq.gz", null);
    assertEquals(200, r.statusCode());
    assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
    DatasetGraph dump = DatasetGraphFactory.create();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
    }
    DatasetGraph ds = served();
    DatasetGraph copy = DatasetGraphFactory.create();
    Txn.executeRead(ds, () -> ds.find().forEachRemaining(copy::add));

    assertTrue(copy.find().hasNext());
    // graph by graph: one isomorphism over the whole dataset is exponential in its blank nodes
    // (the ontology graph has hundreds), one per graph is not
    Set<Node> names = new HashSet<>();
    copy.listGraphNodes().forEachRemaining(names::add);
    Set<Node> dumped = new HashSet<>();
    dump.listGraphNodes().forEachRemaining(dumped::add);
    assertEquals(names, dumped, "the dump's graphs");
    assertEquals(copy.getDefaultGraph().size(), dump.getDefaultGraph().size(), "default graph");
    for (Node name : names) {
      Graph stored = copy.getGraph(name);
      Graph inDump = dump.getGraph(name);
      assertEquals(stored.size(), inDump.size(), name + ": triples");
      assertTrue(stored.isIsomorphicWith(inDump), name + ": the dump differs from the store");
    }
  }

  // ---- /kg

  @ParameterizedTest
  @ValueSource(strings = {"/kg?default", "/kg/get?default"})
  void theGraphStoreDefaultGraphIsTheUnion(String path) {
    Graph turtle = parse(get(path, "text/turtle"), Lang.TURTLE);
    Graph ntriples = parse(get(path, "application/n-triples"), Lang.NTRIPLES);
    DatasetGraph ds = served();
    Graph union = GraphFactory.createDefaultGraph();
    Txn.executeRead(ds, () -> ds.getUnionGraph().find().forEachRemaining(union::add));

    assertTrue(union.size() > 0);
    assertTrue(turtle.isIsomorphicWith(union), "Turtle differs from the union");
    assertTrue(ntriples.isIsomorphicWith(union), "N-Triples differs from the union");
  }

  @Test
  void aNamedGraphIsStillServedByFuseki() {
    Graph g =
        parse(
            get(
                "/kg?graph=" + java.net.URLEncoder.encode(EVIL_ARTICLE, StandardCharsets.UTF_8),
                "text/turtle"),
            Lang.TURTLE);

    assertTrue(g.contains(uri(EVIL), RDFS.label.asNode(), Node.ANY));
    assertFalse(g.contains(uri(jane), RDFS.label.asNode(), Node.ANY));
  }

  @Test
  void theSparqlEndpointWithoutAQueryDescribesItself() {
    Graph g = parse(get("/kg/sparql", null), Lang.TURTLE);
    String sd = ServiceDescription.SD;

    assertTrue(g.contains(Node.ANY, RDF.type.asNode(), uri(sd + "Service")));
    assertTrue(g.contains(Node.ANY, uri(sd + "endpoint"), uri(root() + "/kg/sparql")));
    assertTrue(g.contains(Node.ANY, uri(sd + "feature"), uri(sd + "UnionDefaultGraph")));
  }

  // ---- CORS

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/kg/sparql?query=ASK%7B%7D",
        "/kg?default",
        "/id/article/00000000000e0a11",
        "/.well-known/void",
        "/dump.nq.gz"
      })
  void publicAddressesAllowEveryOrigin(String path) {
    HttpResponse<byte[]> r = send(request(path).header("Origin", "https://app.example"));

    assertEquals(200, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void errorsOnPublicAddressesCarryTheHeaderToo() {
    HttpResponse<byte[]> notFound =
        send(request("/id/person/ffffffffffffffff").header("Origin", "https://app.example"));
    HttpResponse<byte[]> badQuery =
        send(request("/kg/sparql?query=SELEC").header("Origin", "https://app.example"));

    assertEquals(404, notFound.statusCode());
    assertEquals("*", notFound.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals(400, badQuery.statusCode());
    assertEquals("*", badQuery.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void aBrowserOpeningTheEndpointGetsTheDescriptionInTurtle() {
    HttpResponse<byte[]> r = get("/kg/sparql", "text/html,application/xhtml+xml");

    Graph g = parse(r, Lang.TURTLE);
    assertTrue(g.contains(Node.ANY, RDF.type.asNode(), uri(ServiceDescription.SD + "Service")));
  }

  @Test
  void aPreflightForAPostedQueryIsAnswered() {
    HttpResponse<byte[]> r =
        send(
            request("/kg/sparql")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept"));

    assertEquals(204, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertTrue(
        r.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("content-type"));
  }

  @Test
  void aPostedQueryFromAnotherOriginGetsTheHeader() {
    HttpResponse<byte[]> r =
        send(
            request("/kg/sparql")
                .header("Origin", "https://app.example")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));

    assertEquals(200, r.statusCode(), text(r));
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void aPreflightForAWriteIsRefused() {
    HttpResponse<byte[]> r =
        send(
            request("/kg")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "PUT"));

    assertEquals(403, r.statusCode());
    assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void theAdminServiceHasNoCors() {
    HttpResponse<byte[]> get =
        send(request("/kg-admin/sparql?query=ASK%7B%7D").header("Origin", "https://app.example"));
    HttpResponse<byte[]> preflight =
        send(
            request("/kg-admin/update")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST"));

    assertNull(get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }
}
