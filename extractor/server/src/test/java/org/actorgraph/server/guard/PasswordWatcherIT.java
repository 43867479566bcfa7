package org.actorgraph.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.server.ActorgraphServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuseki starts a watcher on the password file (Jetty's {@code PropertyUserStore} with a reload
 * interval, scanning from a {@code Scanner-N} thread) outside the server's lifecycle; {@link
 * ActorgraphServer#stop()} stops it.
 */
class PasswordWatcherIT {

  @TempDir Path dataDir;
  @TempDir Path secrets;

  private static List<String> scannerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("Scanner"))
        .sorted()
        .toList();
  }

  private static List<String> scannerThreadsAfterAWhile() throws InterruptedException {
    List<String> left = scannerThreads();
    for (int i = 0; i < 40 && !left.isEmpty(); i++) {
      Thread.sleep(50);
      left = scannerThreads();
    }
    return left;
  }

  @Test
  void stoppingTheServerStopsItsPasswordFileWatcher() throws Exception {
    List<String> before = scannerThreadsAfterAWhile();
    Path passwd = Files.writeString(secrets.resolve("passwd"), "admin: s3cret\n");
    ActorgraphServer server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(dataDir)
            .passwordFile(passwd)
            .build()
            .start();
    List<String> running = scannerThreads();
    assertFalse(
        running.size() <= before.size(),
        "a password watcher thread while serving (threads: " + running + ")");

    server.stop();
    Files.delete(passwd);

    assertEquals(before, scannerThreadsAfterAWhile());
  }

  @Test
  void aServerBuiltButNeverStartedLeavesNoWatcherEither() throws Exception {
    List<String> before = scannerThreadsAfterAWhile();
    Path passwd = Files.writeString(secrets.resolve("passwd"), "admin: s3cret\n");
    ActorgraphServer server =
        ActorgraphServer.builder()
            .port(0)
            .localhostOnly(true)
            .dataDir(dataDir)
            .passwordFile(passwd)
            .build();

    server.stop();

    assertEquals(before, scannerThreadsAfterAWhile());
  }
}
