package org.actorgraph.replica;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store in step with the article-graph topic: consumes it with its own consumer group
 * (committed transactions only) and applies each poll's messages to the dataset (see {@link
 * MessageBatch}, {@link ArticleGraphApplier}), then commits the Kafka offsets. Runs on its own
 * thread from {@link #start()} until {@link #close()}.
 *
 * <p>Guarantees: an offset is committed only after the store transaction holding its message has
 * committed, so a crash replays messages and never skips one; a replayed message replaces or
 * removes a graph whole, so applying it twice leaves the store as applying it once. A message that
 * does not decode is logged (topic, partition, offset, reason), counted as skipped and passed over.
 * A failure to write the store stops the feeder without committing the batch ({@link #failure()}):
 * the next start replays it.
 */
public final class ReplicaFeeder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReplicaFeeder.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

  private final FeederSettings settings;
  private final ArticleGraphApplier applier;
  private final Consumer<MessageBatch> afterStoreCommit;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong removed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong triples = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong lag = new AtomicLong(-1);
  private volatile boolean stopping;
  private volatile Throwable failure;
  private boolean closed;
  private long lastReport = System.nanoTime();

  /** Per assigned partition, the offset known to be committed (where consumption started). */
  private final Map<TopicPartition, Long> committed = new HashMap<>();

  /** A feeder that writes {@code dataset} (the text-indexed actorgraph dataset). */
  public ReplicaFeeder(FeederSettings settings, Dataset dataset) {
    this(settings, dataset, batch -> {});
  }

  /**
   * As above; {@code afterStoreCommit} runs between the store commit and the offset commit of each
   * batch (tests throw there to simulate a crash).
   */
  ReplicaFeeder(FeederSettings settings, Dataset dataset, Consumer<MessageBatch> afterStoreCommit) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.applier = new ArticleGraphApplier(Objects.requireNonNull(dataset, "dataset"));
    this.afterStoreCommit = afterStoreCommit;
    this.consumer = new KafkaConsumer<>(settings.consumerConfig());
    this.thread = new Thread(this::run, "replica-feeder-" + settings.group());
  }

  /** Starts consuming on the feeder's own thread; returns this. */
  public ReplicaFeeder start() {
    thread.start();
    return this;
  }

  /** What the feeder has done so far. */
  public FeederMetrics metrics() {
    return new FeederMetrics(
        messages.get(),
        applied.get(),
        removed.get(),
        skipped.get(),
        triples.get(),
        batches.get(),
        lag.get());
  }

  /** Why the feeder stopped on its own (the store could not be written), if it did. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the feeder's thread is still consuming. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /** Waits until the feeder's thread has ended (after {@link #close()} or a failure). */
  public void awaitStop() throws InterruptedException {
    thread.join();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(settings.topic()), new StartingPositions());
      LOG.info(
          "Feeding from topic {} as group {} at {}",
          settings.topic(),
          settings.group(),
          settings.bootstrapServers());
      while (!stopping) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(settings.pollTimeout());
        if (!records.isEmpty()) {
          apply(records);
        }
        commitPositions();
        lag.set(currentLag());
      }
    } catch (WakeupException e) {
      if (!stopping) {
        failure = e;
      }
    } catch (RuntimeException | Error e) {
      failure = e;
      LOG.error(
          "Feeder for group {} stopped; the batch in hand was not committed and will be replayed:"
              + " {}",
          settings.group(),
          e.toString(),
          e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
      LOG.info("Feeder for group {} stopped: {}", settings.group(), metrics().line());
    }
  }

  private void apply(ConsumerRecords<byte[], byte[]> records) {
    MessageBatch batch = MessageBatch.decode(records);
    for (MessageBatch.Skipped s : batch.skipped()) {
      LOG.warn("Skipped message {}", s.line());
    }
    ArticleGraphApplier.Applied done = applier.apply(batch);
    afterStoreCommit.accept(batch);
    messages.addAndGet(batch.messages());
    applied.addAndGet(done.replaced());
    removed.addAndGet(done.removed());
    skipped.addAndGet(batch.skipped().size());
    triples.addAndGet(done.triples());
    batches.incrementAndGet();
    long now = System.nanoTime();
    if (now - lastReport > REPORT_EVERY.toNanos()) {
      lastReport = now;
      LOG.info("Feeder for group {}: {}", settings.group(), metrics().line());
    }
  }

  /**
   * Commits, for every assigned partition, the consumer's position: everything before it was
   * returned by a poll whose messages are all in the store by now. The position also moves past
   * transaction markers and aborted messages, which no poll returns, so a caught-up group's
   * committed offsets equal the topic's end.
   */
  private void commitPositions() {
    Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
    for (TopicPartition tp : consumer.assignment()) {
      long position = consumer.position(tp);
      Long last = committed.get(tp);
      if (last == null || last.longValue() != position) {
        moved.put(tp, new OffsetAndMetadata(position));
      }
    }
    if (moved.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(moved);
      moved.forEach((tp, o) -> committed.put(tp, o.offset()));
    } catch (CommitFailedException e) {
      // The partitions went to another member (or this one rejoins): it replays the batch.
      committed.clear();
      LOG.warn("Offsets of an applied batch not committed; it will be replayed: {}", e.toString());
    }
  }

  /**
   * Notes where each newly assigned partition starts (its committed offset, or the beginning for a
   * new group), so that nothing is committed for a partition until messages move its position.
   */
  private final class StartingPositions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      for (TopicPartition tp : partitions) {
        committed.put(tp, consumer.position(tp));
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(committed::remove);
    }
  }

  private long currentLag() {
    long sum = 0;
    for (TopicPartition tp : consumer.assignment()) {
      OptionalLong l = consumer.currentLag(tp);
      if (l.isEmpty()) {
        return -1;
      }
      sum += l.getAsLong();
    }
    return sum;
  }

  /**
   * Stops consuming: wakes the consumer, lets the batch in hand finish or be abandoned uncommitted,
   * and waits for the thread to end. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopping = true;
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(Duration.ZERO);
      return;
    }
    consumer.wakeup();
    try {
      thread.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("Feeder for group {} did not stop within {}", settings.group(), STOP_TIMEOUT);
    }
  }
}
