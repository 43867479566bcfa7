package org.actorgraph.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;

/** The article graphs of the files in {@code samples/}, extracted once (dependency parser off). */
final class SampleArticleGraphs {

  private static List<Pipeline.ArticleGraph> graphs;

  private SampleArticleGraphs() {}

  /** One graph per sample article, in file name order. */
  static synchronized List<Pipeline.ArticleGraph> all() {
    if (graphs == null) {
      graphs = extract(Path.of("samples"));
    }
    return graphs;
  }

  private static List<Pipeline.ArticleGraph> extract(Path folder) {
    ExtractorConfig config = ExtractorConfig.defaults().withParse(false);
    Pipeline pipeline = Pipeline.standard(config);
    RunInfo run = new RunInfo(config.baseIri() + "run/replica-test", "test", Instant.now());
    Inputs inputs = new Inputs(config.maxArticleBytes());
    List<Pipeline.ArticleGraph> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        inputs.read(f, articles::add, problems::add);
        if (!problems.isEmpty()) {
          throw new IllegalStateException(problems.get(0).toString());
        }
        articles.forEach(a -> out.add(pipeline.toGraph(pipeline.extract(a), run)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder.toAbsolutePath() + ": cannot list the samples", e);
    }
    if (out.size() < 4) {
      throw new IllegalStateException(folder.toAbsolutePath() + ": expected sample articles");
    }
    return List.copyOf(out);
  }
}
