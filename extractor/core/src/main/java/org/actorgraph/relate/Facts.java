package org.actorgraph.relate;

import java.util.List;

/** Checks shared by the fact records. */
final class Facts {

  private Facts() {}

  static List<Evidence> checked(List<Evidence> evidence, double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence (" + confidence + ") outside 0..1");
    }
    List<Evidence> copy = List.copyOf(evidence);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a fact needs evidence");
    }
    return copy;
  }
}
