package org.actorgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example queries of {@code ontology/README.md}: each file in {@code ontology/examples/} is
 * quoted verbatim in the README, parses, and runs over article graphs of the writer's golden files
 * (the store's union default graph, as the server and {@code actorgraph query} use it).
 */
class ExampleQueriesTest {

  private static final List<String> GOLDEN = List.of("position", "agreement-stated-twice");

  private static Path ontologyDir() {
    for (Path p : List.of(Path.of("ontology"), Path.of("../ontology"))) {
      if (Files.isDirectory(p.resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "ontology/examples not found from " + Path.of("").toAbsolutePath());
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(ontologyDir().resolve("examples"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
    }
  }

  /**
   * The golden article graphs and the vocabulary graphs, queried through their union as the store's
   * default graph.
   */
  private static Dataset goldenStore() {
    DatasetGraph dataset = DatasetGraphFactory.create();
    for (String name : GOLDEN) {
      String path = "/org/actorgraph/rdf/golden/" + name + ".trig";
      try (InputStream in = ExampleQueriesTest.class.getResourceAsStream(path)) {
        RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // The vocabularies, as every store holds them in their own graphs.
    dataset.addGraph(ActorgraphStore.ONTOLOGY_GRAPH, Ontology.ontology().getGraph());
    dataset.addGraph(ActorgraphStore.CAMEO_GRAPH, Ontology.cameo().getGraph());
    return DatasetFactory.wrap(ModelFactory.createModelForGraph(dataset.getUnionGraph()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsQuotedInTheReadmeAndRuns(Path file) throws IOException {
    String text = Files.readString(file).strip();
    String readme = Files.readString(ontologyDir().resolve("README.md"));
    assertTrue(readme.contains(text), file + " is not quoted verbatim in ontology/README.md");
    Query query = QueryFactory.create(text);
    assertTrue(query.isSelectType(), file + " is a SELECT query");
    List<String> rows = new ArrayList<>();
    try (QueryExecution exec = QueryExecution.dataset(goldenStore()).query(query).build()) {
      exec.execSelect().forEachRemaining(r -> rows.add(r.toString()));
    }
    if (!file.getFileName().toString().startsWith("actors-across")) {
      assertFalse(rows.isEmpty(), file + " finds nothing in the golden article graphs");
    }
    assertEquals(rows.size(), rows.stream().distinct().count(), "rows are distinct");
  }
}
