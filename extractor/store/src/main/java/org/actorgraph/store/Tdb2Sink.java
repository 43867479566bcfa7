package org.actorgraph.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.sink.Batching;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.SinkException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores article graphs in the project's TDB2 store (with its text index), one write transaction
 * per batch of articles: a failure leaves the store as it was before that batch, and the batch is
 * then stored article by article so that only the failing article is lost.
 *
 * <p>A failure to write the store itself (disk full, folder not writable) is different: no later
 * article could be stored either, so the sink gives up, and that batch and every later article fail
 * at once with one clear reason. The aborted transaction leaves the store as it was, so a re-run
 * once the disk has room completes it.
 *
 * <p>Design decision: TDB2 writes through memory-mapped files, and when the disk is full a write to
 * a mapped page surfaces as {@link InternalError} ("a fault occurred in a recent unsafe memory
 * access operation"), not as an {@link IOException}. That one {@code Error} is caught here, since
 * for a mapped file it means an I/O failure; the transaction has been aborted by then.
 */
public final class Tdb2Sink implements GraphSink {

  private static final Logger LOG = LoggerFactory.getLogger(Tdb2Sink.class);

  private final ActorgraphStore store;
  private String gaveUp;

  public Tdb2Sink(ActorgraphStore store) {
    this.store = store;
  }

  @Override
  public void put(Node name, Graph content) {
    if (gaveUp != null) {
      throw new SinkException("not stored: " + gaveUp);
    }
    try {
      store.replaceGraph(name, content);
    } catch (RuntimeException | InternalError e) {
      if (giveUpIfStorageFailed(e)) {
        throw new SinkException("not stored: " + gaveUp, e);
      }
      throw new SinkException(
          store.dataDir() + ": cannot store graph <" + name + ">: " + e.getMessage(), e);
    }
  }

  /**
   * Stores the graphs in one transaction; if that fails, stores them one transaction each, so that
   * one bad graph costs only itself.
   */
  @Override
  public Map<Integer, String> putAll(List<ArticleGraph> graphs) {
    if (gaveUp != null) {
      return allFailed(graphs.size());
    }
    Map<Node, Graph> all = new LinkedHashMap<>();
    for (ArticleGraph g : graphs) {
      all.put(g.name(), g.graph());
    }
    try {
      store.replaceGraphs(all);
      return Map.of();
    } catch (RuntimeException | InternalError e) {
      if (giveUpIfStorageFailed(e)) {
        return allFailed(graphs.size());
      }
      return GraphSink.super.putAll(graphs);
    }
  }

  private Map<Integer, String> allFailed(int n) {
    Map<Integer, String> failures = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      failures.put(i, "not stored: " + gaveUp);
    }
    return failures;
  }

  /** Whether {@code e} means the store cannot be written at all; if so, remembers why. */
  private boolean giveUpIfStorageFailed(Throwable e) {
    String reason = storageFailure(e);
    if (reason == null) {
      return false;
    }
    gaveUp =
        store.dataDir()
            + ": cannot write the store ("
            + reason
            + "); the failed batch was rolled back. Make room or fix the folder's permissions,"
            + " then run the same load again";
    LOG.error(gaveUp, e);
    return true;
  }

  /** The reason when {@code e} is a failure to write the disk, else null. */
  static String storageFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InternalError) {
        return "a write to a memory-mapped file failed: the disk is probably full";
      }
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (m.contains("No space left") || m.contains("Disk quota exceeded")) {
        return "no space left on the device";
      }
      if (m.contains("Read-only file system")
          || m.contains("Permission denied")
          || t instanceof java.nio.file.AccessDeniedException) {
        return "the folder is not writable";
      }
      if (t instanceof FileSystemException || t instanceof IOException) {
        return "I/O error: " + m;
      }
    }
    return null;
  }

  /**
   * Large batches: 1,000 articles or 500,000 triples, whichever comes first.
   *
   * <p>Design decision: a TDB2 write transaction copies every B+tree block it touches once, and
   * commits (with the text index) cost the same however much they hold, so the cost per triple
   * falls with the batch: on 1 M quads of synthetic articles 50 articles a transaction loaded
   * 30-35k quads per CPU second and left 1,627 bytes per quad on disk, 250 loaded 38-41k (694),
   * 1,000 43-48k (456) (docs/PERFORMANCE.md). The triples bound keeps a batch of unusually long
   * articles to a few hundred MB of heap; a failed batch is stored again article by article, so one
   * bad article still costs only itself.
   */
  @Override
  public Batching batching() {
    return BATCHING;
  }

  /** What {@link #batching()} asks for. */
  public static final Batching BATCHING = new Batching(1000, 500_000);

  @Override
  public void close() {
    // the store belongs to the caller
  }
}
