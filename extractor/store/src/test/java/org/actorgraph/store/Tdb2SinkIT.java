package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2SinkIT {

  @TempDir Path data;

  private static ArticleGraph graph(Node name, String label) {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(
        NodeFactory.createURI("https://example.org/e"),
        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
        NodeFactory.createLiteralString(label));
    return new ArticleGraph(name, g);
  }

  /**
   * The quads of the article graphs: outside the vocabulary graphs that every store holds and the
   * stored default graph, where the store keeps its summary ({@link StoreSummary}).
   */
  private static long articleQuads(Dataset ds) {
    return ds.asDatasetGraph().stream()
        .filter(q -> !ActorgraphStore.VOCABULARY_GRAPHS.contains(q.getGraph()))
        .filter(q -> !q.getGraph().equals(StoreSummary.GRAPH))
        .count();
  }

  @Test
  void aBadGraphInABatchCostsOnlyItself() {
    Node a = NodeFactory.createURI("https://example.org/a");
    Node b = NodeFactory.createURI("https://example.org/b");
    Node bad = NodeFactory.createBlankNode();
    try (ActorgraphStore store = ActorgraphStore.open(data);
        Tdb2Sink sink = new Tdb2Sink(store)) {
      Map<Integer, String> failures =
          sink.putAll(List.of(graph(a, "A"), graph(bad, "X"), graph(b, "B")));
      assertEquals(List.of(1), List.copyOf(failures.keySet()));
      Dataset ds = store.dataset();
      Txn.executeRead(
          ds,
          () -> {
            assertTrue(ds.asDatasetGraph().containsGraph(a));
            assertTrue(ds.asDatasetGraph().containsGraph(b));
            assertEquals(2, articleQuads(ds));
          });
    }
  }

  @Test
  void aBatchReplacesEarlierVersionsOfItsGraphs() {
    Node a = NodeFactory.createURI("https://example.org/a");
    try (ActorgraphStore store = ActorgraphStore.open(data);
        Tdb2Sink sink = new Tdb2Sink(store)) {
      sink.putAll(List.of(graph(a, "old")));
      sink.putAll(List.of(graph(a, "new")));
      Dataset ds = store.dataset();
      long count = Txn.calculateRead(ds, () -> articleQuads(ds));
      assertEquals(1, count);
    }
  }
}
