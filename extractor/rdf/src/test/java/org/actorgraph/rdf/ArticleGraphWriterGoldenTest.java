package org.actorgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.actorgraph.extract.Extraction;
import org.actorgraph.relate.Fact;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of {@link ArticleGraphWriter}: each case is an extraction built by hand over
 * {@link GoldenArticle}, written by the writer and compared by isomorphism with {@code
 * golden/NAME.trig}. Cases and files are paired by name (a file without a case, or a case without a
 * file, fails), and every golden graph must also conform to the shapes. On a mismatch both graphs
 * are printed as TriG and the actual one is saved under {@code target/golden-actual/}.
 */
class ArticleGraphWriterGoldenTest {

  private static final String DIR = "golden/";
  private static final RunInfo RUN =
      new RunInfo(
          "https://w3id.org/actorgraph/id/run/6f1c1d3e-0000-4000-8000-000000000001",
          "0.1.0",
          Instant.parse("2025-03-04T10:00:00Z"));
  private static final Instant EXTRACTED_AT = Instant.parse("2025-03-04T10:00:05Z");

  private static GoldenArticle g;

  @BeforeAll
  static void annotate() {
    g = new GoldenArticle();
  }

  /** Every case by the name of its golden file. */
  static Map<String, Extraction> cases() {
    GoldenArticle a = g == null ? new GoldenArticle() : g;
    Map<String, Extraction> cases = new LinkedHashMap<>();
    cases.put(
        "article-and-entities",
        a.extraction(
            List.of(a.noboa, a.ecuador, a.petro, a.quito, a.un, a.ministry, a.colombia),
            List.of()));
    cases.put(
        "position",
        a.extraction(
            List.of(a.noboa, a.ecuador, a.correa),
            List.of(
                new Fact.Position(
                    a.noboa,
                    a.ecuador,
                    "president",
                    Fact.RoleStatus.CURRENT,
                    true,
                    0.9,
                    List.of(a.sentenceWith("President Daniel Noboa"))),
                new Fact.Position(
                    a.correa,
                    a.ecuador,
                    "president",
                    Fact.RoleStatus.FORMER,
                    true,
                    0.7,
                    List.of(a.sentenceWith("Rafael Correa"))))));
    cases.put(
        "membership",
        a.extraction(
            List.of(a.ecuador, a.un),
            List.of(
                new Fact.Membership(
                    a.ecuador, a.un, 0.85, List.of(a.sentenceWith("a member of the"))))));
    cases.put(
        "part-whole-and-location",
        a.extraction(
            List.of(a.ministry, a.ecuador, a.quito),
            List.of(
                new Fact.PartOf(
                    a.ministry, a.ecuador, 0.8, List.of(a.sentenceWith("Ministry of Defence"))),
                new Fact.LocatedIn(
                    a.ministry, a.quito, 0.75, List.of(a.sentenceWith("is based in"))))));
    cases.put(
        "interaction",
        a.extraction(
            List.of(a.noboa, a.petro, a.ecuador, a.quito),
            List.of(
                new Fact.Interaction(
                    a.noboa,
                    a.petro,
                    "04",
                    "meet",
                    Optional.of("2025-03-03"),
                    0.8,
                    List.of(a.sentenceWith("met Gustavo Petro"))))));
    cases.put("agreement-stated-twice", agreementStatedTwice(a));
    cases.put(
        "quote-over-two-sentences",
        a.extraction(
            List.of(a.noboa, a.colombia),
            List.of(
                new Fact.Quote(
                    a.noboa,
                    "We will work together. Colombia is our friend,",
                    0.9,
                    List.of(a.span("\"We will work together. Colombia is our friend,\""))))));
    cases.put(
        "contest",
        a.extraction(
            List.of(a.noboa, a.gonzalez),
            List.of(
                new Fact.Contest(
                    List.of(a.noboa, a.gonzalez),
                    Optional.of(a.noboa),
                    0.8,
                    List.of(a.sentenceWith("defeated"))))));
    return cases;
  }

  /** One agreement from two sentences: written once, with both names and both evidences. */
  private static Extraction agreementStatedTwice(GoldenArticle a) {
    Fact.Agreement signed =
        new Fact.Agreement(
            List.of("Quito Memorandum"),
            Fact.AgreementForm.MEMORANDUM,
            Fact.AgreementKind.SECURITY,
            Fact.AgreementStatus.SIGNED,
            List.of(a.ecuador, a.colombia),
            Optional.of("2025-03"),
            0.7,
            List.of(a.sentenceWith("Quito Memorandum")));
    Fact.Agreement again =
        new Fact.Agreement(
            List.of("Quito Memorandum", "memorandum on security"),
            Fact.AgreementForm.MEMORANDUM,
            Fact.AgreementKind.SECURITY,
            Fact.AgreementStatus.SIGNED,
            List.of(a.colombia, a.ecuador),
            Optional.of("2025-03"),
            0.8,
            List.of(a.sentenceWith("work together")));
    return a.extraction(List.of(a.ecuador, a.colombia), List.of(signed, again));
  }

  static Stream<String> caseNames() {
    return cases().keySet().stream();
  }

  @Test
  void everyGoldenFileHasACaseAndEveryCaseAFile() throws IOException, URISyntaxException {
    URL dir = ArticleGraphWriterGoldenTest.class.getResource(DIR);
    Set<String> files = new TreeSet<>();
    if (dir != null) {
      try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
        list.map(p -> p.getFileName().toString()).forEach(files::add);
      }
    }
    Set<String> expected = new TreeSet<>();
    cases().keySet().forEach(name -> expected.add(name + ".trig"));
    assertEquals(expected, files, "golden files and cases must pair up by name");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  void theWriterProducesTheGoldenGraph(String name) {
    DatasetGraph actual = write(cases().get(name));
    if (ArticleGraphWriterGoldenTest.class.getResource(DIR + name + ".trig") == null) {
      fail(DIR + name + ".trig is missing; the writer's graph is in " + save(name, actual));
    }
    DatasetGraph expected = golden(name);
    if (!IsoMatcher.isomorphic(expected, actual)) {
      Path saved = save(name, actual);
      fail(
          name
              + ".trig: the writer's graph differs (saved to "
              + saved
              + ")\n--- expected\n"
              + trig(expected)
              + "\n--- actual\n"
              + trig(actual));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  void theGoldenGraphConformsToTheShapes(String name) {
    DatasetGraph expected = golden(name);
    List<Node> names = new java.util.ArrayList<>();
    expected.listGraphNodes().forEachRemaining(names::add);
    assertEquals(1, names.size(), name + ".trig holds one article graph");
    assertTrue(expected.getDefaultGraph().isEmpty(), name + ".trig: nothing outside it");
    Graph graph = expected.getGraph(names.get(0));
    ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
    assertTrue(report.conforms(), () -> name + ".trig:\n" + turtle(report.getGraph()));
  }

  private static DatasetGraph write(Extraction extraction) {
    DatasetGraph out = DatasetGraphFactory.create();
    ArticleGraphWriter.write(
        extraction, RUN, EXTRACTED_AT, GoldenArticle.IRIS, StreamRDFLib.dataset(out));
    return out;
  }

  private static DatasetGraph golden(String name) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    try (InputStream in =
        ArticleGraphWriterGoldenTest.class.getResourceAsStream(DIR + name + ".trig")) {
      if (in == null) {
        fail("golden file missing: " + DIR + name + ".trig");
      }
      RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dataset;
  }

  private static Path save(String name, DatasetGraph actual) {
    Path file = Path.of("target", "golden-actual", name + ".trig");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, trig(actual));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toAbsolutePath();
  }

  private static String trig(DatasetGraph dataset) {
    Prefixes.standard().forEach(dataset.prefixes()::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String turtle(Graph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.TURTLE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
