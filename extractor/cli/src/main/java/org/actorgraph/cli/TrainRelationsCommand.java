package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.train.RelationTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code actorgraph train-relations}: trains the learned relation classifier from Re-DocRED. */
@Command(
    name = "train-relations",
    mixinStandardHelpOptions = true,
    description =
        "Train the relation classifier (position, memberOf, partOf, locatedIn) from Re-DocRED,"
            + " report precision and recall on held-out documents, and write the model.")
final class TrainRelationsCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The Re-DocRED folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/corpora/re-docred")
  Path corpus;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description = "Parsed corpus sentences, kept between runs (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/re-docred-parses.tsv")
  Path cache;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).",
      defaultValue =
          "extractor/core/src/main/resources/org/actorgraph/models/en-relations-actorgraph.bin")
  Path output;

  @Option(names = "--no-write", description = "Only measure; do not write the model.")
  boolean noWrite;

  @Option(
      names = "--held-out",
      description = "Fraction of documents held out (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.2")
  double heldOut;

  @Option(
      names = "--seed",
      description = "Shuffle seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "13")
  long seed;

  @Option(
      names = "--iterations",
      description = "Maxent iterations (default: ${DEFAULT-VALUE}).",
      defaultValue = "150")
  int iterations;

  @Option(
      names = "--cutoff",
      description = "Feature cutoff (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int cutoff;

  @Override
  public Integer call() {
    System.out.println(
        RelationTrainer.train(
            new RelationTrainer.Config(
                corpus, cache, noWrite ? null : output, heldOut, seed, iterations, cutoff)));
    return Main.OK;
  }
}
