package org.actorgraph.eval;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Argument checks shared by the evaluation records; messages name the field and the value. */
final class Checks {

  private Checks() {}

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is blank");
    }
    return value;
  }

  static void confidence(OptionalDouble confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (confidence.isPresent()) {
      double c = confidence.getAsDouble();
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("confidence (" + c + ") outside 0..1");
      }
    }
  }

  static void oneOf(String value, Collection<String> allowed, String field) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          field + " '" + value + "' is not one of " + String.join(", ", allowed));
    }
  }

  static void oneOf(Optional<String> value, Collection<String> allowed, String field) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> oneOf(v, allowed, field));
  }
}
