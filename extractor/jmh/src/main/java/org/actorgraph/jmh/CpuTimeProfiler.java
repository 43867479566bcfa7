package org.actorgraph.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation of the benchmark's worker threads ({@code ·cpu}) and of the whole JVM
 * ({@code ·cpu.process}: with GC and JIT compilation), in microseconds. On a machine shared with
 * other jobs the wall time per operation that JMH reports grows with the load; the CPU time does
 * not. Use with {@code -prof org.actorgraph.jmh.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> workersAtStart = Map.of();
  private long processAtStart;

  @Override
  public String getDescription() {
    return "CPU time per operation (worker threads, and the whole process)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    workersAtStart = workerCpuNanos();
    processAtStart = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    long workerNanos = 0;
    for (Map.Entry<Long, Long> t : workerCpuNanos().entrySet()) {
      workerNanos += t.getValue() - workersAtStart.getOrDefault(t.getKey(), 0L);
    }
    double workers = workerNanos / 1e3 / ops;
    double process = (processCpuNanos() - processAtStart) / 1e3 / ops;
    return List.of(
        new ScalarResult("·cpu", workers, "us/op", AggregationPolicy.AVG),
        new ScalarResult("·cpu.process", process, "us/op", AggregationPolicy.AVG));
  }

  /**
   * The CPU time of each live JMH worker thread (those that run the benchmark method), by thread
   * id. JMH keeps its workers from one iteration to the next, so only the first iteration, whose
   * workers are new, also counts the trial's set-up.
   */
  private Map<Long, Long> workerCpuNanos() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("-jmh-worker-")) {
        long cpu = threads.getThreadCpuTime(t.getThreadId());
        if (cpu >= 0) {
          out.put(t.getThreadId(), cpu);
        }
      }
    }
    return out;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
