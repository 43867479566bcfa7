package org.actorgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.bench.CorpusWriter;
import org.actorgraph.bench.SyntheticArticle;
import org.actorgraph.bench.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph generate}: a synthetic, reproducible news corpus for scale tests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write N synthetic news articles built from the shipped lexicons (the same seed gives the"
            + " same bytes): a .jsonl file, or one .txt file each in a folder.")
final class GenerateCommand implements Callable<Integer> {

  @Option(
      names = "--articles",
      description = "How many (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  long articles;

  @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  long seed;

  @Option(
      names = "--sentences",
      description = "Sentences per article (default: ${DEFAULT-VALUE}, about 500 words).",
      defaultValue = "" + SyntheticCorpus.DEFAULT_SENTENCES)
  int sentences;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR|FILE.jsonl",
      description = "A .jsonl file, or a folder for .txt files.")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 0) {
      throw new IllegalArgumentException("--articles (" + articles + ") must not be negative");
    }
    var stream =
        new SyntheticCorpus(seed, sentences).articles(articles).map(SyntheticArticle::article);
    long n =
        output.toString().endsWith(".jsonl")
            ? CorpusWriter.writeJsonLines(stream, output)
            : CorpusWriter.writeTextFiles(stream, output);
    spec.commandLine().getErr().printf("%d articles written to %s%n", n, output);
    return Main.OK;
  }
}
