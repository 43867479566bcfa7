package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD output of {@link RdfFileSink}: compact, with the ontology's context, named graphs
 * kept, and read back by Jena into the same dataset. Its input is article graphs of the writer's
 * golden files and a graph with literals that need escaping.
 */
class RdfFileSinkJsonLdTest {

  private static final List<String> GOLDEN =
      List.of("position", "agreement-stated-twice", "interaction", "quote-over-two-sentences");

  private static final String ODD =
      """
      PREFIX ag: <https://w3id.org/actorgraph/ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      <https://w3id.org/actorgraph/id/article/00000000000000aa> {
        <https://w3id.org/actorgraph/id/person/00000000000000bb> a ag:Person, ag:Actor ;
          rdfs:label "Ana \\"Nina\\" <O'Brien> {😀} [גדעון] \\\\ end" ;
          ag:confidence 0.5e0 .
      }
      """;

  private static DatasetGraph goldenArticles() {
    DatasetGraph dataset = DatasetGraphFactory.create();
    for (String name : GOLDEN) {
      String path = "/org/actorgraph/rdf/golden/" + name + ".trig";
      try (InputStream in = RdfFileSinkJsonLdTest.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("test resource missing: " + path);
        }
        RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    RDFParser.fromString(ODD, Lang.TRIG).parse(dataset);
    return dataset;
  }

  private static String writeJsonLd(DatasetGraph dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RdfFileSink sink = new RdfFileSink(out, RdfFileSink.Format.JSONLD)) {
      dataset.listGraphNodes().forEachRemaining((Node g) -> sink.put(g, dataset.getGraph(g)));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLdReadsBackIntoAnIsomorphicDataset() {
    DatasetGraph original = goldenArticles();
    String json = writeJsonLd(original);
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .lang(Lang.JSONLD)
        .parse(back);
    assertEquals(graphCount(original), graphCount(back), "named graphs kept");
    assertTrue(IsoMatcher.isomorphic(original, back), "round trip differs:\n" + json);
  }

  private static int graphCount(DatasetGraph dataset) {
    int[] n = {0};
    dataset.listGraphNodes().forEachRemaining(g -> n[0]++);
    return n[0];
  }

  @Test
  void jsonLdIsCompactWithTheOntologysContext() {
    String json = writeJsonLd(goldenArticles());
    assertTrue(json.stripLeading().startsWith("{\n    \"@context\""), "context first:\n" + json);
    assertTrue(json.contains("\"roleStatus\": \"roleCurrent\""), "concepts by local name");
    assertTrue(json.contains("\"Position\""), "classes by local name");
    String data = json.substring(json.indexOf("\"@graph\""));
    assertTrue(!data.contains("ns#"), "no term written as a full IRI");
    assertTrue(json.contains("\"holder\": "), "properties by local name");
    assertTrue(json.contains("\"cameo\": \"CAMEO:04\""), "CAMEO concepts with their prefix");
  }
}
