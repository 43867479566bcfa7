package org.actorgraph.server.linked;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbers of the dataset description, computed from the store by three SPARQL aggregates over
 * the union of the article graphs ({@code GRAPH <urn:x-arq:UnionGraph>}, so they do not depend on
 * the union-default-graph setting): triples per property (their sum is the number of triples),
 * distinct subjects per class, and the latest extraction time.
 *
 * <p>Design decision: the numbers are cached and computed again only when the store has changed:
 * for TDB2 the transaction coordinator's data version moves with every write commit; for another
 * dataset (none in this project) they are kept for {@value #TTL_MILLIS} ms.
 */
final class DatasetStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(DatasetStatistics.class);
  static final long TTL_MILLIS = 60_000;

  private static final String UNION = "<urn:x-arq:UnionGraph>";
  private static final String PROPERTIES =
      "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH " + UNION + " { ?s ?p ?o } } GROUP BY ?p";
  private static final String CLASSES =
      "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH " + UNION + " { ?s a ?c } } GROUP BY ?c";
  private static final String MODIFIED =
      "SELECT (MAX(?t) AS ?m) WHERE { GRAPH "
          + UNION
          + " { ?a <https://w3id.org/actorgraph/ns#extractedAt> ?t } }";

  /**
   * What the store holds.
   *
   * @param triples distinct triples in the union graph
   * @param classes distinct instances per class
   * @param properties triples per property
   * @param vocabularies namespaces of the properties and classes used
   * @param modified the latest {@code ag:extractedAt}, as written
   */
  record Numbers(
      long triples,
      Map<Node, Long> classes,
      Map<Node, Long> properties,
      TreeSet<String> vocabularies,
      Optional<Node> modified) {

    /** Instances of {@code type} (0 when none). */
    long instances(org.apache.jena.rdf.model.Resource type) {
      return classes.getOrDefault(type.asNode(), 0L);
    }
  }

  private final LongSupplier clock;
  private Numbers cached;
  private long cachedVersion = Long.MIN_VALUE;
  private long cachedAt;

  DatasetStatistics() {
    this(System::currentTimeMillis);
  }

  DatasetStatistics(LongSupplier clock) {
    this.clock = clock;
  }

  /** The numbers for {@code dataset}, from the cache when the store has not changed. */
  synchronized Numbers of(DatasetGraph dataset) {
    long version = dataVersion(dataset);
    long now = clock.getAsLong();
    boolean fresh =
        cached != null
            && (version != Long.MIN_VALUE ? version == cachedVersion : now - cachedAt < TTL_MILLIS);
    if (!fresh) {
      long start = System.nanoTime();
      cached = compute(dataset);
      cachedVersion = version;
      cachedAt = now;
      LOG.info(
          "Dataset statistics computed in {} ms ({} triples)",
          (System.nanoTime() - start) / 1_000_000,
          cached.triples());
    }
    return cached;
  }

  private static Numbers compute(DatasetGraph dataset) {
    dataset.begin(TxnType.READ);
    try {
      Map<Node, Long> properties = counts(dataset, PROPERTIES, "p");
      Map<Node, Long> classes = counts(dataset, CLASSES, "c");
      long triples = properties.values().stream().mapToLong(Long::longValue).sum();
      TreeSet<String> vocabularies = new TreeSet<>();
      properties.keySet().forEach(p -> vocabularies.add(p.getNameSpace()));
      classes.keySet().stream()
          .filter(Node::isURI)
          .forEach(c -> vocabularies.add(c.getNameSpace()));
      Optional<Node> modified;
      try (QueryExec q = QueryExec.dataset(dataset).query(MODIFIED).build()) {
        RowSet rows = q.select();
        modified = rows.hasNext() ? Optional.ofNullable(rows.next().get("m")) : Optional.empty();
      }
      return new Numbers(triples, classes, properties, vocabularies, modified);
    } finally {
      dataset.end();
    }
  }

  private static Map<Node, Long> counts(DatasetGraph dataset, String query, String key) {
    Map<Node, Long> counts = new LinkedHashMap<>();
    try (QueryExec q = QueryExec.dataset(dataset).query(query).build()) {
      q.select()
          .forEachRemaining(
              row -> {
                Node k = row.get(key);
                Node n = row.get("n");
                if (k != null && n != null) {
                  counts.put(k, ((Number) n.getLiteralValue()).longValue());
                }
              });
    }
    return counts;
  }

  /**
   * The TDB2 data version of {@code dataset} (it moves with every write commit), or {@link
   * Long#MIN_VALUE} if it has none.
   */
  private static long dataVersion(DatasetGraph dataset) {
    DatasetGraph d = dataset;
    // The text index wraps TDB2's switchable dataset, itself a wrapper of the database.
    while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
      d = w.getWrapped();
    }
    if (!TDBInternal.isTDB2(d)) {
      return Long.MIN_VALUE;
    }
    dataset.begin(TxnType.READ);
    try {
      return TDBInternal.getDatasetGraphTDB(d)
          .getTxnSystem()
          .getThreadTransaction()
          .getDataVersion();
    } catch (RuntimeException e) {
      return Long.MIN_VALUE;
    } finally {
      dataset.end();
    }
  }
}
