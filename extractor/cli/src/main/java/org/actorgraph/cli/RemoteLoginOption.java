package org.actorgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The login options of the commands that write to a remote store ({@code load}, {@code remove}).
 */
final class RemoteLoginOption {

  @Option(names = "--user", description = "User for the remote store (HTTP basic auth).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the remote store password.")
  Path passwordFile;

  Optional<String> user() {
    return Optional.ofNullable(user);
  }

  Optional<char[]> password() throws IOException {
    return Passwords.firstLine(passwordFile);
  }
}
