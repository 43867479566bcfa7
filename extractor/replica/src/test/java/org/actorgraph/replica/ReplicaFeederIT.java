package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.actorgraph.pipeline.Pipeline;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feeder alone, over in-memory transactional datasets: what it does when the store fails. */
class ReplicaFeederIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }

  /** A dataset whose disk is full: every write fails, as TDB2's does then. */
  private static DatasetGraph full() {
    return new DatasetGraphWrapper(DatasetGraphFactory.createTxnMem()) {
      @Override
      public void add(Node g, Node s, Node p, Node o) {
        throw new UncheckedIOException(new IOException("No space left on device"));
      }
    };
  }

  @Test
  void aStoreThatCannotBeWrittenStopsTheFeederWithoutCommittingAndARestartAppliesEverything()
      throws Exception {
    List<Pipeline.ArticleGraph> three = SampleArticleGraphs.all().subList(0, 3);
    kafka.createTopic("graphs-full", 1);
    try (TopicPublisher publisher = new TopicPublisher(kafka, "graphs-full")) {
      publisher.publish(three);
    }
    FeederSettings feed = FeederSettings.of(kafka.bootstrapServers(), "graphs-full", "full");

    DatasetGraph broken = full();
    try (ReplicaFeeder feeder = new ReplicaFeeder(feed, DatasetFactory.wrap(broken)).start()) {
      ReplicaChecks.await(() -> !feeder.isRunning(), "the feeder gave up");
      assertTrue(
          feeder.failure().orElseThrow().toString().contains("No space left"),
          feeder.failure().toString());
      assertEquals(0, feeder.metrics().batches());
    }
    assertTrue(ReplicaChecks.committedOffsets(kafka, "full").isEmpty(), "no offset committed");
    assertEquals(0L, Txn.calculateRead(broken, () -> Iter.count(broken.listGraphNodes())));

    DatasetGraph working = DatasetGraphFactory.createTxnMem();
    try (ReplicaFeeder feeder = new ReplicaFeeder(feed, DatasetFactory.wrap(working)).start()) {
      ReplicaChecks.awaitCaughtUp(kafka, feeder, "graphs-full", "full");
      assertEquals(3, feeder.metrics().applied());
    }
    Txn.executeRead(
        working,
        () -> {
          assertEquals(3L, Iter.count(working.listGraphNodes()));
          for (Pipeline.ArticleGraph g : three) {
            assertTrue(working.getGraph(g.name()).isIsomorphicWith(g.graph()), g.name().toString());
          }
        });
  }
}
