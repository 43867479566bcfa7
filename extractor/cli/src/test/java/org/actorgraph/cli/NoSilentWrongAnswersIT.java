package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line fails loudly instead of answering wrongly: undeclared query parameters, missing
 * stores, a port in use, a dead endpoint.
 */
class NoSilentWrongAnswersIT {

  @TempDir Path dir;

  @Test
  void aParameterTheQueryDoesNotTakeIsAUsageError() {
    Cli.Result r = Cli.run("query", "offices-of-country", "-p", "nam=Freedonia");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("has no parameter 'nam' (it takes name)"), r.err());
    Cli.Result none = Cli.run("query", "actors", "-p", "name=Freedonia");
    assertEquals(Main.USAGE, none.code());
    assertTrue(none.err().contains("(it takes none)"), none.err());
  }

  @Test
  void queryAndServeRefuseAMissingStoreAndCreateNothing() {
    Path missing = dir.resolve("no-such-store");
    Cli.Result q =
        Cli.run(
            "query", "offices-of-country", "-p", "name=Freedonia", "--store", missing.toString());
    assertEquals(Main.USAGE, q.code());
    assertTrue(q.err().contains("no store here"), q.err());
    Cli.Result s = Cli.run("serve", "--store", missing.toString(), "--port", "0", "--localhost");
    assertEquals(Main.USAGE, s.code());
    assertTrue(s.err().contains("no store here"), s.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void loadSaysWhenItCreatesAStore() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), "Jane Doe met John Roe in Port Aster.\n");
    Path data = dir.resolve("data");
    Cli.Result first = Cli.run("load", "--no-parse", "--store", data.toString(), in.toString());
    assertEquals(Main.OK, first.code(), first.err());
    assertTrue(first.err().contains("Created a new store in"), first.err());
    Cli.Result second = Cli.run("load", "--no-parse", "--store", data.toString(), in.toString());
    assertFalse(second.err().contains("Created a new store"), second.err());
  }

  @Test
  void aPortInUseNamesTheProcessAndLeavesNothingBehind() throws IOException {
    Path data = dir.resolve("data");
    ActorgraphStore.open(data).close();
    Path fresh = dir.resolve("fresh");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String port = String.valueOf(taken.getLocalPort());
      String us = "process " + ProcessHandle.current().pid();

      Cli.Result serve =
          Cli.run("serve", "--store", data.toString(), "--port", port, "--localhost");
      assertEquals(Main.USAGE, serve.code());
      assertTrue(serve.err().contains("port " + port + " is in use by " + us), serve.err());

      Cli.Result demo = Cli.run("demo", "--store", fresh.toString(), "--port", port, "--localhost");
      assertEquals(Main.USAGE, demo.code());
      assertFalse(Files.exists(fresh), "demo created nothing");

      ActorgraphServer server =
          ActorgraphServer.builder()
              .port(taken.getLocalPort())
              .dataDir(data)
              .localhostOnly(true)
              .withUi(false)
              .build();
      IllegalStateException e = assertThrows(IllegalStateException.class, server::start);
      assertTrue(e.getMessage().contains("is in use by " + us), e.getMessage());
    }
    ActorgraphStore.open(data).close(); // the failed start released the store
  }

  @Test
  void aDeadEndpointSaysConnectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Cli.Result r =
        Cli.run(
            "query",
            "offices-of-country",
            "-p",
            "name=Freedonia",
            "--endpoint",
            "http://127.0.0.1:" + port + "/kg/sparql");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("connection refused"), r.err());
    assertFalse(r.err().contains("query="), r.err());
  }
}
