package org.actorgraph.flink;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads an article from a Kafka message. The input message format: the key is the article id
 * (UTF-8, required); the value is the article as a {@code .txt} file would hold it (optional {@code
 * SOURCE:}, {@code TITLE:}, {@code DATE:}, {@code AUTHOR:}, {@code URL:} header lines, a blank
 * line, the body; UTF-8), read by our own text reader with its checks and size limit. A message
 * that is not an article becomes a problem whose origin is {@code topic-partition@offset}.
 */
public final class ArticleMessageDeserializer
    implements KafkaRecordDeserializationSchema<ArticleInput> {

  private static final long serialVersionUID = 1L;

  private final long maxArticleBytes;
  private transient Inputs inputs;

  /** A deserializer that refuses articles over {@code maxArticleBytes}. */
  public ArticleMessageDeserializer(long maxArticleBytes) {
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ArticleInput> out) {
    String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
    if (record.key() == null || record.key().length == 0) {
      out.collect(problem(origin, "no message key (the key is the article id)"));
      return;
    }
    String id = new String(record.key(), StandardCharsets.UTF_8).strip();
    if (id.isEmpty()) {
      out.collect(problem(origin, "blank message key (the key is the article id)"));
      return;
    }
    if (record.value() == null) {
      out.collect(problem(origin, "article " + id + ": no message value (no article text)"));
      return;
    }
    if (inputs == null) {
      inputs = new Inputs(maxArticleBytes);
    }
    inputs.readStdin(
        new ByteArrayInputStream(record.value()),
        a -> out.collect(ArticleInput.of(renamed(a, id, origin))),
        p -> out.collect(problem(origin, "article " + id + ": " + p.message())));
  }

  /** Our reader names a stream's article {@code stdin}; this one is named by its message. */
  private static Article renamed(Article a, String id, String origin) {
    return new Article(
        id, origin, a.url(), a.title(), a.published(), a.author(), a.source(), a.body());
  }

  private static ArticleInput problem(String origin, String message) {
    return ArticleInput.problem(new InputProblem(origin, message));
  }

  @Override
  public TypeInformation<ArticleInput> getProducedType() {
    return TypeInformation.of(ArticleInput.class);
  }
}
