package org.actorgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.sink.RemoteStores;
import org.actorgraph.sink.RemoteSummary;

/** Prints the problems and the summary of a run, and turns it into an exit code. */
final class Reports {

  private Reports() {}

  /**
   * After writes to a remote actorgraph server ({@code changed}), asks it to rebuild its store
   * summary, which its write endpoints do not keep, and says what it answered; a failure is
   * reported (with the way to do it later) but does not fail the run, whose writes are stored.
   */
  static void remoteSummary(
      String remote, RemoteLoginOption login, boolean changed, PrintWriter err) throws IOException {
    if (!changed) {
      return;
    }
    try {
      String answer =
          RemoteSummary.rebuild(remote, RemoteStores.httpClient(login.user(), login.password()));
      err.println("server: " + answer);
    } catch (IOException e) {
      err.println(
          "warning: the server's summary (read by actors, facts-by-number-of-sources,"
              + " co-occurrence-network) was not rebuilt: "
              + e.getMessage()
              + "; POST to /$/summarise as the admin to rebuild it");
    }
    err.flush();
  }

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

  /**
   * When some extracted articles were not stored, says how many and writes their input files to
   * {@code file} as a picocli argument file ({@code actorgraph load ... @file} loads them again).
   * When all were stored and this run's {@code inputs} covered every input listed in {@code file}
   * (a re-run from it), the list has done its job and is deleted; any other list is kept.
   */
  static void notStored(BatchRun.Summary s, List<Path> inputs, Path file, PrintWriter err)
      throws IOException {
    if (s.notStored().isEmpty()) {
      if (Files.isRegularFile(file) && covers(inputs, Files.readAllLines(file))) {
        Files.delete(file);
      }
      return;
    }
    Set<String> listed = new LinkedHashSet<>();
    for (String origin : s.notStored()) {
      listed.add(inputOf(origin));
    }
    StringBuilder text = new StringBuilder();
    for (String input : listed) {
      text.append('"').append(input.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    err.printf(
        "NOT STORED: %d articles (from %d inputs, listed in %s); load them again with"
            + " 'actorgraph load [same options] @%s'%n",
        s.notStored().size(), listed.size(), file, file);
    err.flush();
  }

  private static boolean covers(List<Path> inputs, List<String> lines) {
    Set<String> given = new HashSet<>();
    inputs.forEach(p -> given.add(p.toString()));
    for (String line : lines) {
      String l = line.strip();
      if (l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"")) {
        l = l.substring(1, l.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
      }
      if (!l.isEmpty() && !given.contains(l)) {
        return false;
      }
    }
    return true;
  }

  /** The input file of an article origin ({@code path} or {@code path:line}). */
  private static String inputOf(String origin) {
    int colon = origin.lastIndexOf(':');
    if (colon > 0 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      String path = origin.substring(0, colon);
      if (Files.exists(Path.of(path))) {
        return path;
      }
    }
    return origin;
  }
}
