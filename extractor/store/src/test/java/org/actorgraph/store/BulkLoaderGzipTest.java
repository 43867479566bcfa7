package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk loading reads gzipped N-Quads (the Flink job's archive files) as it reads plain ones. */
class BulkLoaderGzipTest {

  private static final String NQUADS =
      """
      <https://example.org/e/freedonia> <http://www.w3.org/2000/01/rdf-schema#label> "Freedonia" <https://example.org/article/a1> .
      <https://example.org/e/freedonia> <https://example.org/p> <https://example.org/e/sylvania> <https://example.org/article/a1> .
      <https://example.org/e/sylvania> <http://www.w3.org/2000/01/rdf-schema#label> "Sylvania"@en <https://example.org/article/a2> .
      """;

  @TempDir Path dir;

  private Graph load(Path file, String store) {
    try (ActorgraphStore s = ActorgraphStore.open(dir.resolve(store))) {
      BulkLoader.Result r = BulkLoader.load(s, List.of(file));
      assertEquals(3, r.quads(), file.getFileName() + ": quads loaded");
      DatasetGraph ds = s.dataset().asDatasetGraph();
      return Txn.calculateRead(
          ds,
          () -> {
            Graph g = GraphFactory.createDefaultGraph();
            ds.getGraph(NodeFactory.createURI("https://example.org/article/a1"))
                .find()
                .forEachRemaining(g::add);
            return g;
          });
    }
  }

  @Test
  void aGzippedFileLoadsTheSameQuadsAsThePlainOne() throws IOException {
    Path plain = dir.resolve("graphs.nq");
    Files.writeString(plain, NQUADS);
    Path gzipped = dir.resolve("part-0-0.nq.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write(NQUADS.getBytes(StandardCharsets.UTF_8));
    }
    Graph fromPlain = load(plain, "plain");
    Graph fromGzip = load(gzipped, "gzip");
    assertEquals(2, fromPlain.size());
    assertTrue(fromPlain.isIsomorphicWith(fromGzip));
  }
}
