package org.actorgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project folder: {@code ACTORGRAPH_HOME} (set by the launcher script) or the working
 * directory. Defaults such as {@code samples/} and {@code fuseki-config/} are found there.
 */
final class Home {

  private Home() {}

  static Path dir() {
    String env = System.getenv("ACTORGRAPH_HOME");
    return env == null || env.isBlank() ? Path.of("") : Path.of(env);
  }

  /** {@code relative} under the home folder, if it exists there. */
  static Optional<Path> file(String relative) {
    Path p = dir().resolve(relative);
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }
}
