package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Waits and assertions on replicas, read over SPARQL HTTP and Kafka's admin API. */
final class ReplicaChecks {

  private static final Duration TIMEOUT = Duration.ofSeconds(45);
  private static final String NOT_VOCABULARY =
      ActorgraphStore.VOCABULARY_GRAPHS.stream()
          .map(n -> "<" + n.getURI() + ">")
          .collect(Collectors.joining(", ", "FILTER(?g NOT IN (", "))"));

  private ReplicaChecks() {}

  /** Waits up to {@link #TIMEOUT} for {@code condition}. */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    await(condition, what, TIMEOUT);
  }

  /** Waits up to {@code timeout} for {@code condition}. */
  static void await(BooleanSupplier condition, String what, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("waited " + timeout + " for: " + what);
      }
      Thread.sleep(50);
    }
  }

  /** Waits until {@code group} has committed the end of every partition of {@code topic}. */
  static void awaitCaughtUp(EmbeddedKafka kafka, Replica replica, String topic, String group)
      throws InterruptedException {
    awaitCaughtUp(kafka, replica.feeder(), topic, group, TIMEOUT);
  }

  /** As above, for a feeder alone. */
  static void awaitCaughtUp(EmbeddedKafka kafka, ReplicaFeeder feeder, String topic, String group)
      throws InterruptedException {
    awaitCaughtUp(kafka, feeder, topic, group, TIMEOUT);
  }

  /** As above, waiting up to {@code timeout}. */
  static void awaitCaughtUp(
      EmbeddedKafka kafka, ReplicaFeeder feeder, String topic, String group, Duration timeout)
      throws InterruptedException {
    try (Admin admin = kafka.admin()) {
      await(
          () -> {
            if (!feeder.isRunning()) {
              fail("the feeder stopped: " + feeder.failure());
            }
            Map<TopicPartition, Long> committed = committedOffsets(admin, group);
            Map<TopicPartition, Long> end = endOffsets(admin, topic);
            return end.equals(committed);
          },
          group + " caught up with " + topic + " (" + feeder.metrics().line() + ")",
          timeout);
    }
  }

  /** The offsets {@code group} has committed, by partition (empty if none). */
  static Map<TopicPartition, Long> committedOffsets(EmbeddedKafka kafka, String group) {
    try (Admin admin = kafka.admin()) {
      return committedOffsets(admin, group);
    }
  }

  private static Map<TopicPartition, Long> committedOffsets(Admin admin, String group) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> out = new HashMap<>();
      offsets.forEach((tp, o) -> out.put(tp, o == null ? -1 : o.offset()));
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) {
    try {
      int partitions =
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      for (int p = 0; p < partitions; p++) {
        ask.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      Map<TopicPartition, Long> out = new HashMap<>();
      admin
          .listOffsets(ask, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get()
          .forEach((tp, info) -> out.put(tp, info.offset()));
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String endpoint(Replica r) {
    return "http://127.0.0.1:" + r.port() + "/kg/sparql";
  }

  /** The article graphs the replica serves (every named graph but the vocabularies). */
  static Set<String> articleGraphNames(Replica r) {
    Set<String> names = new TreeSet<>();
    String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } " + NOT_VOCABULARY + " }";
    try (QueryExec exec = QueryExecHTTP.service(endpoint(r)).query(q).build()) {
      exec.select().forEachRemaining(row -> names.add(row.get("g").getURI()));
    }
    return names;
  }

  static int articleGraphCount(Replica r) {
    return articleGraphNames(r).size();
  }

  private static long articleTripleCount(Replica r) {
    String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + NOT_VOCABULARY + " }";
    try (QueryExec exec = QueryExecHTTP.service(endpoint(r)).query(q).build()) {
      return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
    }
  }

  private static Graph served(Replica r, Node name) {
    String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }";
    try (QueryExec exec = QueryExecHTTP.service(endpoint(r)).query(q).build()) {
      return exec.construct();
    }
  }

  /**
   * The replica serves exactly {@code expected}: the same article graphs, each isomorphic to what
   * was published (both printed as Turtle if not), and no triple more or less in all.
   */
  static void assertServes(Replica r, List<Pipeline.ArticleGraph> expected) {
    Set<String> names = new TreeSet<>();
    expected.forEach(g -> names.add(g.name().getURI()));
    assertEquals(names, articleGraphNames(r), "article graphs on port " + r.port());
    long triples = 0;
    for (Pipeline.ArticleGraph g : expected) {
      Graph got = canonical(served(r, g.name()));
      if (!got.isIsomorphicWith(canonical(g.graph()))) {
        fail(g.name() + " differs.\nexpected:\n" + turtle(g.graph()) + "\nserved:\n" + turtle(got));
      }
      triples += g.graph().size();
    }
    assertEquals(triples, articleTripleCount(r), "triples in article graphs on port " + r.port());
  }

  /**
   * The article graphs in which the replica's text index finds {@code word} in a sentence ({@code
   * ag:text}), through {@code text:query}.
   */
  static Set<String> textHits(Replica r, String word) {
    String q =
        "PREFIX text: <http://jena.apache.org/text#> PREFIX ag: <https://w3id.org/actorgraph/ns#>"
            + " SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s text:query (ag:text '"
            + word
            + "') } }";
    Set<String> names = new TreeSet<>();
    try (QueryExec exec = QueryExecHTTP.service(endpoint(r)).query(q).build()) {
      exec.select().forEachRemaining(row -> names.add(row.get("g").getURI()));
    }
    return names;
  }

  /**
   * The graph with its literals in canonical form: TDB2 stores numbers by value, so a published
   * {@code "0.75"^^xsd:double} is served as {@code "0.75e0"^^xsd:double}, the same value.
   */
  private static Graph canonical(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find()
        .forEachRemaining(
            t ->
                out.add(
                    Triple.create(
                        t.getSubject(),
                        t.getPredicate(),
                        CanonicalizeLiteral.get().apply(t.getObject()))));
    return out;
  }

  private static String turtle(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, Lang.TURTLE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
