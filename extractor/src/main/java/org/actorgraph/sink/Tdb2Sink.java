package org.actorgraph.sink;

import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Stores article graphs in the project's TDB2 store (with its text index), one write transaction
 * per article: a failure leaves the store as it was before that article.
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
          store.dataDir() + ": cannot store graph <" + name.getURI() + ">: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    // the store belongs to the caller
  }
}
