package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.pipeline.ArticleGraphMessages;
import org.actorgraph.pipeline.Pipeline;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class MessageBatchTest {

  private static final String TOPIC = "article-graphs";
  private static final Node A = NodeFactory.createURI("https://news.freedonia.example/a");
  private static final Node B = NodeFactory.createURI("https://news.freedonia.example/b");

  private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

  private static Graph graph(String... triples) {
    Graph g = GraphFactory.createDefaultGraph();
    for (String t : triples) {
      g.add(SSE.parseTriple(t));
    }
    return g;
  }

  private void put(int partition, Node name, Graph content) {
    add(
        partition,
        ArticleGraphMessages.key(name),
        ArticleGraphMessages.value(new Pipeline.ArticleGraph(name, content)));
  }

  private void add(int partition, byte[] key, byte[] value) {
    long offset = records.stream().filter(r -> r.partition() == partition).count();
    records.add(new ConsumerRecord<>(TOPIC, partition, offset, key, value));
  }

  @Test
  void theLastMessageForAGraphDecidesWhatTheStoreHolds() {
    put(0, A, graph("(<urn:x:jane> <urn:x:p> 'first')"));
    put(0, B, graph("(<urn:x:john> <urn:x:p> 'kept')"));
    put(0, A, graph("(<urn:x:jane> <urn:x:p> 'second')"));

    MessageBatch batch = MessageBatch.decode(records);

    assertEquals(List.of(B, A), List.copyOf(batch.replacements().keySet()));
    assertTrue(
        batch.replacements().get(A).isIsomorphicWith(graph("(<urn:x:jane> <urn:x:p> 'second')")));
    assertEquals(List.of(), batch.removals());
    assertEquals(3, batch.messages());
  }

  @Test
  void aTombstoneAfterAGraphRemovesItAndAGraphAfterATombstoneRestoresIt() {
    put(0, A, graph("(<urn:x:jane> <urn:x:p> 'o')"));
    add(0, ArticleGraphMessages.key(A), null);
    add(1, ArticleGraphMessages.key(B), null);
    put(1, B, graph("(<urn:x:john> <urn:x:p> 'back')"));

    MessageBatch batch = MessageBatch.decode(records);

    assertEquals(List.of(A), batch.removals());
    assertEquals(List.of(B), List.copyOf(batch.replacements().keySet()));
  }

  @Test
  void messagesThatDoNotDecodeAreSkippedWithWhereAndWhy() {
    put(0, A, graph("(<urn:x:jane> <urn:x:p> 'o')"));
    add(0, ArticleGraphMessages.key(B), "<urn:x:s> <urn:x:p> broken .".getBytes(UTF8));
    add(0, "not an iri".getBytes(UTF8), null);
    add(0, null, new byte[0]);
    add(
        0,
        ArticleGraphMessages.key(B),
        "<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:elsewhere> .\n".getBytes(UTF8));

    MessageBatch batch = MessageBatch.decode(records);

    assertEquals(List.of(A), List.copyOf(batch.replacements().keySet()));
    assertEquals(
        List.of(1L, 2L, 3L, 4L),
        batch.skipped().stream().map(MessageBatch.Skipped::offset).toList());
    assertTrue(
        batch.skipped().get(0).line().startsWith(TOPIC + "/0@1: "), batch.skipped().get(0).line());
    List<String> reasons = batch.skipped().stream().map(MessageBatch.Skipped::reason).toList();
    assertTrue(reasons.get(0).contains("not valid N-Quads"), reasons.toString());
    assertTrue(reasons.get(1).startsWith("key: not an IRI"), reasons.toString());
    assertTrue(reasons.get(2).contains("without a key"), reasons.toString());
    assertTrue(reasons.get(3).contains("another graph"), reasons.toString());
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
