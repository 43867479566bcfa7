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
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Extraction;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
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
