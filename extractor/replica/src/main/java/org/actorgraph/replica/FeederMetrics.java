package org.actorgraph.replica;

/**
 * What a {@link ReplicaFeeder} has done since it started (a snapshot).
 *
 * @param messages messages consumed (replays after a restart count again)
 * @param applied article graphs replaced in the store
 * @param removed tombstones applied (the article is gone from the store, whether it was there)
 * @param skipped messages that did not decode (bad key, bad N-Quads), logged and passed over
 * @param triples triples written by the replacements
 * @param batches store transactions committed, each followed by an offset commit
 * @param lag messages on the assigned partitions not yet consumed, as of the last poll; -1 when not
 *     yet known
 */
public record FeederMetrics(
    long messages, long applied, long removed, long skipped, long triples, long batches, long lag) {

  /** One line for logs and the status page. */
  public String line() {
    return String.format(
        "messages=%d applied=%d removed=%d skipped=%d triples=%d batches=%d lag=%d",
        messages, applied, removed, skipped, triples, batches, lag);
  }

  /** The same as a JSON object. */
  public String json() {
    return String.format(
        "{\"messages\":%d,\"applied\":%d,\"removed\":%d,\"skipped\":%d,\"triples\":%d,"
            + "\"batches\":%d,\"lag\":%d}",
        messages, applied, removed, skipped, triples, batches, lag);
  }
}
