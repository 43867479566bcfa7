package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the standard pipeline over the shared development sets, reads the entities back from the
 * RDF, scores them against the gold files and asserts floors a little under the scores reached, so
 * that a change that loses entity quality fails the build. The sets live outside the repository
 * ({@code ../shared/eval/dev}, {@code dev-news2} and {@code dev-re3d} from the repository root);
 * when they are absent the test is skipped.
 */
class EntityQualityIT {

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
    run = new RunInfo(config.baseIri() + "run/entity-quality", "test", Instant.now());
    inputs = new Inputs(config.maxArticleBytes());
  }

  @Test
  void newsDevelopmentSetEntitiesStayAboveTheirFloors() {
    EvaluationReport report = evaluate(DEV);
    Map<String, Counts> counts = report.counts();
    assertF1(counts, "entities", 0.95);
    assertF1(counts, "entities/Country", 0.97);
    assertF1(counts, "entities/Person", 0.97);
    assertF1(counts, "entities/Organisation", 0.90);
    assertF1(counts, "entities/Place", 0.86);
    Ratio wikidata = report.ratios().get("wikidata/Country");
    assertTrue(wikidata.value() >= 0.98, "wikidata/Country accuracy " + wikidata);
    Ratio people = report.ratios().get("wikidata/Person");
    assertTrue(people.value() >= 0.85, "wikidata/Person accuracy " + people);
  }

  @Test
  void secondNewsDevelopmentSetEntitiesStayAboveTheirFloors() {
    Map<String, Counts> counts = evaluate(NEWS2).counts();
    assertF1(counts, "entities", 0.95);
    assertF1(counts, "entities/Country", 0.98);
    assertF1(counts, "entities/Person", 0.98);
    assertF1(counts, "entities/Organisation", 0.89);
    assertF1(counts, "entities/Place", 0.88);
  }

  @Test
  void re3dDevelopmentSetEntitiesStayAboveTheirFloors() {
    Map<String, Counts> counts = evaluate(RE3D).counts();
    assertF1(counts, "entities", 0.90);
    assertF1(counts, "entities/Country", 0.98);
    assertF1(counts, "entities/Person", 0.94);
    assertF1(counts, "entities/Organisation", 0.83);
    assertF1(counts, "entities/Place", 0.86);
  }

  @Test
  void entitiesScoredAtLeastPointEightAreRightAtLeastFourTimesInFive() {
    for (Path set : List.of(DEV, NEWS2, RE3D)) {
      Ratio high = evaluate(set).bands().get("entities").get("[0.8,1]");
      assertTrue(high.value() >= 0.87, set + ": precision of entities at 0.8 or more " + high);
    }
  }

  /** The report on one set, computed once per test run. */
  private static EvaluationReport evaluate(Path set) {
    assumeTrue(Files.isDirectory(set), set.toAbsolutePath() + " is not here; skipping");
    EvaluationReport report =
        REPORTS.computeIfAbsent(
            set,
            s -> Evaluation.run(s, f -> pipeline.extractFile(f, inputs, run), Optional.empty()));
    assertTrue(report.failures().isEmpty(), "failed articles: " + report.failures());
    return report;
  }

  private static void assertF1(Map<String, Counts> counts, String measure, double floor) {
    Counts c = counts.get(measure);
    assertTrue(c != null && c.f1() >= floor, measure + " F1 below " + floor + ": " + c);
  }
}
