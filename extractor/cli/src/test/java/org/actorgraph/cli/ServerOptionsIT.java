package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.server.guard.PasswordFile;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servers {@code serve} and {@code demo} build (built, not started: no port is bound): the
 * generated password file, and the demo on the loopback interface.
 */
class ServerOptionsIT {

  private static final Path DEMO = Path.of("fuseki-config/passwd");

  @TempDir Path store;

  @Test
  void withoutAPasswordFileServeGeneratesAPrivateOneAndSaysWhere() throws Exception {
    ServerOptions options = new ServerOptions();
    options.port = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ActorgraphServer server =
        options.build(store, new PrintStream(out, true, StandardCharsets.UTF_8));
    server.stop();

    Path passwd = store.resolve("passwd");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd)));
    assertFalse(PasswordFile.hasDemoPassword(passwd));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains(passwd.toAbsolutePath().toString()), said);
    String password = Files.readString(passwd).lines().reduce((a, b) -> b).orElseThrow();
    assertFalse(said.contains(password.substring(password.indexOf(':') + 1).trim()), said);
  }

  @Test
  void theDemoListensOnLoopbackOnly() {
    ServerOptions options = new ServerOptions();
    options.port = 0;
    options.passwd = DEMO;

    ActorgraphServer server =
        options.build(store, new PrintStream(new ByteArrayOutputStream()), true);
    try {
      for (var connector : server.fusekiServer().getJettyServer().getConnectors()) {
        String host = ((ServerConnector) connector).getHost();
        assertTrue("localhost".equals(host) || "127.0.0.1".equals(host), "host " + host);
      }
    } finally {
      server.stop();
    }
  }
}
