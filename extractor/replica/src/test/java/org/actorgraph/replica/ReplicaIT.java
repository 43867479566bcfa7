package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.actorgraph.pipeline.ArticleGraphMessages;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas fed from a real (embedded) Kafka broker, read over SPARQL HTTP: what was published is
 * what each replica serves, graph by graph, after stops, crashes, replays and poison messages.
 */
class ReplicaIT {

  private static EmbeddedKafka kafka;
  private static List<Pipeline.ArticleGraph> samples;

  @TempDir Path dirs;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start();
    samples = SampleArticleGraphs.all();
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }

  private Replica replica(String store, FeederSettings feed, Consumer<MessageBatch> hook) {
    ActorgraphServer.Builder server =
        ActorgraphServer.builder().port(0).localhostOnly(true).dataDir(dirs.resolve(store));
    return Replica.start(server, feed, hook);
  }

  private Replica replica(String store, String topic, String group) {
    return replica(store, FeederSettings.of(kafka.bootstrapServers(), topic, group), null);
  }

  private static Pipeline.ArticleGraph withExtraTriple(Pipeline.ArticleGraph g) {
    Graph copy = GraphFactory.createDefaultGraph();
    g.graph().find().forEachRemaining(copy::add);
    copy.add(
        Triple.create(
            g.name(),
            NodeFactory.createURI("https://example.org/test#revision"),
            NodeFactory.createLiteralString("second extraction")));
    return new Pipeline.ArticleGraph(g.name(), copy);
  }

  @Test
  void twoReplicasWithTheirOwnGroupsServeWhatWasPublishedAndATombstoneLeavesBoth()
      throws Exception {
    kafka.createTopic("graphs-two", 2);
    try (TopicPublisher publisher = new TopicPublisher(kafka, "graphs-two");
        Replica one = replica("one", "graphs-two", "replica-one");
        Replica two = replica("two", "graphs-two", "replica-two")) {
      publisher.publish(samples);
      publisher.publishAborted(List.of(withExtraTriple(samples.get(0))));
      ReplicaChecks.awaitCaughtUp(kafka, one, "graphs-two", "replica-one");
      ReplicaChecks.awaitCaughtUp(kafka, two, "graphs-two", "replica-two");
      ReplicaChecks.assertServes(one, samples);
      ReplicaChecks.assertServes(two, samples);
      String word = wordOnlyIn(samples.get(0));
      Set<String> first = Set.of(samples.get(0).name().getURI());
      assertEquals(first, ReplicaChecks.textHits(one, word), word);
      assertEquals(first, ReplicaChecks.textHits(two, word), word);

      publisher.remove(List.of(samples.get(0).name()));
      ReplicaChecks.awaitCaughtUp(kafka, one, "graphs-two", "replica-one");
      ReplicaChecks.awaitCaughtUp(kafka, two, "graphs-two", "replica-two");
      List<Pipeline.ArticleGraph> rest = samples.subList(1, samples.size());
      ReplicaChecks.assertServes(one, rest);
      ReplicaChecks.assertServes(two, rest);
      assertEquals(Set.of(), ReplicaChecks.textHits(one, word), "text index after the tombstone");
      assertEquals(Set.of(), ReplicaChecks.textHits(two, word), "text index after the tombstone");
      assertEquals(1, one.feeder().metrics().removed());
      assertEquals(samples.size() + 1L, two.feeder().metrics().messages());
    }
  }

  @Test
  void aReplicaStoppedMidStreamCatchesUpWithNothingLostOrDoubled() throws Exception {
    kafka.createTopic("graphs-restart", 2);
    FeederSettings oneByOne =
        FeederSettings.of(kafka.bootstrapServers(), "graphs-restart", "restarted")
            .withMaxPollRecords(1);
    int half = samples.size() / 2;
    List<Pipeline.ArticleGraph> expected = new ArrayList<>(samples);
    try (TopicPublisher publisher = new TopicPublisher(kafka, "graphs-restart")) {
      publisher.publish(samples.subList(0, half));
      try (Replica first = replica("store", oneByOne, batch -> pause(300))) {
        ReplicaChecks.await(
            () -> first.feeder().metrics().batches() >= 2, "two batches applied before the stop");
      }
      publisher.publish(samples.subList(half, samples.size()));
      Pipeline.ArticleGraph revised = withExtraTriple(samples.get(0));
      publisher.publish(List.of(revised));
      publisher.remove(List.of(samples.get(1).name()));
      expected.set(0, revised);
      expected.remove(1);

      try (Replica again = replica("store", oneByOne, null)) {
        ReplicaChecks.awaitCaughtUp(kafka, again, "graphs-restart", "restarted");
        ReplicaChecks.assertServes(again, expected);
        assertTrue(
            again.feeder().metrics().messages() < samples.size() + 2,
            "the restart resumed where the stop left: " + again.feeder().metrics().line());
      }
    }
  }

  @Test
  void aPoisonMessageIsSkippedAndReportedAndTheStreamGoesOn() throws Exception {
    kafka.createTopic("graphs-poison", 1);
    Pipeline.ArticleGraph a = samples.get(0);
    Pipeline.ArticleGraph c = samples.get(2);
    byte[] bKey = ArticleGraphMessages.key(samples.get(1).name());
    try (TopicPublisher publisher = new TopicPublisher(kafka, "graphs-poison");
        Replica r = replica("store", "graphs-poison", "poisoned")) {
      publisher.publishRaw(
          List.of(
              Map.entry(ArticleGraphMessages.key(a.name()), ArticleGraphMessages.value(a)),
              Map.entry(bKey, "<urn:x:s> <urn:x:p> 'unterminated .\n".getBytes(UTF8)),
              Map.entry("no IRI here".getBytes(UTF8), ArticleGraphMessages.value(c)),
              Map.entry(ArticleGraphMessages.key(c.name()), ArticleGraphMessages.value(c))));
      ReplicaChecks.awaitCaughtUp(kafka, r, "graphs-poison", "poisoned");

      ReplicaChecks.assertServes(r, List.of(a, c));
      FeederMetrics m = r.feeder().metrics();
      assertEquals(2, m.skipped(), m.line());
      assertEquals(2, m.applied(), m.line());
      String status = get("http://127.0.0.1:" + r.port() + Replica.STATUS_PATH);
      assertTrue(status.contains("\"skipped\":2") && status.contains("\"running\":true"), status);
    }
  }

  @Test
  void aBatchReplayedAfterACrashLeavesTheStoreAsIfAppliedOnce() throws Exception {
    kafka.createTopic("graphs-crash", 1);
    FeederSettings feed = FeederSettings.of(kafka.bootstrapServers(), "graphs-crash", "crashing");
    AtomicBoolean crashed = new AtomicBoolean();
    try (TopicPublisher publisher = new TopicPublisher(kafka, "graphs-crash")) {
      publisher.publish(samples);
      Consumer<MessageBatch> crashAfterStoreCommit =
          batch -> {
            crashed.set(true);
            throw new IllegalStateException("simulated crash before the offset commit");
          };
      try (Replica doomed = replica("store", feed, crashAfterStoreCommit)) {
        ReplicaChecks.await(() -> !doomed.feeder().isRunning(), "the feeder crashed");
        assertTrue(crashed.get());
        assertTrue(doomed.feeder().failure().isPresent());
        assertTrue(ReplicaChecks.articleGraphCount(doomed) > 0, "the batch was in the store");
        assertTrue(ReplicaChecks.committedOffsets(kafka, "crashing").isEmpty());
      }
      try (Replica again = replica("store", "graphs-crash", "crashing")) {
        ReplicaChecks.awaitCaughtUp(kafka, again, "graphs-crash", "crashing");
        assertEquals(samples.size(), again.feeder().metrics().messages(), "all replayed");
        ReplicaChecks.assertServes(again, samples);
      }
    }
  }

  /** A word of a sentence ({@code ag:text}) of {@code g} that no other sample's sentences have. */
  private static String wordOnlyIn(Pipeline.ArticleGraph g) {
    for (String w : sentenceWords(g)) {
      if (w.length() >= 6
          && samples.stream().filter(o -> o != g).noneMatch(o -> sentenceWords(o).contains(w))) {
        return w;
      }
    }
    throw new IllegalStateException("no word only in " + g.name());
  }

  private static Set<String> sentenceWords(Pipeline.ArticleGraph g) {
    Set<String> words = new java.util.TreeSet<>();
    g.graph()
        .find(Node.ANY, AG.text.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              for (String w : t.getObject().getLiteralLexicalForm().toLowerCase().split("\\W+")) {
                if (w.chars().allMatch(Character::isLetter)) {
                  words.add(w);
                }
              }
            });
    return words;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
