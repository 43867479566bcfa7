package org.actorgraph.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a training run did and how well the model did on the held-out documents.
 *
 * @param trainingDocuments documents trained on for the measurement
 * @param heldOutDocuments documents measured on
 * @param trainingTokens tokens in the training documents
 * @param trainingNames names in the training documents
 * @param heldOutNames gold names in the held-out documents
 * @param byType exact-span scores per type ({@code person}, {@code organization}, {@code location})
 * @param overall the scores summed over types (micro average)
 * @param trainingTime wall time of training, both runs when the model was retrained on all
 * @param retrainedOnAll whether the written model was trained on all documents, held-out included
 * @param output where the model was written
 * @param modelBytes the written model's size
 */
public record NerTrainingReport(
    int trainingDocuments,
    int heldOutDocuments,
    int trainingTokens,
    int trainingNames,
    int heldOutNames,
    Map<String, SpanScore> byType,
    SpanScore overall,
    Duration trainingTime,
    boolean retrainedOnAll,
    Path output,
    long modelBytes) {

  public NerTrainingReport {
    byType = Map.copyOf(byType);
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(trainingTime, "trainingTime");
    Objects.requireNonNull(output, "output");
  }

  /** A few lines for people: sizes, time, and precision, recall and F1 overall and per type. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "trained on %d documents (%d tokens, %d names), held out %d documents (%d names)%n",
            trainingDocuments, trainingTokens, trainingNames, heldOutDocuments, heldOutNames));
    text.append(String.format("%-13s %s%n", "overall", overall));
    for (String type : NameTypes.ALL) {
      text.append(String.format("%-13s %s%n", type, byType.getOrDefault(type, SpanScore.ZERO)));
    }
    text.append(
        String.format(
            "training %.1f s; model %s (%d KB)%s",
            trainingTime.toMillis() / 1000.0,
            output,
            modelBytes / 1024,
            retrainedOnAll ? ", retrained on all documents" : ""));
    return text.toString();
  }
}
