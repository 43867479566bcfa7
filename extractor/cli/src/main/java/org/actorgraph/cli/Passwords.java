package org.actorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the password of a remote store from a file, never from the command line. */
final class Passwords {

  private Passwords() {}

  /** The first line of {@code file}, stripped; empty when no file is given. */
  static Optional<char[]> firstLine(Path file) throws IOException {
    if (file == null) {
      return Optional.empty();
    }
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    return Optional.of(first.strip().toCharArray());
  }
}
