package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin password of {@code serve} and {@code demo}: generated when there is none, and the
 * public demo password refused on every interface unless {@code --allow-demo-password}. Nothing
 * here binds a port: the check runs before the server starts (see also {@link ServerOptionsIT}).
 */
class ServerOptionsTest {

  private static final Path DEMO = Path.of("../fuseki-config/passwd");

  @TempDir Path store;

  @Test
  void theDemoPasswordOnEveryInterfaceIsRefusedNamingTheWayOut() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ServerOptions.checkPassword(DEMO, false, false));
    assertTrue(e.getMessage().contains("--allow-demo-password"), e.getMessage());
    assertTrue(e.getMessage().contains("--localhost"), e.getMessage());
  }

  @Test
  void theDemoPasswordIsAllowedOnLoopbackOrWhenToldSo() {
    assertDoesNotThrow(() -> ServerOptions.checkPassword(DEMO, true, false));
    assertDoesNotThrow(() -> ServerOptions.checkPassword(DEMO, false, true));
  }

  @Test
  void serveWithTheDemoPasswordStopsBeforeBinding() {
    int code =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                Main.run(
                    "serve",
                    "--store",
                    store.toString(),
                    "--passwd",
                    DEMO.toString(),
                    "--port",
                    "0"));
    assertEquals(Main.USAGE, code);
  }
}
