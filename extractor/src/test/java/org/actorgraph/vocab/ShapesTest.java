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
            AG.Contest)) {
      if (!graph.contains(null, RDF.type, type)) {
        missing.add(type.getLocalName());
      }
    }
    assertEquals(Set.of(), missing);
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("missing-evidence.ru", AG.Position, "evidence", "MinCount"),
        Arguments.of("confidence-above-one.ru", AG.Interaction, "confidence", "MaxInclusive"),
        Arguments.of("position-without-holder.ru", AG.Position, "holder", "MinCount"),
        Arguments.of("role-not-lower-case.ru", AG.Position, "role", "Node"),
        Arguments.of("cameo-code-out-of-range.ru", AG.Interaction, "cameo", "In"),
        Arguments.of("direct-triple-missing.ru", AG.Membership, null, "SPARQL"),
        Arguments.of("memorandum-typed-treaty.ru", AG.Memorandum, null, "Not"),
        Arguments.of("anchor-off-by-one.ru", AG.Mention, null, "SPARQL"),
        Arguments.of("organisation-subclass-untyped.ru", AG.Company, "type", "HasValue"));
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
    Node node = ((P_Link) e.resultPath()).getNode();
    return node.getLocalName();
  }
}
