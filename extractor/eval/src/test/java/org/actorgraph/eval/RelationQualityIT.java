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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real evaluation (standard pipeline, RDF written and read back) on the development sets
 * {@code ../shared/eval/dev}, {@code ../shared/eval/dev-news2} and {@code ../shared/eval/dev-re3d}
 * (relative to the repository root, failsafe's working directory) and holds the relation, agreement
 * and quote scores above floors a little under what they reach, so a regression on any set fails
 * the build. A set that is not there is skipped.
 */
class RelationQualityIT {

  private static final Path DEV = Path.of("../shared/eval/dev");
  private static final Path NEWS2 = Path.of("../shared/eval/dev-news2");
  private static final Path RE3D = Path.of("../shared/eval/dev-re3d");

  private static final Map<Path, EvaluationReport> REPORTS = new HashMap<>();

  private static Pipeline pipeline;
  private static RunInfo run;
  private static Inputs inputs;

  @BeforeAll
  static void pipeline() {
    ExtractorConfig config = ExtractorConfig.defaults();
    pipeline = Pipeline.standard(config);
    run = new RunInfo(config.baseIri() + "run/quality-it", "test", Instant.now());
    inputs = new Inputs(config.maxArticleBytes());
  }

  /** The report on one set, computed once per test run; skips the test when the set is absent. */
  private static EvaluationReport report(Path set) {
    assumeTrue(Files.isDirectory(set), "no development set at " + set.toAbsolutePath());
    EvaluationReport report =
        REPORTS.computeIfAbsent(
            set,
            s -> Evaluation.run(s, f -> pipeline.extractFile(f, inputs, run), Optional.empty()));
    assertTrue(report.failures().isEmpty(), set + ": failed articles: " + report.failures());
    return report;
  }

  private static void f1(Path set, String measure, double floor) {
    double value = report(set).counts().getOrDefault(measure, Counts.ZERO).f1();
    assertTrue(value >= floor, set + ": " + measure + " F1 is " + value + ", below " + floor);
  }

  private static void accuracy(Path set, String measure, double floor) {
    double value = report(set).ratios().getOrDefault(measure, Ratio.ZERO).value();
    assertTrue(value >= floor, set + ": " + measure + " accuracy is " + value + ", below " + floor);
  }

  @Test
  void devRelationsStayAboveTheirFloors() {
    f1(DEV, "relations/loose", 0.78);
    // PETRARCH2 codes 'invite' 04 and 'ratify' 08 where the dev gold says 03 and 05.
    f1(DEV, "relations/strict", 0.68);
    f1(DEV, "relations/loose/position", 0.90);
    f1(DEV, "relations/loose/partOf", 0.78);
    f1(DEV, "relations/loose/memberOf", 0.75);
    f1(DEV, "relations/loose/opponentOf", 0.9);
    f1(DEV, "relations/loose/interaction", 0.71);
  }

  @Test
  void devAgreementsAndQuotesStayAboveTheirFloors() {
    f1(DEV, "agreements", 0.72);
    f1(DEV, "agreements/parties", 0.76);
    accuracy(DEV, "agreements/date", 0.3);
    accuracy(DEV, "agreements/kind", 0.85);
    accuracy(DEV, "agreements/status", 0.9);
    f1(DEV, "quotes", 0.85);
    accuracy(DEV, "quotes/speaker", 0.9);
  }

  @Test
  void news2RelationsStayAboveTheirFloors() {
    f1(NEWS2, "relations/loose", 0.81);
    f1(NEWS2, "relations/strict", 0.73);
    f1(NEWS2, "relations/loose/position", 0.90);
    f1(NEWS2, "relations/loose/partOf", 0.70);
    f1(NEWS2, "relations/loose/memberOf", 0.80);
    f1(NEWS2, "relations/loose/locatedIn", 0.9);
    f1(NEWS2, "relations/loose/interaction", 0.68);
  }

  @Test
  void news2AgreementsAndQuotesStayAboveTheirFloors() {
    f1(NEWS2, "agreements", 0.72);
    f1(NEWS2, "agreements/parties", 0.82);
    f1(NEWS2, "quotes", 0.85);
    accuracy(NEWS2, "quotes/speaker", 0.9);
  }

  @Test
  void re3dRelationsStayAboveTheirFloors() {
    f1(RE3D, "relations/loose", 0.38);
    f1(RE3D, "relations/loose/interaction", 0.44);
    // 0.60, not 0.70: re3d annotates InChargeOf sparsely, and bare and deputies' titles of known
    // office-holders ("President Obama", "Foreign Secretary Philip Hammond said", "Deputy
    // Secretary of State Antony Blinken") now give true positions its gold lacks: 6 of the 7
    // extracted positions it counts wrong are true (Dec 5 2026, evening).
    f1(RE3D, "relations/loose/position", 0.60);
  }
}
