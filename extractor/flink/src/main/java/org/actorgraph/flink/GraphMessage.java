package org.actorgraph.flink;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One article graph on its way to a sink, in the wire form of {@code ArticleGraphMessages}: the
 * graph IRI (the message key) and the graph as N-Quads (the message value), both text.
 *
 * @param graph the article graph's IRI
 * @param nquads every quad of the graph, in that graph, one a line
 */
public record GraphMessage(String graph, String nquads) {

  public GraphMessage {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(nquads, "nquads");
  }

  /** The Kafka message key: the graph IRI in UTF-8. */
  public byte[] key() {
    return graph.getBytes(StandardCharsets.UTF_8);
  }

  /** The Kafka message value: the N-Quads in UTF-8. */
  public byte[] value() {
    return nquads.getBytes(StandardCharsets.UTF_8);
  }
}
