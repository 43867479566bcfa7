package org.actorgraph.replica;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.server.ActorgraphServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast one feeder applies article graphs to its store: publishes copies of the sample article
 * graphs (each under its own article IRI), then starts a replica and times it from its first
 * applied batch to its last committed offset. Not part of {@code mvn verify} (the name does not end
 * in IT); run it with
 *
 * <pre>
 * mvn -o -q verify -pl extractor/replica -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=FeederApplyBench -Dfailsafe.failIfNoSpecifiedTests=false \
 *   [-Dbench.copies=125] [-Dbench.maxPollRecords=500] [-Dbench.fetchBytes=N]
 * </pre>
 *
 * and read the line it prints, "apply rate: ...".
 */
class FeederApplyBench {

  @TempDir Path dir;

  @Test
  void measureTheApplyRateOfOneFeeder() throws Exception {
    int copies = Integer.getInteger("bench.copies", 125);
    int maxPoll =
        Integer.getInteger("bench.maxPollRecords", FeederSettings.DEFAULT_MAX_POLL_RECORDS);
    String fetchBytes = System.getProperty("bench.fetchBytes");
    List<Pipeline.ArticleGraph> samples = SampleArticleGraphs.all();
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopic("bench", 2);
      long triples = 0;
      int articles = 0;
      try (TopicPublisher publisher = new TopicPublisher(kafka, "bench")) {
        for (int c = 0; c < copies; c++) {
          List<Pipeline.ArticleGraph> batch = new ArrayList<>();
          for (Pipeline.ArticleGraph g : samples) {
            Pipeline.ArticleGraph copy = copy(g, c);
            batch.add(copy);
            triples += copy.graph().size();
          }
          publisher.publish(batch);
          articles += batch.size();
        }
      }
      FeederSettings feed =
          FeederSettings.of(kafka.bootstrapServers(), "bench", "bench").withMaxPollRecords(maxPoll);
      if (fetchBytes != null) {
        feed =
            feed.withExtra(
                Map.of("max.partition.fetch.bytes", fetchBytes, "fetch.max.bytes", fetchBytes));
      }
      ActorgraphServer.Builder server =
          ActorgraphServer.builder().port(0).localhostOnly(true).dataDir(dir.resolve("store"));
      try (Replica replica = Replica.start(server, feed)) {
        ReplicaChecks.await(() -> replica.feeder().metrics().messages() > 0, "a first batch");
        long t0 = System.nanoTime();
        FeederMetrics m0 = replica.feeder().metrics();
        ReplicaChecks.awaitCaughtUp(
            kafka, replica.feeder(), "bench", "bench", Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - t0) / 1e9;
        FeederMetrics m1 = replica.feeder().metrics();
        double perArticle = (double) triples / articles;
        System.out.printf(
            "apply rate: %d articles (%d triples, %.0f per article) in %d batches; after the"
                + " first batch %.1f articles/s, %.0f triples/s (%.1f s; maxPollRecords=%d,"
                + " fetchBytes=%s)%n",
            articles,
            triples,
            perArticle,
            m1.batches(),
            (m1.applied() - m0.applied()) / seconds,
            (m1.triples() - m0.triples()) / seconds,
            seconds,
            maxPoll,
            fetchBytes == null ? "default" : fetchBytes);
      }
    }
  }

  /** The article graph with every IRI under the article's own renamed to copy {@code c}. */
  private static Pipeline.ArticleGraph copy(Pipeline.ArticleGraph g, int c) {
    String from = g.name().getURI();
    String to = from + "-copy" + c;
    Graph out = GraphFactory.createDefaultGraph();
    g.graph()
        .find()
        .forEachRemaining(
            t ->
                out.add(
                    Triple.create(
                        rename(t.getSubject(), from, to),
                        t.getPredicate(),
                        rename(t.getObject(), from, to))));
    return new Pipeline.ArticleGraph(NodeFactory.createURI(to), out);
  }

  private static Node rename(Node n, String from, String to) {
    return n.isURI() && n.getURI().startsWith(from)
        ? NodeFactory.createURI(to + n.getURI().substring(from.length()))
        : n;
  }
}
