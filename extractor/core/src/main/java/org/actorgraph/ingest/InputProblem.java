package org.actorgraph.ingest;

import java.util.Objects;

/**
 * A reason why one input (a file, or a line of a file) could not become an article.
 *
 * @param origin the file, or {@code file:line}
 * @param message what is wrong, in one line
 */
public record InputProblem(String origin, String message) {

  public InputProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
