package org.actorgraph.replica;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.pipeline.ArticleGraphMessages;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The messages of one poll, decoded into what the store must end up holding: for each article graph
 * named in the batch, its new content or (tombstone) nothing. When a graph is named twice, the
 * later message wins, as it would had they been applied one by one, since each replaces the graph
 * whole. Messages that do not decode are set aside as {@link Skipped}, with where they are and why,
 * so that they never block the stream.
 *
 * @param graphs for each article graph, its content, or empty for a tombstone; in the order of each
 *     graph's last message
 * @param skipped the messages that did not decode
 * @param messages how many messages the batch had
 */
public record MessageBatch(Map<Node, Optional<Graph>> graphs, List<Skipped> skipped, int messages) {

  public MessageBatch {
    graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    skipped = List.copyOf(skipped);
  }

  /**
   * A message that was passed over.
   *
   * @param topic its topic
   * @param partition its partition
   * @param offset its offset
   * @param reason why it could not be applied
   */
  public record Skipped(String topic, int partition, long offset, String reason) {
    public Skipped {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code topic/partition@offset: reason}. */
    public String line() {
      return topic + "/" + partition + "@" + offset + ": " + reason;
    }
  }

  /** Decodes the messages of one poll, in the order the consumer gave them. */
  public static MessageBatch decode(Iterable<ConsumerRecord<byte[], byte[]>> records) {
    Map<Node, Optional<Graph>> graphs = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    int n = 0;
    for (ConsumerRecord<byte[], byte[]> r : records) {
      n++;
      try {
        Node name = articleGraphName(r.key());
        Optional<Graph> content =
            r.value() == null
                ? Optional.empty()
                : Optional.of(ArticleGraphMessages.decode(r.key(), r.value()).graph());
        graphs.remove(name); // a later message moves the graph to its place in the order
        graphs.put(name, content);
      } catch (RuntimeException e) {
        skipped.add(new Skipped(r.topic(), r.partition(), r.offset(), reason(e)));
      }
    }
    return new MessageBatch(graphs, skipped, n);
  }

  /** The graph name a key carries, if it is an absolute IRI. */
  private static Node articleGraphName(byte[] key) {
    Node name = ArticleGraphMessages.graphName(key);
    String iri = name.getURI();
    try {
      if (!IRIx.create(iri).isAbsolute()) {
        throw new IllegalArgumentException("key: expected an absolute IRI (found '" + iri + "')");
      }
    } catch (IRIException e) {
      throw new IllegalArgumentException("key: not an IRI: '" + iri + "'", e);
    }
    return name;
  }

  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The article graphs to replace, with their content. */
  public Map<Node, Graph> replacements() {
    Map<Node, Graph> out = new LinkedHashMap<>();
    graphs.forEach((name, content) -> content.ifPresent(g -> out.put(name, g)));
    return out;
  }

  /** The article graphs to remove (their last message was a tombstone). */
  public List<Node> removals() {
    return graphs.entrySet().stream()
        .filter(e -> e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many triples the graphs hold. */
  static long triples(Map<Node, Graph> graphs) {
    return graphs.values().stream().mapToLong(Graph::size).sum();
  }
}
