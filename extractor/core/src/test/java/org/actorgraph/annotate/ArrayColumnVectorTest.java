package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ArrayColumnVectorTest {

  /** Three labels, four features, weight (label, feature) = label + 10 * feature. */
  private static ColumnMajorVector matrix() {
    ColumnMajorVector m = new ColumnMajorVector();
    m.expand(3, 4);
    for (int f = 0; f < 4; f++) {
      for (int l = 0; l < 3; l++) {
        m.set(l, f, l + 10f * f);
      }
    }
    return m;
  }

  private static float[] scores(MajorVector m) {
    SparseVector x = new SparseVector();
    x.add(1);
    x.add(3, 0.5f);
    float[] out = new float[3];
    m.addScores(x, out);
    return out;
  }

  @Test
  void installedWeightsScoreAsNlp4jsOwn() {
    WeightVector w = new WeightVector();
    w.setSparseWeightVector(matrix());
    ArrayColumnVector.install(w);
    MajorVector installed = w.getSparseWeightVector();
    assertInstanceOf(ArrayColumnVector.class, installed);
    assertArrayEquals(scores(matrix()), scores(installed));
    assertEquals(matrix().size(), installed.size());
    assertEquals(21f, installed.get(1, 2));
  }

  @Test
  void installingTwiceKeepsTheFirstArray() {
    WeightVector w = new WeightVector();
    w.setSparseWeightVector(matrix());
    ArrayColumnVector.install(w);
    MajorVector first = w.getSparseWeightVector();
    ArrayColumnVector.install(w);
    assertSame(first, w.getSparseWeightVector());
  }

  @Test
  void aSerialisedArrayReadsBackWithTheSameWeights() throws Exception {
    ArrayColumnVector v = new ArrayColumnVector(matrix());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(v);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    ArrayColumnVector back = assertInstanceOf(ArrayColumnVector.class, read);
    assertEquals(v.getLabelSize(), back.getLabelSize());
    assertEquals(v.getFeatureSize(), back.getFeatureSize());
    assertArrayEquals(scores(v), scores(back));
  }
}
