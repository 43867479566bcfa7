package org.actorgraph.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jetty.util.security.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

  @TempDir Path dir;

  @Test
  void aGeneratedFileHasARandomAdminPasswordReadableOnlyByItsOwner() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");

    assertTrue(PasswordFile.createIfAbsent(a));
    assertTrue(PasswordFile.createIfAbsent(b));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    List<String> users = Files.readAllLines(a).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(1, users.size(), users.toString());
    String password = users.get(0).substring("admin: ".length());
    assertTrue(users.get(0).startsWith("admin: ") && password.length() >= 24, users.toString());
    assertFalse(Files.readString(a).equals(Files.readString(b)), "two files, two passwords");
    assertFalse(PasswordFile.hasDemoPassword(a));
  }

  @Test
  void anExistingFileIsKept() throws Exception {
    Path mine = Files.writeString(dir.resolve("passwd"), "admin: mine\n");
    assertFalse(PasswordFile.createIfAbsent(mine));
    assertEquals("admin: mine\n", Files.readString(mine));
  }

  @Test
  void theShippedFileHasTheDemoPassword() {
    assertTrue(PasswordFile.hasDemoPassword(Path.of("../fuseki-config/passwd")));
  }

  @Test
  void theDemoPasswordIsFoundObfuscatedAndForAnyUser() throws Exception {
    String obf = Password.obfuscate(PasswordFile.DEMO_PASSWORD);
    Path file = Files.writeString(dir.resolve("p"), "admin: other\nreader: " + obf + ", role\n");
    assertTrue(PasswordFile.hasDemoPassword(file));
  }
}
