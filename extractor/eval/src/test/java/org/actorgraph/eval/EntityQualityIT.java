package org.actorgraph.eval;

import static org.actorgraph.eval.DevSets.DEV;
import static org.actorgraph.eval.DevSets.NEWS2;
import static org.actorgraph.eval.DevSets.RE3D;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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

  private static DevSets sets;

  @BeforeAll
  static void pipeline() {
    sets = new DevSets("entity-quality");
  }

  @Test
  void newsDevelopmentSetEntitiesStayAboveTheirFloors() {
    sets.f1(DEV, "entities", 0.95);
    sets.f1(DEV, "entities/Country", 0.97);
    sets.f1(DEV, "entities/Person", 0.97);
    sets.f1(DEV, "entities/Organisation", 0.90);
    sets.f1(DEV, "entities/Place", 0.86);
    sets.accuracy(DEV, "wikidata/Country", 0.98);
    sets.accuracy(DEV, "wikidata/Person", 0.85);
  }

  @Test
  void secondNewsDevelopmentSetEntitiesStayAboveTheirFloors() {
    sets.f1(NEWS2, "entities", 0.95);
    sets.f1(NEWS2, "entities/Country", 0.98);
    sets.f1(NEWS2, "entities/Person", 0.98);
    sets.f1(NEWS2, "entities/Organisation", 0.89);
    sets.f1(NEWS2, "entities/Place", 0.88);
  }

  @Test
  void re3dDevelopmentSetEntitiesStayAboveTheirFloors() {
    sets.f1(RE3D, "entities", 0.90);
    sets.f1(RE3D, "entities/Country", 0.98);
    sets.f1(RE3D, "entities/Person", 0.94);
    sets.f1(RE3D, "entities/Organisation", 0.83);
    sets.f1(RE3D, "entities/Place", 0.86);
  }

  @Test
  void entitiesScoredAtLeastPointEightAreRightAtLeastFourTimesInFive() {
    for (Path set : List.of(DEV, NEWS2, RE3D)) {
      Ratio high = sets.report(set).bands().get("entities").get("[0.8,1]");
      assertTrue(high.value() >= 0.87, set + ": precision of entities at 0.8 or more " + high);
    }
  }
}
