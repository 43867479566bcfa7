package org.actorgraph.sink;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request to a remote store is tried again after a failure that may
 * pass (connection refused, 5xx, 401): up to {@code retries} more times, waiting {@code firstWait}
 * before the first retry and twice as long before each next one, never more than {@code maxWait}.
 *
 * @param retries retries after the first attempt (0: no retry)
 * @param firstWait the wait before the first retry
 * @param maxWait the longest wait between two attempts
 */
public record RetryPolicy(int retries, Duration firstWait, Duration maxWait) {

  /** 4 retries, waiting 1, 2, 4 and 8 seconds: about 15 s before giving up on a store. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

  /** No retries. */
  public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    Objects.requireNonNull(firstWait, "firstWait");
    Objects.requireNonNull(maxWait, "maxWait");
    if (retries < 0) {
      throw new IllegalArgumentException("retries (" + retries + ") must not be negative");
    }
    if (firstWait.isNegative() || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "waits must not be negative (found " + firstWait + ", " + maxWait + ")");
    }
  }

  /** The wait before retry number {@code retry} (1 for the first). */
  public Duration waitBefore(int retry) {
    Duration w = firstWait;
    for (int i = 1; i < retry && w.compareTo(maxWait) < 0; i++) {
      w = w.multipliedBy(2);
    }
    return w.compareTo(maxWait) > 0 ? maxWait : w;
  }
}
