package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.actorgraph.ingest.Article;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.resolve.Iris;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that fails once mid-stream, after a checkpoint, restarts from that checkpoint (fixed-delay
 * restart strategy) and still writes each article graph exactly once.
 */
class RestartIT {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int ARTICLES = 40;

  @TempDir Path in;
  @TempDir Path out;

  @Test
  void aJobThatFailsOnceMidStreamStillWritesEachArticleGraphOnce() throws Exception {
    Map<String, String> expected = writeArticles();
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
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    env.enableCheckpointing(options.checkpointInterval().toMillis());
    DataStream<GraphMessage> graphs =
        ExtractJob.extract(ExtractJob.articles(env, options), options, run)
            .map(new FailOnceAfterACheckpoint(8))
            .name("fail once");
    ExtractJob.sinks(graphs, options);
    FailOnceAfterACheckpoint.FAILED.set(false);
    env.execute("restart");

    assertTrue(FailOnceAfterACheckpoint.FAILED.get(), "the job failed once on its way");
    Map<String, Integer> writings = ArticleGraphs.writings(ArticleGraphs.quads(out));
    assertEquals(Map.of(), ArticleGraphs.duplicates(writings), "graphs written more than once");
    assertEquals(expected.keySet(), writings.keySet(), "every article graph, none lost");
  }

  /** Writes invented articles; returns their graph IRIs, with the file each comes from. */
  private Map<String, String> writeArticles() throws Exception {
    Iris iris = new Iris(Iris.DEFAULT_BASE);
    Map<String, String> byIri = new TreeMap<>();
    for (int i : IntStream.range(0, ARTICLES).toArray()) {
      String body =
          "Jane Doe, the president of Freedonia, met John Roe, the prime minister of Sylvania, in"
              + " Port Aster on Monday for talks number "
              + i
              + ". Freedonia and Sylvania signed a trade agreement.\n";
      Path file = in.resolve(String.format("article-%02d.txt", i));
      Files.writeString(file, "TITLE: Talks " + i + "\n\n" + body);
      byIri.put(iris.article(Article.of("article-" + i, body)), file.toString());
    }
    assertEquals(ARTICLES, byIri.size(), "the invented articles have distinct IRIs");
    return byIri;
  }

  /**
   * Passes graphs on, a little slowly so that checkpoints fall mid-stream, and throws once (in all
   * subtasks together) when it has seen {@code after} graphs and a checkpoint has completed.
   */
  static final class FailOnceAfterACheckpoint
      implements MapFunction<GraphMessage, GraphMessage>, CheckpointListener {

    static final AtomicBoolean FAILED = new AtomicBoolean();

    private final int after;
    private transient int seen;
    private transient volatile boolean checkpointed;

    FailOnceAfterACheckpoint(int after) {
      this.after = after;
    }

    @Override
    public GraphMessage map(GraphMessage graph) throws InterruptedException {
      Thread.sleep(25);
      if (++seen >= after && checkpointed && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("planned failure after " + seen + " graphs");
      }
      return graph;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      checkpointed = true;
    }
  }
}
