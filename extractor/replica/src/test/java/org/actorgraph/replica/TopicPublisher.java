package org.actorgraph.replica;

import java.util.List;
import java.util.Map;
import org.actorgraph.pipeline.ArticleGraphMessages;
import org.actorgraph.pipeline.Pipeline;
import org.apache.jena.graph.Node;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes article-graph messages to a topic in Kafka transactions, as the Flink job's exactly-once
 * sink does: each {@code publish} call is one committed transaction.
 */
final class TopicPublisher implements AutoCloseable {

  private final String topic;
  private final KafkaProducer<byte[], byte[]> producer;

  TopicPublisher(EmbeddedKafka kafka, String topic) {
    this.topic = topic;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "publisher-" + topic,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    producer.initTransactions();
  }

  /** The article graphs, in one transaction. */
  void publish(List<Pipeline.ArticleGraph> graphs) {
    producer.beginTransaction();
    for (Pipeline.ArticleGraph g : graphs) {
      send(ArticleGraphMessages.key(g.name()), ArticleGraphMessages.value(g));
    }
    producer.commitTransaction();
  }

  /** Tombstones for the article graphs, in one transaction. */
  void remove(List<Node> names) {
    producer.beginTransaction();
    names.forEach(n -> send(ArticleGraphMessages.key(n), null));
    producer.commitTransaction();
  }

  /** Raw messages (for poison), in one transaction. */
  void publishRaw(List<Map.Entry<byte[], byte[]>> messages) {
    producer.beginTransaction();
    messages.forEach(m -> send(m.getKey(), m.getValue()));
    producer.commitTransaction();
  }

  /**
   * Messages sent in a transaction that is then aborted: a read_committed consumer never sees them.
   */
  void publishAborted(List<Pipeline.ArticleGraph> graphs) {
    producer.beginTransaction();
    for (Pipeline.ArticleGraph g : graphs) {
      send(ArticleGraphMessages.key(g.name()), ArticleGraphMessages.value(g));
    }
    producer.flush();
    producer.abortTransaction();
  }

  private void send(byte[] key, byte[] value) {
    producer.send(new ProducerRecord<>(topic, key, value));
  }

  @Override
  public void close() {
    producer.close();
  }
}
