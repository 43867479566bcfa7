package org.actorgraph.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link NameFinderTrainer#train} reads, how it trains and where it writes the model.
 *
 * @param wikigold the WikiGold CoNLL file ({@code wikigold.conll.txt})
 * @param redocredDir the folder with Re-DocRED's {@code dev_revised.json} and {@code
 *     test_revised.json}
 * @param output where the model is written (parent folders are created)
 * @param heldOut the fraction of documents held out for measuring, in [0, 1); default 0.1
 * @param seed the seed of the document shuffle; default 13
 * @param algorithm the OpenNLP trainer: {@code PERCEPTRON} (default), {@code MAXENT} or {@code
 *     PERCEPTRON_SEQUENCE}
 * @param iterations training iterations; default 300
 * @param cutoff features seen fewer times than this are dropped; default 1
 * @param features the feature generator descriptor; default {@link FeatureSet#RICH}
 * @param documentLimit when positive, train and measure on only this many documents (drawn with
 *     {@code seed}), for fast checks; default 0, all documents
 * @param retrainOnAll when true (default), the written model is trained again on all documents
 *     after the held-out measurement; when false it is the measured model
 */
public record NerTrainingConfig(
    Path wikigold,
    Path redocredDir,
    Path output,
    double heldOut,
    long seed,
    String algorithm,
    int iterations,
    int cutoff,
    FeatureSet features,
    int documentLimit,
    boolean retrainOnAll) {

  public static final double DEFAULT_HELD_OUT = 0.1;
  public static final long DEFAULT_SEED = 13;
  public static final String DEFAULT_ALGORITHM = "PERCEPTRON";
  public static final int DEFAULT_ITERATIONS = 300;
  public static final int DEFAULT_CUTOFF = 1;

  /** The OpenNLP trainers a name finder can be trained with. */
  public static final Set<String> ALGORITHMS =
      Set.of("PERCEPTRON", "MAXENT", "PERCEPTRON_SEQUENCE");

  public NerTrainingConfig {
    Objects.requireNonNull(wikigold, "wikigold");
    Objects.requireNonNull(redocredDir, "redocredDir");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(features, "features");
    if (!(heldOut >= 0 && heldOut < 1)) {
      throw new IllegalArgumentException("heldOut (" + heldOut + ") outside [0, 1)");
    }
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException(
          "algorithm '" + algorithm + "' is not one of " + ALGORITHMS);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations (" + iterations + ") below 1");
    }
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff (" + cutoff + ") is negative");
    }
    if (documentLimit < 0) {
      throw new IllegalArgumentException("documentLimit (" + documentLimit + ") is negative");
    }
  }

  /** A configuration with the documented defaults. */
  public static NerTrainingConfig defaults(Path wikigold, Path redocredDir, Path output) {
    return new NerTrainingConfig(
        wikigold,
        redocredDir,
        output,
        DEFAULT_HELD_OUT,
        DEFAULT_SEED,
        DEFAULT_ALGORITHM,
        DEFAULT_ITERATIONS,
        DEFAULT_CUTOFF,
        FeatureSet.RICH,
        0,
        true);
  }

  /**
   * The corpora as laid out in the project's shared folder: {@code wikigold/}, {@code re-docred/}.
   */
  public static NerTrainingConfig defaults(Path corporaDir, Path output) {
    return defaults(
        corporaDir.resolve("wikigold").resolve("wikigold.conll.txt"),
        corporaDir.resolve("re-docred"),
        output);
  }

  /** This configuration with another trainer, iteration count and cutoff. */
  public NerTrainingConfig withTraining(String algorithm, int iterations, int cutoff) {
    return with(
        heldOut, seed, algorithm, iterations, cutoff, features, documentLimit, retrainOnAll);
  }

  /** This configuration with another held-out fraction and shuffle seed. */
  public NerTrainingConfig withHeldOut(double heldOut, long seed) {
    return with(
        heldOut, seed, algorithm, iterations, cutoff, features, documentLimit, retrainOnAll);
  }

  /** This configuration with another feature descriptor. */
  public NerTrainingConfig withFeatures(FeatureSet features) {
    return with(
        heldOut, seed, algorithm, iterations, cutoff, features, documentLimit, retrainOnAll);
  }

  /** This configuration on at most {@code documentLimit} documents, model not retrained on all. */
  public NerTrainingConfig withDocumentLimit(int documentLimit) {
    return with(heldOut, seed, algorithm, iterations, cutoff, features, documentLimit, false);
  }

  /** This configuration, writing the measured model or one retrained on all documents. */
  public NerTrainingConfig withRetrainOnAll(boolean retrainOnAll) {
    return with(
        heldOut, seed, algorithm, iterations, cutoff, features, documentLimit, retrainOnAll);
  }

  /** This configuration's corpora and output with the given settings. */
  private NerTrainingConfig with(
      double heldOut,
      long seed,
      String algorithm,
      int iterations,
      int cutoff,
      FeatureSet features,
      int documentLimit,
      boolean retrainOnAll) {
    return new NerTrainingConfig(
        wikigold,
        redocredDir,
        output,
        heldOut,
        seed,
        algorithm,
        iterations,
        cutoff,
        features,
        documentLimit,
        retrainOnAll);
  }
}
