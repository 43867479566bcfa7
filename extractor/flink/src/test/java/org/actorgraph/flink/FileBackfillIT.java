package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.actorgraph.rdf.RunInfo;
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

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTests.miniCluster();

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

  @Test
  void inputsThatAreNotArticlesAreSkippedAndTheJobGoesOn(@TempDir Path in) throws Exception {
    ArticleGraphs.writeInventedArticles(in, 2);
    Files.writeString(in.resolve("empty.txt"), "TITLE: nothing follows\n\n");
    Files.write(in.resolve("latin1.txt"), new byte[] {'J', 'o', 's', (byte) 0xE9, '\n'});
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"id\": \"ok\", \"text\": \"Jane Doe visited Port Aster on Tuesday.\"}\n"
            + "{not json\n"
            + "{\"id\": \"no-text\"}\n");
    JobOptions options =
        JobOptions.parse(
            "--input-dir",
            in.toString(),
            "--output-dir",
            out.toString(),
            "--checkpoint-interval",
            "200ms",
            "--no-parse");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    ExtractJob.define(env, options, ExtractJob.newRun(options));
    env.execute("bad inputs");

    Map<String, Integer> writings = ArticleGraphs.writings(ArticleGraphs.quads(out));
    assertEquals(
        3, writings.size(), "the two invented articles and the good JSON line: " + writings);
    assertEquals(Map.of(), ArticleGraphs.duplicates(writings));
  }
}
