package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NerTrainingConfigTest {

  private final NerTrainingConfig defaults =
      NerTrainingConfig.defaults(Path.of("corpora"), Path.of("model.bin"));

  @Test
  void findsTheCorporaInTheSharedLayout() {
    assertEquals(Path.of("corpora/wikigold/wikigold.conll.txt"), defaults.wikigold());
    assertEquals(Path.of("corpora/re-docred"), defaults.redocredDir());
    assertEquals(0.1, defaults.heldOut());
    assertEquals(FeatureSet.RICH, defaults.features());
  }

  @Test
  void rejectsAnUnknownAlgorithmNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> defaults.withTraining("SVM", 100, 1));
    assertEquals(true, e.getMessage().startsWith("algorithm 'SVM' is not one of"));
  }

  @Test
  void rejectsZeroIterations() {
    assertThrows(IllegalArgumentException.class, () -> defaults.withTraining("MAXENT", 0, 1));
  }

  @Test
  void aDocumentLimitWritesTheMeasuredModel() {
    NerTrainingConfig small = defaults.withDocumentLimit(100);
    assertEquals(100, small.documentLimit());
    assertEquals(false, small.retrainOnAll());
  }

  @Test
  void withHeldOutChangesOnlyTheFractionAndSeed() {
    NerTrainingConfig other = defaults.withHeldOut(0.2, 7);
    assertEquals(0.2, other.heldOut());
    assertEquals(7, other.seed());
    assertEquals(defaults, other.withHeldOut(defaults.heldOut(), defaults.seed()));
  }

  @Test
  void rejectsAHeldOutFractionOfOne() {
    assertThrows(IllegalArgumentException.class, () -> defaults.withHeldOut(1, 13));
  }
}
