package org.actorgraph.sink;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Receives article graphs one at a time. Each call replaces whatever the sink held for that graph
 * name, atomically: after a failure the sink holds the previous version, never half of the new one.
 */
public interface GraphSink extends AutoCloseable {

  /**
   * Stores {@code content} as the named graph {@code name}.
   *
   * @throws SinkException when it cannot be stored; what was stored before is unchanged
   */
  void put(Node name, Graph content);

  @Override
  void close();
}
