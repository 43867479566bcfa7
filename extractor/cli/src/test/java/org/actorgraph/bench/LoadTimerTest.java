package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.sink.Batching;
import org.actorgraph.sink.GraphSink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load timer reads one graph per run of adjacent quads and stores them in the sink's batches.
 */
class LoadTimerTest {

  @TempDir Path dir;

  private static String quad(int s, String graph) {
    return "<https://example.org/e/" + s + "> <https://example.org/p> \"v\" <" + graph + "> .\n";
  }

  /** Records the batch sizes it is handed. */
  private static final class Recording implements GraphSink {
    final List<Integer> sizes = new ArrayList<>();
    final Map<Integer, String> answer;

    Recording(Map<Integer, String> answer) {
      this.answer = answer;
    }

    @Override
    public Batching batching() {
      return new Batching(2, Long.MAX_VALUE);
    }

    @Override
    public void put(Node name, Graph content) {}

    @Override
    public Map<Integer, String> putAll(List<ArticleGraph> graphs) {
      sizes.add(graphs.size());
      return answer;
    }

    @Override
    public void close() {}
  }

  @Test
  void readsOneGraphPerArticleAndStoresThemInTheSinksBatches() throws IOException {
    Path nq = dir.resolve("a.nq");
    Files.writeString(
        nq,
        quad(1, "https://example.org/a/1")
            + quad(2, "https://example.org/a/1")
            + quad(3, "https://example.org/a/2")
            + quad(4, "https://example.org/a/3")
            + quad(5, "https://example.org/a/3")
            + quad(6, "https://example.org/a/3"));
    List<ArticleGraph> graphs = LoadTimer.readNquads(nq);
    assertEquals(List.of(2, 1, 3), graphs.stream().map(g -> g.graph().size()).toList());
    Recording sink = new Recording(Map.of());
    LoadTimer.Timing t = LoadTimer.load(graphs, sink);
    assertEquals(List.of(2, 1), sink.sizes);
    assertEquals(3, t.graphs());
    assertEquals(6, t.triples());
    assertTrue(t.triplesPerSecond() > 0);
    assertThrows(
        IllegalStateException.class,
        () -> LoadTimer.load(graphs, new Recording(Map.of(0, "no"))),
        "a graph the sink did not store fails the timing");
  }
}
