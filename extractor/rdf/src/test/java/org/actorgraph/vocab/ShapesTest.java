package org.actorgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the hand-written article graph {@code valid-article.trig} against {@code shapes.ttl},
 * then breaks it with one SPARQL Update per rule ({@code *.ru} next to it) and checks that the
 * shapes report that rule (a break may also trip a rule that depends on it, such as an ag:headOf
 * left without its position).
 */
class ShapesTest {

  private static final Shapes SHAPES = Ontology.shapes();
  private static final String SH = "http://www.w3.org/ns/shacl#";

  static Dataset fixture() {
    Dataset dataset = DatasetFactory.create();
    try (InputStream in = resource("valid-article.trig")) {
      RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dataset;
  }

  private static InputStream resource(String name) {
    InputStream in = ShapesTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    return in;
  }

  private static Graph onlyArticleGraph(Dataset dataset) {
    List<Resource> names = new ArrayList<>();
    dataset.listModelNames().forEachRemaining(names::add);
    assertEquals(1, names.size(), "the fixture holds one article graph: " + names);
    assertTrue(dataset.getDefaultModel().isEmpty(), "nothing outside the article graph");
    return dataset.getNamedModel(names.get(0)).getGraph();
  }

  private static String describe(ValidationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theHandWrittenArticleGraphConforms() {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, onlyArticleGraph(fixture()));
    assertTrue(report.conforms(), describe(report));
  }

  @Test
  void theFixtureHasOneOfEveryEntityTypeAndAssertionClass() {
    Model graph = fixture().getUnionModel();
    Set<String> missing = new TreeSet<>();
    for (Resource type :
        List.of(
            AG.Article,
            AG.ExtractionRun,
            AG.Sentence,
            AG.Mention,
            AG.Person,
            AG.Country,
            AG.GovernmentBody,
            AG.PoliticalParty,
            AG.InternationalOrganisation,
            AG.Company,
            AG.MediaOutlet,
            AG.ArmedGroup,
            AG.NGO,
            AG.City,
            AG.Region,
            AG.Facility,
            AG.Position,
            AG.Membership,
            AG.PartWhole,
            AG.Location,
            AG.Interaction,
            AG.Agreement,
            AG.Quote,
            AG.Contest,
            AG.ArticleView)) {
      if (!graph.contains(null, RDF.type, type)) {
        missing.add(type.getLocalName());
      }
    }
    assertEquals(Set.of(), missing);
  }

  /**
   * A minimal article graph whose body has emoji (two UTF-16 units, one code point) before and
   * inside the mention "Ana 👋", with the mention at the given offsets.
   */
  private static Graph emojiArticle(int begin, int end, String anchor) {
    String a = "https://w3id.org/actorgraph/id/article/0123456789abcdef";
    String body = "Hi 😀🇪🇨 Ana 👋 met Bo.";
    String trig =
        """
        PREFIX ag: <https://w3id.org/actorgraph/ns#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        <%1$s> {
          <%1$s> a ag:Article ; ag:articleId "e" ; ag:language "eng" ; ag:body "%2$s" ;
            ag:extractedAt "2025-01-01T00:00:00Z"^^xsd:dateTime ; ag:extractorVersion "0.1.0" ;
            ag:extractedBy <https://w3id.org/actorgraph/id/run/00000000-0000-0000-0000-000000000000> .
          <https://w3id.org/actorgraph/id/run/00000000-0000-0000-0000-000000000000>
            a ag:ExtractionRun .
          <%1$s#s0> a ag:Sentence ; ag:article <%1$s> ; ag:sentenceIndex 0 ;
            ag:beginIndex 0 ; ag:endIndex %3$d ; ag:text "%2$s" .
          <%1$s#char=%4$d,%5$d> a ag:Mention ; ag:article <%1$s> ; ag:sentence <%1$s#s0> ;
            ag:beginIndex %4$d ; ag:endIndex %5$d ; ag:anchorOf "%6$s" .
        }
        """
            .formatted(a, body, body.length(), begin, end, anchor);
    Dataset dataset = DatasetFactory.create();
    RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
    return onlyArticleGraph(dataset);
  }

  @Test
  void offsetsCountUtf16UnitsAlsoAfterEmoji() {
    String body = "Hi 😀🇪🇨 Ana 👋 met Bo.";
    int begin = body.indexOf("Ana");
    int end = begin + "Ana 👋".length();
    ValidationReport report =
        ShaclValidator.get().validate(SHAPES, emojiArticle(begin, end, "Ana 👋"));
    assertTrue(report.conforms(), describe(report));
  }

  @Test
  void offsetsCountedInCodePointsAreReportedAfterEmoji() {
    String body = "Hi 😀🇪🇨 Ana 👋 met Bo.";
    int begin = body.codePointCount(0, body.indexOf("Ana"));
    int end = begin + "Ana 👋".codePointCount(0, "Ana 👋".length());
    ValidationReport report =
        ShaclValidator.get().validate(SHAPES, emojiArticle(begin, end, "Ana 👋"));
    assertFalse(report.conforms(), "code-point offsets " + begin + "," + end + " should fail");
  }

  @Test
  void anAnchorEndingInsideAnEmojiIsReported() {
    String body = "Hi 😀🇪🇨 Ana 👋 met Bo.";
    int begin = body.indexOf("Ana");
    ValidationReport report =
        ShaclValidator.get()
            .validate(SHAPES, emojiArticle(begin, begin + "Ana 👋".length() - 1, "Ana 👋"));
    assertFalse(report.conforms(), "an anchor one unit short should fail");
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("missing-evidence.ru", AG.Position, "evidence", "MinCount"),
        Arguments.of("confidence-above-one.ru", AG.ArticleView, "confidence", "MaxInclusive"),
        Arguments.of("position-without-holder.ru", AG.Position, "holder", "MinCount"),
        Arguments.of("role-not-lower-case.ru", AG.Position, "role", "Node"),
        Arguments.of("cameo-code-out-of-range.ru", AG.Interaction, "cameo", "In"),
        Arguments.of("direct-triple-missing.ru", AG.Membership, null, "SPARQL"),
        Arguments.of("memorandum-typed-treaty.ru", AG.Memorandum, null, "Not"),
        Arguments.of("anchor-off-by-one.ru", AG.Mention, null, "SPARQL"),
        Arguments.of("organisation-subclass-untyped.ru", AG.Company, "type", "HasValue"),
        Arguments.of("date-without-interval.ru", AG.ArticleView, null, "Node"),
        Arguments.of("interaction-view-without-trigger.ru", AG.ArticleView, null, "SPARQL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void eachBrokenRuleIsReported(
      String update, Resource focusType, String pathLocalName, String component) {
    Dataset dataset = fixture();
    try (InputStream in = resource(update)) {
      UpdateAction.parseExecute(new String(in.readAllBytes(), StandardCharsets.UTF_8), dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Graph graph = onlyArticleGraph(dataset);
    ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
    assertFalse(report.conforms(), update + " should break a shape");
    boolean reported =
        report.getEntries().stream()
            .anyMatch(
                e ->
                    graph.contains(e.focusNode(), RDF.type.asNode(), focusType.asNode())
                        && Objects.equals(pathLocalName, localName(e))
                        && e.sourceConstraintComponent()
                            .getURI()
                            .equals(SH + component + "ConstraintComponent"));
    assertTrue(
        reported,
        update
            + ": expected a "
            + component
            + " violation on a "
            + focusType.getLocalName()
            + " at "
            + pathLocalName
            + "\n"
            + describe(report));
  }

  private static String localName(ReportEntry e) {
    if (e.resultPath() == null) {
      return null;
    }
    if (!(e.resultPath() instanceof P_Link link)) {
      return e.resultPath().toString();
    }
    Node node = link.getNode();
    return node.getLocalName();
  }
}
