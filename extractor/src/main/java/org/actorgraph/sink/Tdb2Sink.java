package org.actorgraph.sink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Stores article graphs in the project's TDB2 store (with its text index), one write transaction
 * per batch of articles: a failure leaves the store as it was before that batch, and the batch is
 * then stored article by article so that only the failing article is lost.
 */
public final class Tdb2Sink implements GraphSink {

  private final ActorgraphStore store;

  public Tdb2Sink(ActorgraphStore store) {
    this.store = store;
  }

  @Override
  public void put(Node name, Graph content) {
    try {
      store.replaceGraph(name, content);
    } catch (RuntimeException e) {
      throw new SinkException(
          store.dataDir() + ": cannot store graph <" + name + ">: " + e.getMessage(), e);
    }
  }

  /**
   * Stores the graphs in one transaction; if that fails, stores them one transaction each, so that
   * one bad graph costs only itself.
   */
  @Override
  public Map<Integer, String> putAll(List<Pipeline.ArticleGraph> graphs) {
    Map<Node, Graph> all = new LinkedHashMap<>();
    for (Pipeline.ArticleGraph g : graphs) {
      all.put(g.name(), g.graph());
    }
    try {
      store.replaceGraphs(all);
      return Map.of();
    } catch (RuntimeException e) {
      return GraphSink.super.putAll(graphs);
    }
  }

  @Override
  public void close() {
    // the store belongs to the caller
  }
}
