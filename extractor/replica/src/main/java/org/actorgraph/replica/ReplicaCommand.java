package org.actorgraph.replica;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actorgraph.server.ActorgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code actorgraph replica}: serves a store on an embedded Fuseki and keeps it in step with the
 * article-graph topic, until stopped (Ctrl-C, SIGTERM) or until the store cannot be written. Exit
 * codes: 0 stopped on request, 1 the feeder stopped on a store failure (restart it: it replays from
 * its last committed offset), 2 usage error.
 */
@Command(
    name = "replica",
    mixinStandardHelpOptions = true,
    description =
        "Serve a store on an embedded Fuseki (/kg, /kg-admin, /replica/status) and keep it in step"
            + " with an article-graph Kafka topic: each message replaces an article's graph (no"
            + " value: removes the article). Give each replica its own --group. Runs until Ctrl-C.")
public final class ReplicaCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap",
      required = true,
      paramLabel = "HOST:PORT",
      description = "Kafka brokers (bootstrap.servers), comma separated.")
  String bootstrap;

  @Option(
      names = "--topic",
      required = true,
      paramLabel = "TOPIC",
      description = "The article-graph topic.")
  String topic;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "GROUP",
      description = "Consumer group of this replica (one per replica; it keeps its position).")
  String group;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Data folder of the replica's TDB2 store, created if needed (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  Path store;

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "3030")
  int port;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Fuseki configuration (default: the bundled one).")
  Path config;

  @Option(
      names = "--passwd",
      paramLabel = "FILE",
      description =
          "Password file for /kg-admin (default: none, so the replica takes no writes but the"
              + " feeder's).")
  Path passwd;

  @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
  boolean localhost;

  @Option(
      names = "--max-poll-records",
      paramLabel = "N",
      description = "Most messages applied in one store transaction (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + FeederSettings.DEFAULT_MAX_POLL_RECORDS)
  int maxPollRecords;

  @Option(
      names = "--consumer-property",
      paramLabel = "KEY=VALUE",
      description = "A further Kafka consumer setting (security, timeouts); repeatable.")
  Map<String, String> consumerProperties = new LinkedHashMap<>();

  /** The replica once started (tests stop it through this). */
  volatile Replica running;

  @Override
  public Integer call() throws InterruptedException {
    Replica replica = Replica.start(server(), feederSettings());
    running = replica;
    Runtime.getRuntime().addShutdownHook(new Thread(replica::close, "replica-shutdown"));
    String base = "http://localhost:" + replica.port();
    System.out.println("actorgraph replica of " + topic + " (group " + group + "):");
    System.out.println("  SPARQL endpoint: " + base + "/kg/sparql");
    System.out.println("  feeder status:   " + base + Replica.STATUS_PATH);
    System.out.println("Press Ctrl-C to stop.");
    System.out.flush();
    replica.feeder().awaitStop();
    if (replica.feeder().failure().isPresent()) {
      System.err.println(
          "actorgraph: the feeder stopped: "
              + replica.feeder().failure().get()
              + " (restart the replica: it replays from its last committed offset)");
      replica.close();
      return 1;
    }
    return 0;
  }

  /** The feeder's settings as the options give them. */
  FeederSettings feederSettings() {
    return new FeederSettings(
        bootstrap,
        topic,
        group,
        FeederSettings.DEFAULT_POLL_TIMEOUT,
        maxPollRecords,
        consumerProperties);
  }

  /** The server as the options give it. */
  ActorgraphServer.Builder server() {
    ActorgraphServer.Builder server =
        ActorgraphServer.builder().port(port).dataDir(store).localhostOnly(localhost);
    if (config != null) {
      server.configFile(config);
    }
    if (passwd != null) {
      server.passwordFile(passwd);
    }
    return server;
  }

  /** Runs the command alone ({@code java -cp ... org.actorgraph.replica.ReplicaCommand ...}). */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new ReplicaCommand()).execute(args));
  }
}
