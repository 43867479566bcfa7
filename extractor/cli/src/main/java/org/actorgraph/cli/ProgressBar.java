package org.actorgraph.cli;

import java.io.PrintStream;
import org.actorgraph.pipeline.BatchRun;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second, shown only when stderr is
 * a terminal so that logs and CI output stay clean.
 */
final class ProgressBar implements BatchRun.Progress {

  private final PrintStream err;
  private final boolean enabled;
  private long lastDraw;

  ProgressBar(PrintStream err) {
    this.err = err;
    this.enabled = System.console() != null;
  }

  @Override
  public void update(int filesDone, int filesTotal, int articlesStored) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (filesDone < filesTotal && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int width = 30;
    int filled = filesTotal == 0 ? width : (int) ((long) width * filesDone / filesTotal);
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + filesDone
            + "/"
            + filesTotal
            + " files, "
            + articlesStored
            + " articles");
    if (filesDone == filesTotal) {
      err.println();
    }
    err.flush();
  }
}
