package org.actorgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the TDB2 database of a data folder: TDB2 writes a new generation ({@code Data-000N})
 * holding only the live B+tree blocks and deletes the old one. Every write transaction copies the
 * blocks it changes, so a store loaded in many batches is several times larger than its data;
 * compaction takes it back. The Lucene text index lives in its own folder and is not touched (it
 * indexes terms and graph names, which compaction keeps).
 *
 * <p>The folder must not be open elsewhere: close the {@link ActorgraphStore} first (a server or
 * another process holding it makes this fail with TDB2's lock message).
 */
public final class StoreCompactor {

  private static final Logger LOG = LoggerFactory.getLogger(StoreCompactor.class);

  /** Sizes of the TDB2 folder before and after, and the time taken. */
  public record Result(long bytesBefore, long bytesAfter, Duration time) {}

  private StoreCompactor() {}

  /**
   * Compacts the store in {@code dataDir} and deletes the old generation.
   *
   * @throws IllegalArgumentException if {@code dataDir} holds no TDB2 database
   */
  public static Result compact(Path dataDir) {
    Path tdb = dataDir.resolve(StoreConfig.TDB2_FOLDER);
    if (!Files.isDirectory(tdb)) {
      throw new IllegalArgumentException(dataDir + ": no TDB2 store here (no " + tdb + ")");
    }
    long start = System.nanoTime();
    long before = bytes(tdb);
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toAbsolutePath().toString());
    try {
      DatabaseMgr.compact(dsg, true);
    } finally {
      TDBInternal.expel(dsg);
    }
    Result r = new Result(before, bytes(tdb), Duration.ofNanos(System.nanoTime() - start));
    LOG.info("Compacted {}: {} -> {} bytes", tdb, r.bytesBefore(), r.bytesAfter());
    return r;
  }

  /** The total size of the regular files under {@code dir} (0 if it does not exist). */
  public static long bytes(Path dir) {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(StoreCompactor::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0; // deleted while walking (an old generation going away)
    }
  }
}
