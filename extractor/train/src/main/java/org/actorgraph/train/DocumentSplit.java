package org.actorgraph.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Documents divided into a training part and a held-out part, whole documents at a time so that no
 * sentence of a held-out document is seen in training.
 *
 * @param training the documents to train on
 * @param heldOut the documents to measure on
 */
public record DocumentSplit(List<TrainingDocument> training, List<TrainingDocument> heldOut) {

  public DocumentSplit {
    training = List.copyOf(training);
    heldOut = List.copyOf(heldOut);
  }

  /**
   * Shuffles {@code documents} with {@code seed} and holds out the first {@code fraction} of them
   * (rounded, at least one when the fraction is positive and there are two or more documents).
   *
   * @throws IllegalArgumentException if {@code fraction} is outside [0, 1)
   */
  public static DocumentSplit of(List<TrainingDocument> documents, double fraction, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("held-out fraction (" + fraction + ") outside [0, 1)");
    }
    List<TrainingDocument> shuffled = new ArrayList<>(documents);
    Collections.shuffle(shuffled, new Random(seed));
    int heldOut = (int) Math.round(fraction * shuffled.size());
    if (fraction > 0 && heldOut == 0 && shuffled.size() > 1) {
      heldOut = 1;
    }
    return new DocumentSplit(
        shuffled.subList(heldOut, shuffled.size()), shuffled.subList(0, heldOut));
  }
}
