package org.actorgraph.flink;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * A test-only map that passes graphs on, a little slowly so that checkpoints fall mid-stream, and
 * throws once (in all subtasks together, in this JVM) when a subtask has seen {@code after} graphs
 * and a checkpoint has completed since it started: the job then restarts from that checkpoint.
 */
final class FailOnceAfterACheckpoint
    implements MapFunction<GraphMessage, GraphMessage>, CheckpointListener {

  private static final AtomicBoolean FAILED = new AtomicBoolean();

  private final int after;
  private final long sleepMillis;
  private transient int seen;
  private transient volatile boolean checkpointed;

  FailOnceAfterACheckpoint(int after, long sleepMillis) {
    this.after = after;
    this.sleepMillis = sleepMillis;
  }

  /** Arms the failure again, before a job. */
  static void reset() {
    FAILED.set(false);
  }

  /** Whether the failure happened since {@link #reset}. */
  static boolean failed() {
    return FAILED.get();
  }

  @Override
  public GraphMessage map(GraphMessage graph) throws InterruptedException {
    Thread.sleep(sleepMillis);
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
