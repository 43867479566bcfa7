package org.actorgraph.replica;

import java.util.Objects;
import java.util.Set;
import org.actorgraph.server.ActorgraphServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica: an embedded Fuseki server ({@link ActorgraphServer}) over a data folder, and a
 * {@link ReplicaFeeder} that writes the very dataset the server serves, so that readers see each
 * batch as soon as its transaction commits. The server also answers {@code GET /replica/status}
 * with the feeder's {@link FeederMetrics} as JSON.
 *
 * <pre>{@code
 * try (Replica r = Replica.start(ActorgraphServer.builder().port(0).dataDir(dir),
 *     FeederSettings.of("127.0.0.1:9092", "article-graphs", "replica-1"))) {
 *   // SPARQL at http://127.0.0.1:<r.port()>/kg/sparql
 * }
 * }</pre>
 */
public final class Replica implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Replica.class);

  /** Where the server reports the feeder's metrics. */
  public static final String STATUS_PATH = "/replica/status";

  private final ActorgraphServer server;
  private final ReplicaFeeder feeder;

  private Replica(ActorgraphServer server, ReplicaFeeder feeder) {
    this.server = server;
    this.feeder = feeder;
  }

  /**
   * Builds and starts the server from {@code server} (data folder, port, configuration), then the
   * feeder over the server's dataset.
   */
  public static Replica start(ActorgraphServer.Builder server, FeederSettings feed) {
    return start(server, feed, null);
  }

  /** As {@link #start(ActorgraphServer.Builder, FeederSettings)}, with a hook for tests. */
  static Replica start(
      ActorgraphServer.Builder server,
      FeederSettings feed,
      java.util.function.Consumer<MessageBatch> afterStoreCommit) {
    Objects.requireNonNull(feed, "feed");
    ReplicaStatusServlet status = new ReplicaStatusServlet();
    ActorgraphServer s = server.addServlet(STATUS_PATH, status).build().start();
    try {
      Dataset dataset = DatasetFactory.wrap(servedDataset(s));
      ReplicaFeeder feeder =
          afterStoreCommit == null
              ? new ReplicaFeeder(feed, dataset)
              : new ReplicaFeeder(feed, dataset, afterStoreCommit);
      status.watch(feeder);
      LOG.info("Replica on port {} follows {} as group {}", s.port(), feed.topic(), feed.group());
      return new Replica(s, feeder.start());
    } catch (RuntimeException e) {
      s.stop();
      throw e;
    }
  }

  /** The one dataset the server's services share (the configuration serves one store). */
  static DatasetGraph servedDataset(ActorgraphServer server) {
    Set<DatasetGraph> datasets = server.datasets();
    if (datasets.size() != 1) {
      throw new IllegalStateException(
          "a replica serves one dataset; the Fuseki configuration has " + datasets.size());
    }
    return datasets.iterator().next();
  }

  /** The server's HTTP port. */
  public int port() {
    return server.port();
  }

  /** The server underneath. */
  public ActorgraphServer server() {
    return server;
  }

  /** The feeder that writes the server's store. */
  public ReplicaFeeder feeder() {
    return feeder;
  }

  /** Stops the feeder (the batch in hand is finished or left uncommitted), then the server. */
  @Override
  public void close() {
    try {
      feeder.close();
    } finally {
      server.stop();
    }
  }
}
