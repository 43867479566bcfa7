package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.actorgraph.rdf.ArticleGraphMessages;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.replica.EmbeddedKafka;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.jena.graph.Graph;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles published to a Kafka topic go through the job (KafkaSource, extraction, exactly-once
 * KafkaSink) on a MiniCluster at parallelism 2, with one failure and restart on the way; a {@code
 * read_committed} consumer of the output topic then sees each article graph exactly once, the
 * graphs the pipeline gives, and no message for the input that is not an article.
 */
class KafkaIT {

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTests.miniCluster();

  private static EmbeddedKafka kafka;

  @TempDir Path invented;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.start();
    kafka.createTopic("articles", 2);
    kafka.createTopic("graphs", 2);
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void articlesOnATopicBecomeEachArticleGraphOnceOnTheGraphTopic() throws Exception {
    ArticleGraphs.writeInventedArticles(invented, 12);
    int published = publish(kafka, "articles", FileBackfillIT.SAMPLES, invented);
    JobOptions options =
        JobOptions.parse(
            "--input-topic",
            "articles",
            "--until-latest",
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--output-topic",
            "graphs",
            "--transactional-id-prefix",
            "kafka-it",
            "--checkpoint-interval",
            "100ms",
            "--no-parse");
    RunInfo run = ExtractJob.newRun(options);
    StreamExecutionEnvironment env = FlinkTests.environment(options, 2);
    ExtractJob.sinks(
        ExtractJob.extract(ExtractJob.articles(env, options), options, run)
            .map(new FailOnceAfterACheckpoint(3, 50))
            .name("fail once"),
        options);
    FailOnceAfterACheckpoint.reset();
    env.execute("kafka");

    assertTrue(FailOnceAfterACheckpoint.failed(), "the job failed once on its way");
    Map<String, Integer> writings = new TreeMap<>();
    Map<String, Graph> graphs = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : committed(kafka, "graphs")) {
      var g = ArticleGraphMessages.decode(r.key(), r.value());
      writings.merge(g.name().getURI(), 1, Integer::sum);
      graphs.put(g.name().getURI(), g.graph());
    }
    assertEquals(Map.of(), ArticleGraphs.duplicates(writings), "graphs written more than once");
    assertEquals(published - 1, graphs.size(), "one graph per article, none for the bad message");
    ArticleGraphs.assertSameGraphs(
        ArticleGraphs.direct(options, run, FileBackfillIT.SAMPLES, invented), graphs);
  }

  /**
   * Publishes each {@code .txt} article file as one message (key: its name without {@code .txt},
   * which is the id our file reader gives it; value: the file), and one message that is not an
   * article (a key, but no text after the headers). Returns how many messages it published.
   */
  static int publish(EmbeddedKafka kafka, String topic, Path... folders) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    int n = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (Path folder : folders) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
          files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
          String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
          producer.send(new ProducerRecord<>(topic, utf8(id), Files.readAllBytes(f))).get();
          n++;
        }
      }
      producer.send(new ProducerRecord<>(topic, utf8("empty"), utf8("TITLE: x\n\n"))).get();
    }
    return n + 1;
  }

  /** Every committed message of {@code topic}, read as a {@code read_committed} consumer. */
  static List<ConsumerRecord<byte[], byte[]>> committed(EmbeddedKafka kafka, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        assertTrue(System.nanoTime() < deadline, "the graph topic was not read to its end in 30 s");
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
