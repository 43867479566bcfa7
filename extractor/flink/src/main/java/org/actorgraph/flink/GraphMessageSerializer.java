package org.actorgraph.flink;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes an article graph as one Kafka message in the {@link
 * org.actorgraph.rdf.ArticleGraphMessages} form: key the graph IRI, value its N-Quads. Keyed by
 * IRI, every version of one article's graph lands in one partition, in order.
 */
final class GraphMessageSerializer implements KafkaRecordSerializationSchema<GraphMessage> {

  private static final long serialVersionUID = 1L;

  private final String topic;

  GraphMessageSerializer(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      GraphMessage message, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(topic, null, timestamp, message.key(), message.value());
  }
}
