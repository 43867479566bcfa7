package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;

/**
 * Test support for the quality tests: the shared development sets ({@code ../shared/eval/dev},
 * {@code dev-news2} and {@code dev-re3d}, relative to the repository root, failsafe's working
 * directory), each evaluated once with the standard pipeline (RDF written and read back), and
 * floors asserted on their scores. A set that is not there skips the test that reads it.
 */
final class DevSets {

  static final Path DEV = Path.of("../shared/eval/dev");
  static final Path NEWS2 = Path.of("../shared/eval/dev-news2");
  static final Path RE3D = Path.of("../shared/eval/dev-re3d");

  private final Map<Path, EvaluationReport> reports = new HashMap<>();
  private final Pipeline pipeline;
  private final RunInfo run;
  private final Inputs inputs;

  /** The standard pipeline, its runs named {@code run/<runName>} under the default base IRI. */
  DevSets(String runName) {
    ExtractorConfig config = ExtractorConfig.defaults();
    pipeline = Pipeline.standard(config);
    run = new RunInfo(config.baseIri() + "run/" + runName, "test", Instant.now());
    inputs = new Inputs(config.maxArticleBytes());
  }

  /** The report on one set, computed once; skips the test when the set is absent. */
  EvaluationReport report(Path set) {
    assumeTrue(Files.isDirectory(set), "no development set at " + set.toAbsolutePath());
    EvaluationReport report =
        reports.computeIfAbsent(
            set,
            s -> Evaluation.run(s, f -> pipeline.extractFile(f, inputs, run), Optional.empty()));
    assertTrue(report.failures().isEmpty(), set + ": failed articles: " + report.failures());
    return report;
  }

  /** Asserts that {@code measure}'s F1 on {@code set} is at least {@code floor}. */
  void f1(Path set, String measure, double floor) {
    double value = report(set).counts().getOrDefault(measure, Counts.ZERO).f1();
    assertTrue(value >= floor, set + ": " + measure + " F1 is " + value + ", below " + floor);
  }

  /** Asserts that {@code measure}'s accuracy on {@code set} is at least {@code floor}. */
  void accuracy(Path set, String measure, double floor) {
    double value = report(set).ratios().getOrDefault(measure, Ratio.ZERO).value();
    assertTrue(value >= floor, set + ": " + measure + " accuracy is " + value + ", below " + floor);
  }
}
