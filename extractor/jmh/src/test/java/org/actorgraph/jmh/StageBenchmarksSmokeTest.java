package org.actorgraph.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one benchmark (mention finding over the samples) for one short iteration in this JVM, with
 * the CPU-time profiler: the benchmarks and their inputs still work. Not a speed test.
 */
class StageBenchmarksSmokeTest {

  @Test
  void theMentionBenchmarkRunsOverTheSamplesAndReportsCpuTime() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(StageBenchmarks.class.getName() + ".mentions")
            .param("corpus", "samples")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(500))
            .addProfiler(CpuTimeProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(1, results.size());
    RunResult run = results.iterator().next();
    assertTrue(run.getPrimaryResult().getScore() > 0);
    Result cpu = run.getSecondaryResults().get("·cpu");
    assertFalse(cpu == null, "no ·cpu result in " + run.getSecondaryResults().keySet());
    assertTrue(cpu.getScore() > 0);
  }

  @Test
  void bothCorporaHaveArticles() {
    assertFalse(Corpus.named("samples").isEmpty());
    assertEquals(Corpus.SYNTHETIC_ARTICLES, Corpus.named("synthetic").size());
  }
}
