package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.actorgraph.rdf.RunInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that fails once mid-stream, after a checkpoint, restarts from that checkpoint (fixed-delay
 * restart strategy) and still writes each article graph exactly once, the graphs the pipeline
 * gives.
 */
class RestartIT {

  @RegisterExtension static final MiniClusterExtension FLINK = FlinkTests.miniCluster();

  private static final int ARTICLES = 40;

  @TempDir Path in;
  @TempDir Path out;

  @Test
  void aJobThatFailsOnceMidStreamStillWritesEachArticleGraphOnce() throws Exception {
    ArticleGraphs.writeInventedArticles(in, ARTICLES);
    JobOptions options =
        JobOptions.parse(
            "--input-dir",
            in.toString(),
            "--output-dir",
            out.toString(),
            "--checkpoint-interval",
            "100ms",
            "--no-parse");
    RunInfo run = ExtractJob.newRun(options);
    StreamExecutionEnvironment env = FlinkTests.environment(options, 2);
    DataStream<GraphMessage> graphs =
        ExtractJob.extract(ExtractJob.articles(env, options), options, run)
            .map(new FailOnceAfterACheckpoint(8, 25))
            .name("fail once");
    ExtractJob.sinks(graphs, options);
    FailOnceAfterACheckpoint.reset();
    env.execute("restart");

    assertTrue(FailOnceAfterACheckpoint.failed(), "the job failed once on its way");
    var quads = ArticleGraphs.quads(out);
    Map<String, Integer> writings = ArticleGraphs.writings(quads);
    assertEquals(Map.of(), ArticleGraphs.duplicates(writings), "graphs written more than once");
    assertEquals(ARTICLES, writings.size(), "every article graph, none lost: " + writings);
    ArticleGraphs.assertSameGraphs(
        ArticleGraphs.direct(options, run, in), ArticleGraphs.graphs(quads));
  }
}
