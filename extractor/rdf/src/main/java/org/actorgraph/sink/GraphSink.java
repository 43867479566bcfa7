package org.actorgraph.sink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Receives article graphs one at a time. Each call replaces whatever the sink held for that graph
 * name, atomically: after a failure the sink holds the previous version, never half of the new one.
 *
 * <p>A {@link org.actorgraph.pipeline.BatchRun} calls its sink from one thread of its own (so that
 * extraction goes on while a batch is stored), never from two threads at once, and closes it from
 * the caller's thread once the run is over.
 */
public interface GraphSink extends AutoCloseable {

  /**
   * Stores {@code content} as the named graph {@code name}.
   *
   * @throws SinkException when it cannot be stored; what was stored before is unchanged
   */
  void put(Node name, Graph content);

  /**
   * Stores several graphs; a sink may do so in one transaction. Returns the problems, by index into
   * {@code graphs}; every graph not named there is stored.
   */
  default Map<Integer, String> putAll(List<ArticleGraph> graphs) {
    Map<Integer, String> failures = new LinkedHashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      try {
        put(graphs.get(i).name(), graphs.get(i).graph());
      } catch (SinkException e) {
        failures.put(i, e.getMessage());
      }
    }
    return failures;
  }

  /**
   * How many graphs this sink would like per {@link #putAll} call; {@link Batching#DEFAULT} unless
   * the sink says otherwise (a store whose transactions cost much per commit wants larger ones).
   */
  default Batching batching() {
    return Batching.DEFAULT;
  }

  @Override
  void close();
}
