package org.actorgraph.ingest;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finders that failed on the article being extracted on this thread, so that one finder's fault
 * costs that finder's findings and not the whole article.
 *
 * <p>Design decision: a finder that throws on some text (a rule meeting a construction it did not
 * foresee) used to lose every fact of the article, and the run reported the article as failed.
 * Inside {@link #collecting} (the extractor opens it around one article), {@link #guard} logs the
 * exception with its stack trace, records one line naming the finder and the exception, and goes on
 * with the other finders; the caller reports the article as extracted in part. Outside that scope
 * (a finder run on its own, as the unit tests do) the exception propagates, so a test still fails
 * on it. Only {@link RuntimeException}s are caught: errors of the JVM end the article as before.
 */
public final class StageFailures {

  private static final Logger LOG = LoggerFactory.getLogger(StageFailures.class);

  private static final ThreadLocal<List<String>> OPEN = new ThreadLocal<>();

  private StageFailures() {}

  /**
   * Runs {@code work} with the failures of guarded stages appended to {@code into} instead of
   * thrown. Scopes nest; each records into its own list.
   */
  public static <T> T collecting(List<String> into, Supplier<T> work) {
    List<String> outer = OPEN.get();
    OPEN.set(into);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        OPEN.remove();
      } else {
        OPEN.set(outer);
      }
    }
  }

  /**
   * The result of {@code stage}; if it throws inside a {@link #collecting} scope, the failure is
   * logged and recorded and {@code fallback} is returned.
   *
   * @param name the stage, as the record and the log name it
   * @param article the article it ran on, for the log
   */
  public static <T> T guard(String name, String article, Supplier<T> stage, T fallback) {
    List<String> failures = OPEN.get();
    if (failures == null) {
      return stage.get();
    }
    try {
      return stage.get();
    } catch (RuntimeException e) {
      String failure = name + " failed: " + e;
      LOG.error("{}: {}; its findings are missing, the others are kept", article, failure, e);
      failures.add(failure);
      return fallback;
    }
  }
}
