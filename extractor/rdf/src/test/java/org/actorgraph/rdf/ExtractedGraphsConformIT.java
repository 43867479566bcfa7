package org.actorgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the standard pipeline (real models, gazetteers and rules) over every article in {@code
 * samples/} and over an article whose names and metadata hold characters that need escaping or are
 * outside the Basic Multilingual Plane, and validates each article graph on its own against {@code
 * ontology/shapes.ttl}.
 */
class ExtractedGraphsConformIT {

  private static final Path SAMPLES = Path.of("samples");
  private static final Shapes SHAPES = Ontology.shapes();
  private static final RunInfo RUN =
      new RunInfo(
          "https://w3id.org/actorgraph/id/run/" + UUID.randomUUID(), "0.1.0", Instant.now());

  /** Names with quotes, brackets, angle brackets, braces, emoji and right-to-left script. */
  static final String ODD_BODY =
      """
      President Emmanuel Macron met Prime Minister Keir Starmer in Paris on Monday 😀, \
      and the two leaders signed the "Entente <Cordiale> {2025}" Agreement.
      Macron said: "We stand together 🇫🇷🤝🇬🇧 against [every] threat."
      Starmer, the leader of the Labour Party, said the talks with "France}" were \
      "excellent" 👍.
      The Foreign Minister of Israel, Gideon Sa'ar (גדעון סער), met the Saudi \
      Foreign Minister Faisal bin Farhan (فيصل بن فرحان) in Riyadh.
      Earlier, Vladimir Putin met 🇺🇸 Donald Trump in Alaska.
      """;

  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = Pipeline.standard(ExtractorConfig.defaults());
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleArticleGraphConformsToTheShapes(Path sample) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new Inputs(Inputs.DEFAULT_MAX_BYTES).read(sample, articles::add, problems::add);
    assertEquals(List.of(), problems, sample + ": input problems");
    assertFalse(articles.isEmpty(), sample + ": no article read");
    for (Article article : articles) {
      Graph graph = graphOf(article);
      assertTrue(
          graph.contains(null, RDF.type.asNode(), AG.Article.asNode()),
          sample + ": no article node");
      assertConforms(sample.toString(), graph);
    }
  }

  @Test
  void anArticleWithOddCharactersInItsNamesConforms() {
    Article article =
        new Article(
            "odd \"chars\" <1> {}",
            "test:odd",
            Optional.of("https://example.org/news?id=1&q=%3Ctag%3E"),
            Optional.of("Macron & Starmer: \"Entente\" <Cordiale> {2025} 😀 שלום"),
            Optional.of("2025-07"),
            Optional.of("Ana \"Nina\" O'Brien [desk] مراسل"),
            Optional.of("Le Monde}"),
            ODD_BODY);
    Graph graph = graphOf(article);
    assertTrue(
        graph.contains(null, RDF.type.asNode(), AG.Person.asNode()),
        "the odd article should yield persons:\n" + turtle(graph));
    assertConforms(article.id(), graph);
  }

  /** Three invented articles that name the same actors and state some of the same facts. */
  static List<Article> articlesSharingActors() {
    return List.of(
        invented(
            "shared-1",
            "2025-03-02",
            """
            President Jane Doe of Freedonia met Prime Minister John Roe of Sylvania in Port Aster             on 1 March 2025.
            Freedonia and Sylvania signed a trade agreement in March 2025.
            Doe said: "We will work together with Sylvania."
            """),
        invented(
            "shared-2",
            "2025-04",
            """
            Freedonia's President Jane Doe criticised Prime Minister John Roe of Sylvania.
            Freedonia and Sylvania signed a trade agreement last month.
            Doe said: "Sylvania must keep its word."
            """),
        invented(
            "shared-3",
            "2024",
            """
            Jane Doe, the president of Freedonia, met John Roe in Ruritania.
            Freedonia is a member of the United Nations, and so is Sylvania.
            """));
  }

  private static Article invented(String id, String date, String body) {
    return new Article(
        id,
        "test:" + id,
        Optional.of("https://news.example.org/" + id),
        Optional.of("Invented article " + id),
        Optional.of(date),
        Optional.empty(),
        Optional.of("Example News"),
        body);
  }

  /**
   * The union of several article graphs (the store's default graph) conforms too: per-article
   * values sit on each article's view, so no entity or fact gets two confidences, dates or statuses
   * however many articles name it.
   */
  @Test
  void theUnionOfArticlesSharingActorsConforms() {
    DatasetGraph store = DatasetGraphFactory.create();
    for (Article article : articlesSharingActors()) {
      Graph graph = graphOf(article);
      assertConforms(article.id(), graph);
      Node name = graph.find(null, RDF.type.asNode(), AG.Article.asNode()).next().getSubject();
      store.addGraph(name, graph);
    }
    Graph union = store.getUnionGraph();
    assertConforms("the union of the invented articles", union);
    Model m = ModelFactory.createModelForGraph(union);
    long sharedEntities =
        m.listSubjectsWithProperty(AG.mentionedIn).toList().stream()
            .filter(e -> m.listObjectsOfProperty(e, AG.mentionedIn).toList().size() > 1)
            .count();
    assertTrue(sharedEntities >= 3, "entities named in several articles: " + sharedEntities);
    long sharedFacts =
        m.listSubjectsWithProperty(RDF.type, AG.Assertion).toList().stream()
            .filter(f -> m.listSubjectsWithProperty(AG.viewOf, f).toList().size() > 1)
            .count();
    assertTrue(
        sharedFacts >= 1,
        "facts stated by several articles: " + sharedFacts + "\n" + turtle(union));
    assertTrue(
        m
            .listStatements(null, AG.confidence, (org.apache.jena.rdf.model.RDFNode) null)
            .toList()
            .stream()
            .allMatch(st -> st.getSubject().hasProperty(RDF.type, AG.ArticleView)),
        "confidence is only on views");
  }

  private static Graph graphOf(Article article) {
    Extraction extraction = pipeline.extract(article);
    return pipeline.toGraph(extraction, RUN).graph();
  }

  private static void assertConforms(String what, Graph graph) {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
    assertTrue(report.conforms(), () -> what + " does not conform:\n" + turtle(report.getGraph()));
  }

  private static String turtle(Graph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.TURTLE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
