package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.resolve.Iris;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that extract articles. */
final class ExtractOptions {

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Article files (.txt, .html, .jsonl), folders (searched recursively), or - for stdin.")
  List<Path> inputs;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).",
      defaultValue = Iris.DEFAULT_BASE)
  String base;

  @Option(
      names = "--threads",
      description = "Articles analysed at once (default: number of processors).")
  Integer threads;

  @Option(
      names = "--max-article-bytes",
      description = "Largest article file or JSON line accepted (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + Inputs.DEFAULT_MAX_BYTES)
  long maxArticleBytes;

  @Option(
      names = "--no-parse",
      description =
          "Skip the dependency parser: faster start and run, fewer interactions found"
              + " (by default sentences with two or more actors are parsed).")
  boolean noParse;

  ExtractorConfig config() {
    ExtractorConfig d = ExtractorConfig.defaults();
    return new ExtractorConfig(
        base, threads == null ? d.threads() : threads, maxArticleBytes, !noParse);
  }
}
