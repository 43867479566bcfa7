package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.actorgraph.eval.Evaluation;
import org.actorgraph.eval.EvaluationReport;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code actorgraph evaluate}: extraction quality against gold files. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Extract every NAME.txt of a folder, read the result back from its RDF, and score it"
            + " against NAME.gold.json (see the scoring rules in docs); print a table per type"
            + " and measure.")
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Articles and gold files.")
  Path gold;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(
      names = "--dump",
      paramLabel = "DIR",
      description = "Write each extraction in the gold file's shape as DIR/NAME.json.")
  Path dump;

  @Option(
      names = "--no-parse",
      description =
          "Skip the dependency parser (by default sentences with two or more actors are parsed).")
  boolean noParse;

  @Override
  public Integer call() {
    ExtractorConfig config = ExtractorConfig.defaults().withParse(!noParse);
    Pipeline pipeline = Pipeline.standard(config);
    RunInfo run = Runs.newRun(config);
    Inputs inputs = new Inputs(config.maxArticleBytes());
    EvaluationReport report =
        Evaluation.run(
            gold, file -> pipeline.extractFile(file, inputs, run), Optional.ofNullable(dump));
    System.out.print(report.table());
    System.out.flush();
    if (json != null) {
      report.writeJson(json);
    }
    return report.failures().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
