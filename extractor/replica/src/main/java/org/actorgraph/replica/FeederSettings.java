package org.actorgraph.replica;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What a {@link ReplicaFeeder} consumes and how.
 *
 * @param bootstrapServers Kafka's {@code bootstrap.servers}, {@code host:port[,host:port...]}
 * @param topic the article-graph topic
 * @param group the consumer group: one per replica, so that every replica sees every message
 * @param pollTimeout the longest one poll waits for messages
 * @param maxPollRecords the most messages applied in one store transaction (default 500)
 * @param extra further consumer settings (security, timeouts); they cannot override the settings
 *     the feeder's guarantees rest on (group, isolation level, offset commits, deserializers)
 */
public record FeederSettings(
    String bootstrapServers,
    String topic,
    String group,
    Duration pollTimeout,
    int maxPollRecords,
    Map<String, String> extra) {

  /** Default of {@link #pollTimeout}. */
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);

  /** Default of {@link #maxPollRecords}. */
  public static final int DEFAULT_MAX_POLL_RECORDS = 500;

  /** Default of {@code max.partition.fetch.bytes} (a quarter of {@code fetch.max.bytes}). */
  static final int FETCH_BYTES = 16 * 1024 * 1024;

  public FeederSettings {
    requireText("bootstrapServers", bootstrapServers);
    requireText("topic", topic);
    requireText("group", group);
    Objects.requireNonNull(pollTimeout, "pollTimeout");
    if (pollTimeout.isNegative() || pollTimeout.isZero()) {
      throw new IllegalArgumentException("pollTimeout: expected > 0 (found " + pollTimeout + ")");
    }
    if (maxPollRecords < 1) {
      throw new IllegalArgumentException(
          "maxPollRecords: expected >= 1 (found " + maxPollRecords + ")");
    }
    extra = Map.copyOf(extra);
  }

  /** The given topic and group on the given brokers, with the defaults for the rest. */
  public static FeederSettings of(String bootstrapServers, String topic, String group) {
    return new FeederSettings(
        bootstrapServers, topic, group, DEFAULT_POLL_TIMEOUT, DEFAULT_MAX_POLL_RECORDS, Map.of());
  }

  /** The same with {@link #maxPollRecords} set. */
  public FeederSettings withMaxPollRecords(int n) {
    return new FeederSettings(bootstrapServers, topic, group, pollTimeout, n, extra);
  }

  /** The same with {@link #extra} set. */
  public FeederSettings withExtra(Map<String, String> settings) {
    return new FeederSettings(
        bootstrapServers, topic, group, pollTimeout, maxPollRecords, settings);
  }

  /**
   * The consumer configuration: only committed transactions are read ({@code read_committed}), a
   * new group starts at the beginning of the topic, offsets are committed by the feeder alone, and
   * fetches are large enough for a poll to bring {@link #maxPollRecords} article graphs.
   */
  public Map<String, Object> consumerConfig() {
    Map<String, Object> c = new HashMap<>(extra);
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "actorgraph-replica-" + group);
    // An article graph is ~50 KB of N-Quads: Kafka's 1 MiB per partition would cut a poll to ~20
    // messages, and every batch costs a store commit (disk syncs of TDB2 and the text index).
    c.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
    c.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(4 * FETCH_BYTES));
    return c;
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required (found '" + value + "')");
    }
  }
}
