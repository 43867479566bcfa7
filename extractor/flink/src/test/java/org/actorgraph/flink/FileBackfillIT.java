package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over the sample articles (files in, gzipped N-Quads out) on a Flink MiniCluster at
 * parallelism 2 gives the same article graphs as the pipeline run directly on the same files.
 */
class FileBackfillIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final Path SAMPLES = Path.of("samples");

  @TempDir Path out;

  @Test
  void backfillOfTheSamplesGivesTheArticleGraphsThePipelineGives() throws Exception {
    JobOptions options =
        JobOptions.parse(
            "--input-dir",
            SAMPLES.toAbsolutePath().toString(),
            "--output-dir",
            out.toString(),
            "--checkpoint-interval",
            "200ms",
            "--no-parse");
    RunInfo run = ExtractJob.newRun(options);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    ExtractJob.define(env, options, run);
    env.execute("file backfill");

    var quads = ArticleGraphs.quads(out);
    Map<String, Integer> writings = ArticleGraphs.writings(quads);
    assertEquals(Map.of(), ArticleGraphs.duplicates(writings), "graphs written more than once");
    ArticleGraphs.assertSameGraphs(direct(options, run), ArticleGraphs.graphs(quads));
  }

  /** What the pipeline gives for the same files, read as {@code actorgraph extract} reads them. */
  private static Map<String, Graph> direct(JobOptions options, RunInfo run) {
    Pipeline pipeline = Pipeline.standard(options.extractorConfig());
    Inputs inputs = new Inputs(options.maxArticleBytes());
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = inputs.expand(List.of(SAMPLES), problems::add);
    assertEquals(List.of(), problems);
    assertTrue(files.size() >= 5, "samples/ holds the sample articles: " + files);
    Map<String, Graph> graphs = new HashMap<>();
    for (Path file : files) {
      Dataset ds = pipeline.extractFile(file, inputs, run);
      ds.asDatasetGraph()
          .listGraphNodes()
          .forEachRemaining(n -> graphs.put(n.getURI(), ds.asDatasetGraph().getGraph(n)));
    }
    assertEquals(files.size(), graphs.size(), "one graph per sample article");
    return graphs;
  }
}
