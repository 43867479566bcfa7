package org.actorgraph.eval;

import static org.actorgraph.eval.DevSets.DEV;
import static org.actorgraph.eval.DevSets.NEWS2;
import static org.actorgraph.eval.DevSets.RE3D;

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

  private static DevSets sets;

  @BeforeAll
  static void pipeline() {
    sets = new DevSets("quality-it");
  }

  @Test
  void devRelationsStayAboveTheirFloors() {
    sets.f1(DEV, "relations/loose", 0.78);
    // PETRARCH2 codes 'invite' 04 and 'ratify' 08 where the dev gold says 03 and 05.
    sets.f1(DEV, "relations/strict", 0.68);
    sets.f1(DEV, "relations/loose/position", 0.90);
    sets.f1(DEV, "relations/loose/partOf", 0.78);
    sets.f1(DEV, "relations/loose/memberOf", 0.75);
    sets.f1(DEV, "relations/loose/opponentOf", 0.9);
    sets.f1(DEV, "relations/loose/interaction", 0.71);
  }

  @Test
  void devAgreementsAndQuotesStayAboveTheirFloors() {
    sets.f1(DEV, "agreements", 0.72);
    sets.f1(DEV, "agreements/parties", 0.90);
    sets.accuracy(DEV, "agreements/date", 0.4);
    sets.accuracy(DEV, "agreements/kind", 0.85);
    sets.accuracy(DEV, "agreements/status", 0.9);
    sets.f1(DEV, "quotes", 0.9);
    sets.accuracy(DEV, "quotes/speaker", 0.9);
  }

  @Test
  void news2RelationsStayAboveTheirFloors() {
    sets.f1(NEWS2, "relations/loose", 0.81);
    sets.f1(NEWS2, "relations/strict", 0.73);
    sets.f1(NEWS2, "relations/loose/position", 0.90);
    sets.f1(NEWS2, "relations/loose/partOf", 0.70);
    sets.f1(NEWS2, "relations/loose/memberOf", 0.80);
    sets.f1(NEWS2, "relations/loose/locatedIn", 0.9);
    sets.f1(NEWS2, "relations/loose/interaction", 0.68);
  }

  @Test
  void news2AgreementsAndQuotesStayAboveTheirFloors() {
    sets.f1(NEWS2, "agreements", 0.72);
    sets.f1(NEWS2, "agreements/parties", 0.94);
    sets.accuracy(NEWS2, "agreements/kind", 0.85);
    sets.accuracy(NEWS2, "agreements/status", 0.8);
    sets.accuracy(NEWS2, "agreements/date", 0.5);
    sets.f1(NEWS2, "quotes", 0.88);
    sets.accuracy(NEWS2, "quotes/speaker", 0.9);
  }

  @Test
  void re3dRelationsStayAboveTheirFloors() {
    sets.f1(RE3D, "relations/loose", 0.38);
    sets.f1(RE3D, "relations/loose/interaction", 0.44);
    // 0.60, not 0.70: re3d annotates InChargeOf sparsely, and bare and deputies' titles of known
    // office-holders ("President Obama", "Foreign Secretary Philip Hammond said", "Deputy
    // Secretary of State Antony Blinken") now give true positions its gold lacks: 6 of the 7
    // extracted positions it counts wrong are true (Dec 5 2026, evening).
    sets.f1(RE3D, "relations/loose/position", 0.60);
  }
}
