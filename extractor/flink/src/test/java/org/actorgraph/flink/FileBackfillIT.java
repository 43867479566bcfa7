package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.actorgraph.rdf.RunInfo;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
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

  static final Path SAMPLES = Path.of("samples");

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
    ArticleGraphs.assertSameGraphs(
        ArticleGraphs.direct(options, run, SAMPLES), ArticleGraphs.graphs(quads));
  }
}
