package org.actorgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actorgraph dataset (TDB2, union default graph, Lucene text index) over one data folder,
 * assembled from the same configuration that Fuseki serves ({@link StoreConfig}). Besides one named
 * graph per article it holds the ontology and the CAMEO scheme in their own graphs ({@link
 * #loadVocabularies}), loaded on every open.
 *
 * <p>Writes through {@link #dataset()} update the text index in the same transaction. Only one
 * holder at a time may have a data folder open in a JVM (Lucene allows one index writer):
 * {@linkplain #close() close} the store before an {@code ActorgraphServer} opens the same folder.
 *
 * <pre>{@code
 * try (ActorgraphStore store = ActorgraphStore.open(Path.of("data"))) {
 *   store.replaceGraph(articleIri, articleGraph);
 * }
 * }</pre>
 */
public final class ActorgraphStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ActorgraphStore.class);

  /** The graph that holds the ontology, {@code ontology/actorgraph.ttl}: its own IRI. */
  public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Ontology.IRI);

  /** The graph that holds the CAMEO concept scheme, {@code ontology/cameo.ttl}: its IRI. */
  public static final Node CAMEO_GRAPH = NodeFactory.createURI(AG.CAMEO);

  /** The vocabulary graphs, which are in every store next to the article graphs. */
  public static final java.util.Set<Node> VOCABULARY_GRAPHS =
      java.util.Set.of(ONTOLOGY_GRAPH, CAMEO_GRAPH);

  private final Path dataDir;
  private final Dataset dataset;
  private boolean closed;

  private ActorgraphStore(Path dataDir, Dataset dataset) {
    this.dataDir = dataDir;
    this.dataset = dataset;
  }

  /** Opens (creating if needed) the store in {@code dataDir} with the bundled configuration. */
  public static ActorgraphStore open(Path dataDir) {
    return open(dataDir, StoreConfig.readDefault());
  }

  /**
   * Opens the store in {@code dataDir} as the Fuseki configuration file {@code configFile} says.
   */
  public static ActorgraphStore open(Path dataDir, Path configFile) {
    return open(dataDir, StoreConfig.read(configFile));
  }

  /** Opens the store in {@code dataDir} as the configuration model {@code config} says. */
  public static ActorgraphStore open(Path dataDir, Model config) {
    Objects.requireNonNull(dataDir, "dataDir");
    Model located = StoreConfig.withDataDir(config, dataDir);
    try {
      Files.createDirectories(dataDir.resolve(StoreConfig.LUCENE_FOLDER));
    } catch (IOException e) {
      throw new UncheckedIOException(dataDir + ": cannot create the data folder", e);
    }
    Dataset dataset = assemble(located, dataDir);
    try {
      loadVocabularies(dataset.asDatasetGraph());
      startSummary(dataset.asDatasetGraph(), dataDir);
    } catch (RuntimeException e) {
      release(dataset);
      throw e;
    }
    LOG.info("Opened store in {}", dataDir.toAbsolutePath());
    return new ActorgraphStore(dataDir, dataset);
  }

  /**
   * Assembles the {@code text:TextDataset} of a configuration whose locations are already final
   * (see {@link StoreConfig#withDataDir}); {@code where} names the data folder in errors.
   */
  static Dataset assemble(Model locatedConfig, Path where) {
    try {
      return DatasetFactory.assemble(StoreConfig.textDataset(locatedConfig));
    } catch (RuntimeException e) {
      if (causedBy(e, LockObtainFailedException.class)) {
        throw new IllegalStateException(
            where
                + ": the text index is already open in this JVM (close the store or stop the"
                + " server that holds it first)",
            e);
      }
      Path tdb = where.resolve(StoreConfig.TDB2_FOLDER);
      if (Files.isDirectory(tdb) && !Files.isWritable(tdb)) {
        throw new IllegalStateException(
            where
                + ": the store folder is not writable (a read-only file system or its"
                + " permissions); make it writable and run again",
            e);
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock")) {
          throw new IllegalStateException(
              where
                  + ": the store is in use by another process ("
                  + t.getMessage()
                  + "); stop that process, or load into its server with 'load --remote'",
              e);
        }
      }
      throw e;
    }
  }

  /**
   * Makes the graphs {@link #ONTOLOGY_GRAPH} and {@link #CAMEO_GRAPH} hold exactly the bundled
   * {@code ontology/actorgraph.ttl} and {@code ontology/cameo.ttl}, so that queries over the union
   * default graph can follow {@code ag:cameo/skos:broader} and show the labels of CAMEO categories,
   * agreement kinds and statuses and role statuses. Idempotent: a graph that already holds the
   * bundled file is left alone (no write transaction); a different one (an older version) is
   * replaced, never added to. {@link #open} and the server call it on every open.
   *
   * @throws IllegalStateException if the calling thread is already in a transaction on {@code dsg}
   */
  public static void loadVocabularies(DatasetGraph dsg) {
    java.util.Map<Node, Graph> wanted = new java.util.LinkedHashMap<>();
    wanted.put(ONTOLOGY_GRAPH, Ontology.ontology().getGraph());
    wanted.put(CAMEO_GRAPH, Ontology.cameo().getGraph());
    java.util.Map<Node, Graph> stale =
        Txn.calculateRead(
            dsg,
            () -> {
              java.util.Map<Node, Graph> differ = new java.util.LinkedHashMap<>();
              wanted.forEach(
                  (name, graph) -> {
                    Graph stored = dsg.getGraph(name);
                    if (stored.size() != graph.size() || !stored.isIsomorphicWith(graph)) {
                      differ.put(name, graph);
                    }
                  });
              return differ;
            });
    if (stale.isEmpty()) {
      return;
    }
    try {
      replaceGraphs(dsg, stale);
      LOG.info("Loaded the vocabularies {} into the store", stale.keySet());
    } catch (RuntimeException e) {
      // A store that cannot be written (read-only folder, full disk) is still readable.
      LOG.warn(
          "Could not load the vocabularies {} into the store (queries that read CAMEO or concept"
              + " labels will find none): {}",
          stale.keySet(),
          e.toString());
    }
  }

  /**
   * Starts the summary of an empty store ({@link StoreSummary#startIfEmpty}); warns when a store
   * with articles has none (the queries that read it would answer nothing).
   */
  private static void startSummary(DatasetGraph dsg, Path dataDir) {
    try {
      StoreSummary.startIfEmpty(dsg);
    } catch (RuntimeException e) {
      LOG.warn("Could not start the summary of {} (read-only?): {}", dataDir, e.toString());
      return;
    }
    if (!Txn.calculateRead(dsg, () -> StoreSummary.isKept(dsg))) {
      LOG.warn(
          "{}: the store has no summary, so actors, facts-by-number-of-sources and"
              + " co-occurrence-network answer nothing; run 'actorgraph summarise --store {}'",
          dataDir,
          dataDir);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The data folder this store was opened over. */
  public Path dataDir() {
    return dataDir;
  }

  /** The text-indexed TDB2 dataset; its default graph is the union of the named graphs. */
  public Dataset dataset() {
    if (closed) {
      throw new IllegalStateException(dataDir + ": store is closed");
    }
    return dataset;
  }

  /** {@link #replaceGraph(Dataset, Node, Graph)} on this store's dataset. */
  public void replaceGraph(Node graphName, Graph content) {
    replaceGraph(dataset(), graphName, content);
  }

  /**
   * Makes the named graph {@code graphName} hold exactly the triples of {@code content}, in one
   * write transaction: the old triples are deleted and the new ones added, and the text index
   * follows. If anything fails (including reading {@code content}) the transaction is aborted and
   * the previous graph stays as it was.
   *
   * @param graphName an IRI, not the default or union graph
   * @throws IllegalStateException if the calling thread is already in a transaction on {@code ds}
   */
  public static void replaceGraph(Dataset ds, Node graphName, Graph content) {
    replaceGraphs(ds, java.util.Map.of(graphName, content));
  }

  /** {@link #replaceGraphs(Dataset, java.util.Map)} on this store's dataset. */
  public void replaceGraphs(java.util.Map<Node, Graph> graphs) {
    replaceGraphs(dataset(), graphs);
  }

  /**
   * Replaces several named graphs in one write transaction: all of them, or (on any failure) none.
   * One transaction for many articles is much faster than one each, since every commit syncs the
   * database and the text index to disk.
   *
   * @throws IllegalStateException if the calling thread is already in a transaction on {@code ds}
   */
  public static void replaceGraphs(Dataset ds, java.util.Map<Node, Graph> graphs) {
    replaceGraphs(ds.asDatasetGraph(), graphs);
  }

  private static void replaceGraphs(DatasetGraph dsg, java.util.Map<Node, Graph> graphs) {
    graphs.forEach(
        (graphName, content) -> {
          Objects.requireNonNull(content, "content");
          checkGraphName(graphName);
        });
    if (dsg.isInTransaction()) {
      throw new IllegalStateException("replaceGraphs: already in a transaction (it runs its own)");
    }
    dsg.begin(TxnType.WRITE);
    try {
      // the summary changes by the difference of the old and new graphs, in this transaction
      SummaryCounts delta = StoreSummary.isKept(dsg) ? new SummaryCounts() : null;
      graphs.forEach(
          (graphName, content) -> {
            if (delta != null) {
              StoreSummary.replacing(dsg, graphName, content, delta);
            }
            dsg.removeGraph(graphName);
            content
                .find()
                .forEachRemaining(
                    t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
          });
      if (delta != null) {
        StoreSummary.apply(dsg, delta);
      }
      dsg.commit();
    } catch (RuntimeException | Error e) {
      dsg.abort();
      throw e;
    } finally {
      dsg.end();
    }
  }

  private static void checkGraphName(Node graphName) {
    Objects.requireNonNull(graphName, "graphName");
    if (!graphName.isURI() || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName)) {
      throw new IllegalArgumentException(
          "graphName: expected an article graph IRI (found " + graphName + ")");
    }
  }

  /**
   * Closes the text index and makes TDB2 forget the database, so that the same data folder can be
   * opened again in this JVM (by another store or by the server). Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    release(dataset);
    LOG.info("Released store in {}", dataDir.toAbsolutePath());
  }

  /**
   * Releases a dataset assembled from the actorgraph configuration: closes its Lucene index and
   * expels its TDB2 database from TDB2's per-JVM cache.
   *
   * <p>Design decision: closing the text dataset closes only the Lucene index. TDB2 keeps the
   * database, its files and its {@code tdb.lock} in a JVM-wide cache, with the closed index still
   * registered in its transaction coordinator (a later open replaces it, logging "Add component
   * already in the group"). Expelling the database closes its files and lock, so the next open, in
   * this JVM or another process, starts clean.
   */
  public static void release(Dataset ds) {
    release(ds.asDatasetGraph());
  }

  /** {@link #release(Dataset)} for a dataset graph, as Fuseki holds it. */
  public static void release(DatasetGraph dsg) {
    DatasetGraph tdb = dsg instanceof DatasetGraphWrapper w ? w.getWrapped() : dsg;
    dsg.close();
    if (TDBInternal.isTDB2(tdb)) {
      TDBInternal.expel(tdb);
    }
  }
}
