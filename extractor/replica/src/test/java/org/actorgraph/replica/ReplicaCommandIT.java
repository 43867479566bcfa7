package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.actorgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code actorgraph replica} serves what the topic carries, takes no other writes without a
 * password file, and exits 0 when stopped.
 */
class ReplicaCommandIT {

  @TempDir Path dir;

  @Test
  void theCommandFollowsTheTopicAndStopsCleanly() throws Exception {
    List<Pipeline.ArticleGraph> two = SampleArticleGraphs.all().subList(0, 2);
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopic("cli-graphs", 1);
      try (TopicPublisher publisher = new TopicPublisher(kafka, "cli-graphs")) {
        publisher.publish(two);
      }
      ReplicaCommand command = new ReplicaCommand();
      String[] args = {
        "--bootstrap",
        kafka.bootstrapServers(),
        "--topic",
        "cli-graphs",
        "--group",
        "cli",
        "--store",
        dir.resolve("store").toString(),
        "--port",
        "0",
        "--localhost",
        "--max-poll-records",
        "1",
        "--consumer-property",
        "session.timeout.ms=20000"
      };
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(args));
      ReplicaChecks.await(() -> command.running != null, "the replica started");
      Replica replica = command.running;
      ReplicaChecks.awaitCaughtUp(kafka, replica, "cli-graphs", "cli");
      ReplicaChecks.assertServes(replica, two);
      assertEquals(2, replica.feeder().metrics().batches());
      int status =
          postUpdate(
              replica,
              "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s>"
                  + " <urn:example:p> 'not from the feeder' } }");
      assertTrue(status == 401 || status == 403, "without --passwd /kg-admin refuses: " + status);
      ReplicaChecks.assertServes(replica, two);

      replica.close();
      assertEquals(0, exit.get());
    }
  }

  private static int postUpdate(Replica r, String update) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port() + "/kg-admin/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void aMissingGroupIsAUsageError() {
    int code =
        new CommandLine(new ReplicaCommand())
            .execute("--bootstrap", "127.0.0.1:9", "--topic", "t", "--store", dir.toString());
    assertEquals(2, code);
  }
}
