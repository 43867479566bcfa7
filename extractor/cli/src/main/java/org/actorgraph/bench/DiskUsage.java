package org.actorgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The disk space a folder takes, as {@code du} counts it (allocated blocks). TDB2 grows its
 * memory-mapped files in 8 MB steps, sparsely, so below about a million quads the file sizes say
 * more about those steps than about the data; the allocated blocks do not.
 */
public final class DiskUsage {

  private DiskUsage() {}

  /** Allocated bytes under {@code dir}, or empty where {@code du -sk} is not available. */
  public static OptionalLong allocated(Path dir) {
    try {
      Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(out.split("\\s+")[0]) * 1024);
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }
}
