package org.actorgraph.cli;

import java.io.PrintWriter;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.pipeline.BatchRun;

/** Prints the problems and the summary of a run, and turns it into an exit code. */
final class Reports {

  private Reports() {}

  static int summarise(BatchRun.Summary s, PrintWriter err) {
    for (InputProblem p : s.problems()) {
      err.println("error: " + p);
    }
    err.printf(
        "%d articles, %d triples, %d errors, %.1f s%n",
        s.articles(), s.triples(), s.problems().size(), s.time().toMillis() / 1000.0);
    err.flush();
    return s.problems().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
