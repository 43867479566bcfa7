package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.actorgraph.eval.Evaluation;
import org.actorgraph.eval.EvaluationReport;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
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

  @Override
  public Integer call() {
    ExtractorConfig config = ExtractorConfig.defaults();
    Pipeline pipeline = Pipeline.standard(config);
    RunInfo run = Runs.newRun(config);
    Inputs inputs = new Inputs(config.maxArticleBytes());
    EvaluationReport report =
        Evaluation.run(
            gold, file -> extract(pipeline, run, inputs, file), Optional.ofNullable(dump));
    System.out.print(report.table());
    System.out.flush();
    if (json != null) {
      report.writeJson(json);
    }
    return report.failures().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }

  private static Dataset extract(Pipeline pipeline, RunInfo run, Inputs inputs, Path file) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    inputs.read(file, articles::add, problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).toString());
    }
    Dataset ds = DatasetFactory.create();
    for (Article a : articles) {
      Pipeline.ArticleGraph g = pipeline.toGraph(pipeline.extract(a), run);
      ds.asDatasetGraph().addGraph(g.name(), g.graph());
    }
    return ds;
  }
}
