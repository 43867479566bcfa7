package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real evaluation (standard pipeline, RDF written and read back) on the development set
 * {@code ../shared/eval/dev} (relative to the repository root, failsafe's working directory) and
 * holds the relation, agreement and quote scores above floors a little under what they reach, so a
 * regression fails the build. Skipped when the development set is not there.
 */
class RelationQualityIT {

  private static final Path DEV = Path.of("../shared/eval/dev");

  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    if (!Files.isDirectory(DEV)) {
      return;
    }
    ExtractorConfig config = ExtractorConfig.defaults();
    Pipeline pipeline = Pipeline.standard(config);
    RunInfo run = new RunInfo(config.baseIri() + "run/quality-it", "test", Instant.now());
    Inputs inputs = new Inputs(config.maxArticleBytes());
    report = Evaluation.run(DEV, file -> pipeline.extractFile(file, inputs, run), Optional.empty());
  }

  private static double f1(String measure) {
    assumeTrue(report != null, "no development set at " + DEV.toAbsolutePath());
    return report.counts().getOrDefault(measure, Counts.ZERO).f1();
  }

  private static double accuracy(String measure) {
    assumeTrue(report != null, "no development set at " + DEV.toAbsolutePath());
    return report.ratios().getOrDefault(measure, Ratio.ZERO).value();
  }

  private static void atLeast(String measure, double value, double floor) {
    assertTrue(value >= floor, measure + " is " + value + ", below its floor " + floor);
  }

  @Test
  void everyDevArticleIsExtracted() {
    assumeTrue(report != null, "no development set at " + DEV.toAbsolutePath());
    assertTrue(report.failures().isEmpty(), "failed articles: " + report.failures());
  }

  @Test
  void relationsStayAboveTheirFloors() {
    atLeast("relations/loose F1", f1("relations/loose"), 0.69);
    atLeast("relations/strict F1", f1("relations/strict"), 0.65);
    atLeast("relations/loose/position F1", f1("relations/loose/position"), 0.88);
    atLeast("relations/loose/partOf F1", f1("relations/loose/partOf"), 0.54);
    atLeast("relations/loose/interaction F1", f1("relations/loose/interaction"), 0.59);
  }

  @Test
  void agreementsAndTheirPartiesStayAboveTheirFloors() {
    atLeast("agreements F1", f1("agreements"), 0.68);
    atLeast("agreements/date accuracy", accuracy("agreements/date"), 0.3);
    atLeast("agreements/kind accuracy", accuracy("agreements/kind"), 0.85);
    atLeast("agreements/status accuracy", accuracy("agreements/status"), 0.85);
    atLeast("agreements/parties F1", f1("agreements/parties"), 0.74);
  }

  @Test
  void quotesAndTheirSpeakersStayAboveTheirFloors() {
    atLeast("quotes F1", f1("quotes"), 0.85);
    atLeast("quotes/speaker accuracy", accuracy("quotes/speaker"), 0.9);
  }
}
