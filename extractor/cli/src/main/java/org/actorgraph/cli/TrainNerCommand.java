package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.train.FeatureSet;
import org.actorgraph.train.NameFinderTrainer;
import org.actorgraph.train.NerTrainingConfig;
import org.actorgraph.train.NerTrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code actorgraph train-ner}: trains the project's name-finder model from open corpora. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description =
        "Train the English name finder from WikiGold and Re-DocRED, report precision and recall"
            + " on held-out documents, and write the model.")
final class TrainNerCommand implements Callable<Integer> {

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      description = "Folder with wikigold/ and re-docred/ (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/corpora")
  Path corpora;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).",
      defaultValue =
          "extractor/core/src/main/resources/org/actorgraph/models/en-ner-actorgraph.bin")
  Path output;

  @Option(
      names = "--held-out",
      description = "Fraction of documents held out (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.1")
  double heldOut;

  @Option(
      names = "--seed",
      description = "Shuffle seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "13")
  long seed;

  @Option(
      names = "--algorithm",
      description = "PERCEPTRON, MAXENT or PERCEPTRON_SEQUENCE (default: ${DEFAULT-VALUE}).",
      defaultValue = "PERCEPTRON")
  String algorithm;

  @Option(
      names = "--iterations",
      description = "Training iterations (default: ${DEFAULT-VALUE}).",
      defaultValue = "300")
  int iterations;

  @Option(
      names = "--cutoff",
      description = "Feature cutoff (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int cutoff;

  @Option(
      names = "--features",
      description = "Feature set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "RICH")
  FeatureSet features;

  @Override
  public Integer call() {
    NerTrainingConfig config =
        NerTrainingConfig.defaults(corpora, output)
            .withHeldOut(heldOut, seed)
            .withTraining(algorithm, iterations, cutoff)
            .withFeatures(features);
    NerTrainingReport report = NameFinderTrainer.train(config);
    System.out.println(report.summary());
    return Main.OK;
  }
}
