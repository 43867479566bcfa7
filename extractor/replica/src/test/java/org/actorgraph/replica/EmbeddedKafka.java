package org.actorgraph.replica;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Kafka 4 node in the test JVM, broker and KRaft controller in one, listening on 127.0.0.1
 * only, with its log in a temporary folder that {@link #close()} deletes. Set up for transactions
 * on one broker (the transaction and offsets topics have one replica and need one in sync), so
 * exactly-once producers (Flink's {@code KafkaSink}) and {@code read_committed} consumers work.
 * Starts in a few seconds.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *   kafka.createTopic("article-graphs", 2);
 *   props.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 *
 * <p>Design decision: Kafka's own test kit ({@code KafkaClusterTestKit} in {@code
 * kafka-test-common-runtime}) resolves from Maven Central, but it binds its listeners to the
 * wildcard address ({@code new InetSocketAddress(port)}), and tests here listen on the loopback
 * only. So this class formats the log folder and starts {@link KafkaRaftServer} itself, on two
 * loopback ports it picks just before (bound-then-released ephemeral ports: the controller quorum
 * must name its port before the server starts); if another process takes one of them in between, it
 * tries again with two others.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final String HOST = "127.0.0.1";
  private static final int NODE_ID = 1;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;

  private final Path logDir;
  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private boolean closed;

  private EmbeddedKafka(Path logDir, KafkaRaftServer server, String bootstrapServers) {
    this.logDir = logDir;
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Formats a new temporary log folder and starts the node; returns once it accepts clients. */
  public static EmbeddedKafka start() {
    return start(Map.of());
  }

  /**
   * As {@link #start()}, with extra broker settings ({@code KafkaConfig} names) that override the
   * defaults here.
   */
  public static EmbeddedKafka start(Map<String, String> overrides) {
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce(overrides);
      } catch (IllegalStateException e) {
        // Another process took one of the two ports between their choice and the bind.
        if (attempt == PORT_ATTEMPTS || !portTaken(e)) {
          throw e;
        }
        LOG.warn("test broker: a port was taken, trying others ({})", e.getMessage());
      }
    }
  }

  private static EmbeddedKafka startOnce(Map<String, String> overrides) {
    Path logDir;
    try {
      logDir = Files.createTempDirectory("embedded-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a log folder for the test broker", e);
    }
    int[] ports = freePorts(2);
    int brokerPort = ports[0];
    int controllerPort = ports[1];
    Properties props = settings(logDir, brokerPort, controllerPort);
    overrides.forEach(props::setProperty);
    KafkaRaftServer server = null;
    try {
      format(logDir, props);
      server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      EmbeddedKafka kafka = new EmbeddedKafka(logDir, server, HOST + ":" + brokerPort);
      kafka.awaitReady();
      LOG.info("Kafka broker at {} (log in {})", kafka.bootstrapServers, logDir);
      return kafka;
    } catch (Exception e) {
      if (server != null) {
        stopQuietly(server);
      }
      deleteTree(logDir);
      throw new IllegalStateException("the test broker did not start: " + e.getMessage(), e);
    }
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
        return true;
      }
    }
    return false;
  }

  /** One node, loopback only, transactions and consumer groups on a single replica. */
  private static Properties settings(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toString());
    p.setProperty("metadata.log.dir", logDir.toString());
    p.setProperty("num.partitions", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    // Flink's KafkaSink asks for transactions of up to an hour; the broker's default cap is 15 min.
    p.setProperty("transaction.max.timeout.ms", Long.toString(Duration.ofHours(1).toMillis()));
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
    return p;
  }

  private static void format(Path logDir, Properties props) throws Exception {
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDir.toString()))
        .setMetadataLogDirectory(logDir.toString())
        .setReleaseVersion(MetadataVersion.latestProduction())
        .setControllerListenerName(props.getProperty("controller.listener.names"))
        .setHasDynamicQuorum(false)
        .run();
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try (Admin admin = admin()) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get().isEmpty()) {
            return;
          }
        } catch (ExecutionException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no broker ready after " + READY_TIMEOUT, e);
          }
        }
        Thread.sleep(50);
      }
    }
  }

  /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** An admin client on this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            "30000"));
  }

  /** Creates a topic with {@code partitions} partitions and one replica; returns once it exists. */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + name, e);
    }
  }

  /** Stops the node and deletes its log folder. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopQuietly(server);
    deleteTree(logDir);
  }

  private static void stopQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      LOG.warn("stopping the test broker", e);
    }
  }

  /** {@code n} distinct ports free on the loopback now (held together, then released). */
  private static int[] freePorts(int n) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException e) {
          LOG.debug("closing a probe socket", e);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", root, e.toString());
    }
  }
}
