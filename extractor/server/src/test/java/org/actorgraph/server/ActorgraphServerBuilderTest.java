package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ActorgraphServerBuilderTest {

  @Test
  void aDataFolderIsRequired() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ActorgraphServer.builder().build());
    assertTrue(e.getMessage().contains("dataDir"), e.getMessage());
  }

  @Test
  void aPortOutOfRangeIsRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActorgraphServer.builder().dataDir(Path.of("d")).port(70000).build());
    assertTrue(e.getMessage().contains("port") && e.getMessage().contains("70000"), e.getMessage());
  }

  @Test
  void aMissingPasswordFileIsNamed() {
    Path missing = Path.of("no/such/passwd");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActorgraphServer.builder().dataDir(Path.of("d")).passwordFile(missing).build());
    assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
  }
}
