package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding the process that listens on a port. */
class PortOwnersTest {

  @Test
  void readsListeningSocketsFromTheProcTable() {
    List<String> table =
        List.of(
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid"
                + "  timeout inode",
            "   0: 0100007F:0BDA 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0"
                + "        0 4242 1 0000000000000000 100 0 0 10 0",
            "   1: 0100007F:0BDA 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0"
                + "        0 4343 1 0000000000000000 20 4 30 10 -1");
    Set<String> inodes = new HashSet<>();
    PortOwners.listeningInodes(table, 3034, inodes);
    assertEquals(Set.of("4242"), inodes, "only the LISTEN row (st 0A) on port 0x0BDA");
  }

  @Test
  void findsThisProcessListening() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertFalse(PortOwners.isFree(s.getLocalPort(), true));
      String d = PortOwners.describe(s.getLocalPort());
      assertTrue(d.startsWith("port " + s.getLocalPort() + " is in use"), d);
      if (System.getProperty("os.name").startsWith("Linux")) {
        assertTrue(d.contains("process " + ProcessHandle.current().pid()), d);
      }
    }
  }
}
