package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --remote} against a store that is down, failing (500) or refusing the login (401):
 * retries with back-off, then one clear error; what was not stored is listed in a file that a
 * re-run takes as {@code @FILE}; nothing is counted as loaded that the store did not accept.
 */
class RemoteLoadFaultsIT {

  private static final int ARTICLES = 3;

  @TempDir Path dir;
  private Path in;
  private Path notStored;

  @BeforeEach
  void articles() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          in.resolve("a" + i + ".txt"),
          "URL: https://news.freedonia.example/"
              + i
              + "\n\nJane Doe, the president of Freedonia,"
              + " met John Roe in Port Aster on day "
              + i
              + ".\n");
    }
    notStored = dir.resolve("not-stored.txt");
  }

  private Cli.Result load(String url, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "load",
                "--no-parse",
                "--threads",
                "1",
                "--remote",
                url,
                "--retries",
                "3",
                "--retry-wait",
                "10",
                "--not-stored",
                notStored.toString()));
    args.addAll(List.of(more));
    args.add(in.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aStoreThatFailsForAWhileGetsEveryArticle() throws IOException {
    try (FlakyStore store = new FlakyStore(n -> n < 2 ? 500 : 204)) {
      Cli.Result r = load(store.url());
      assertEquals(Main.OK, r.code(), r.err());
      assertEquals(ARTICLES, store.stored().size());
      assertEquals(List.of(500, 500, 204, 204, 204), store.answered());
      assertTrue(r.err().contains(ARTICLES + " articles, "), r.err());
      assertFalse(Files.exists(notStored));
    }
  }

  @Test
  void aFailingStoreIsRetriedThenEveryArticleIsListedForARerun() throws IOException {
    try (FlakyStore store = new FlakyStore(n -> 500)) {
      Cli.Result r = load(store.url());
      assertEquals(Main.SOME_INPUTS_FAILED, r.code());
      assertEquals(List.of(500, 500, 500, 500), store.answered(), "1 try and 3 retries, then stop");
      assertTrue(r.err().contains("500: the server failed"), r.err());
      assertTrue(r.err().contains("0 articles, "), r.err());
      assertTrue(r.err().contains("NOT STORED: " + ARTICLES + " articles"), r.err());
      assertEquals(ARTICLES, Files.readAllLines(notStored).size());
    }
    try (FlakyStore store = new FlakyStore(n -> 204)) {
      Cli.Result r =
          Cli.run(
              "load",
              "--no-parse",
              "--remote",
              store.url(),
              "--not-stored",
              notStored.toString(),
              "@" + notStored);
      assertEquals(Main.OK, r.code(), r.err());
      assertEquals(ARTICLES, store.stored().size());
      assertFalse(Files.exists(notStored), "the list goes once everything in it is stored");
    }
  }

  @Test
  void anotherLoadKeepsTheListOfWhatWasNotStored() throws IOException {
    try (FlakyStore store = new FlakyStore(n -> 500)) {
      assertEquals(Main.SOME_INPUTS_FAILED, load(store.url()).code());
    }
    Path other = Files.writeString(dir.resolve("other.txt"), "Jane Doe met Anna Smith.\n");
    try (FlakyStore store = new FlakyStore(n -> 204)) {
      Cli.Result r =
          Cli.run(
              "load",
              "--no-parse",
              "--remote",
              store.url(),
              "--not-stored",
              notStored.toString(),
              other.toString());
      assertEquals(Main.OK, r.code(), r.err());
      assertEquals(ARTICLES, Files.readAllLines(notStored).size(), "the earlier list is kept");
    }
  }

  @Test
  void aRefusedLoginSaysSo() throws IOException {
    try (FlakyStore store = new FlakyStore(n -> 401)) {
      Cli.Result r = load(store.url());
      assertEquals(Main.SOME_INPUTS_FAILED, r.code());
      assertTrue(r.err().contains("401: wrong user or password"), r.err());
      assertFalse(r.err().contains("graph="), r.err());
      assertEquals(0, store.stored().size());
    }
  }

  @Test
  void aDeadStoreSaysConnectionRefusedAndCreatesNoLocalStore() throws IOException {
    String url;
    try (FlakyStore store = new FlakyStore(n -> 204)) {
      url = store.url();
    }
    Path local = dir.resolve("data");
    Cli.Result r = load(url, "--store", local.toString());
    assertEquals(Main.SOME_INPUTS_FAILED, r.code());
    assertTrue(r.err().contains("connection refused"), r.err());
    assertTrue(r.err().contains("NOT STORED: " + ARTICLES + " articles"), r.err());
    assertFalse(Files.exists(local), "load --remote never creates a local store");
  }
}
