package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.ArticleGraphMessages;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.replica.EmbeddedKafka;
import org.actorgraph.replica.FeederSettings;
import org.actorgraph.replica.Replica;
import org.actorgraph.replica.ReplicaChecks;
import org.actorgraph.server.ActorgraphServer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.jena.graph.Graph;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole feed of docs/SCALE.md at small scale: articles published to a Kafka topic go through
 * the Flink job (MiniCluster, parallelism 2, exactly-once sink) to the graph topic, and from there
 * into two Fuseki replicas with their own consumer groups. One replica is stopped while the stream
 * is still arriving and restarted on the same store: both end with exactly the pipeline's graphs,
 * none lost or doubled, served over SPARQL HTTP.
 */
class FeedToReplicasIT {

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTests.miniCluster();

  private static EmbeddedKafka kafka;

  @TempDir Path invented;
  @TempDir Path stores;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.start();
    kafka.createTopic("feed-articles", 2);
    kafka.createTopic("feed-graphs", 2);
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  private Replica replica(String name, String group) {
    return Replica.start(
        ActorgraphServer.builder().port(0).localhostOnly(true).dataDir(stores.resolve(name)),
        FeederSettings.of(kafka.bootstrapServers(), "feed-graphs", group).withMaxPollRecords(1));
  }

  @Test
  void articlesOnTheFeedEndUpOnceInBothReplicasThroughARestart() throws Exception {
    ArticleGraphs.writeInventedArticles(invented, 16);
    int published = KafkaIT.publish(kafka, "feed-articles", FileBackfillIT.SAMPLES, invented);
    JobOptions options =
        JobOptions.parse(
            "--input-topic",
            "feed-articles",
            "--until-latest",
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--output-topic",
            "feed-graphs",
            "--transactional-id-prefix",
            "feed-it",
            "--checkpoint-interval",
            "100ms",
            "--no-parse");
    RunInfo run = ExtractJob.newRun(options);
    StreamExecutionEnvironment env = FlinkTests.environment(options, 0);
    ExtractJob.sinks(ExtractJob.extract(ExtractJob.articles(env, options), options, run), options);

    long appliedAtStop;
    try (Replica one = replica("one", "replica-one")) {
      try (Replica two = replica("two", "replica-two")) {
        JobClient job = env.executeAsync("feed to replicas");
        ReplicaChecks.await(
            () -> two.feeder().metrics().applied() >= 1, "replica two applied a first graph");
        appliedAtStop = two.feeder().metrics().applied();
        job.getJobExecutionResult().get(3, TimeUnit.MINUTES);
      }
      // the job has finished: what the feed carries is now fixed
      List<ArticleGraph> expected = new ArrayList<>();
      Map<String, Graph> onTheTopic = new HashMap<>();
      for (ConsumerRecord<byte[], byte[]> r : KafkaIT.committed(kafka, "feed-graphs")) {
        ArticleGraph g = ArticleGraphMessages.decode(r.key(), r.value());
        expected.add(g);
        onTheTopic.put(g.name().getURI(), g.graph());
      }
      assertEquals(published - 1, expected.size(), "one graph per article, none for the bad one");
      assertEquals(expected.size(), onTheTopic.size(), "no article graph twice on the topic");
      ArticleGraphs.assertSameGraphs(
          ArticleGraphs.direct(options, run, FileBackfillIT.SAMPLES, invented), onTheTopic);
      assertTrue(
          appliedAtStop < expected.size(),
          "replica two was stopped mid-stream (" + appliedAtStop + " of " + expected.size() + ")");

      try (Replica twoAgain = replica("two", "replica-two")) {
        ReplicaChecks.awaitCaughtUp(kafka, one, "feed-graphs", "replica-one");
        ReplicaChecks.awaitCaughtUp(kafka, twoAgain, "feed-graphs", "replica-two");
        ReplicaChecks.assertServes(one, expected);
        ReplicaChecks.assertServes(twoAgain, expected);
        assertTrue(
            twoAgain.feeder().metrics().messages() <= expected.size() - appliedAtStop + 1,
            "the restarted replica resumed after what it had committed: "
                + twoAgain.feeder().metrics().line());
      }
    }
  }
}
