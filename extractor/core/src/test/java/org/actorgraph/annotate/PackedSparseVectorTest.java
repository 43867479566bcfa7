package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedSparseVectorTest {

  private static List<String> items(SparseVector v) {
    List<String> out = new ArrayList<>();
    for (SparseItem item : v) {
      out.add(item.getIndex() + ":" + item.getValue());
    }
    return out;
  }

  @Test
  void itHoldsWhatNlp4jsVectorHoldsInTheSameOrderPastItsCapacity() {
    SparseVector nlp4j = new SparseVector();
    SparseVector packed = new PackedSparseVector(2);
    for (SparseVector v : List.of(nlp4j, packed)) {
      v.add(7, 1f);
      v.add(3);
      v.add(new SparseItem(12, 0.5f));
      v.add(5, 2f);
      v.addBias(0f);
      v.addBias(1.5f);
    }
    assertEquals(items(nlp4j), items(packed));
    assertEquals(nlp4j.size(), packed.size());
    assertEquals(nlp4j.maxIndex(), packed.maxIndex());
    assertEquals(nlp4j.get(3).getIndex(), packed.get(3).getIndex());
    nlp4j.sort();
    packed.sort();
    assertEquals(items(nlp4j), items(packed));
    assertEquals(nlp4j.toString(), packed.toString());
  }

  @Test
  void anEmptyVectorIsEmptyAndHasNoItems() {
    PackedSparseVector v = new PackedSparseVector(0);
    assertTrue(v.isEmpty());
    assertEquals(List.of(), items(v));
    assertThrows(IndexOutOfBoundsException.class, () -> v.get(0));
  }

  @Test
  void scoresOverAPackedVectorAreThoseOverNlp4jsList() {
    ColumnMajorVector m = new ColumnMajorVector();
    m.expand(3, 4);
    for (int f = 0; f < 4; f++) {
      for (int l = 0; l < 3; l++) {
        m.set(l, f, 0.1f * l + 1.7f * f);
      }
    }
    ArrayColumnVector weights = new ArrayColumnVector(m);
    SparseVector nlp4j = new SparseVector();
    PackedSparseVector packed = new PackedSparseVector(1);
    for (SparseVector v : List.of(nlp4j, packed)) {
      v.add(1, 1f);
      v.add(3, 0.25f);
      v.add(9, 1f);
      v.add(0, 3f);
    }
    float[] a = new float[3];
    float[] b = new float[3];
    weights.addScores(nlp4j, a);
    weights.addScores(packed, b);
    assertArrayEquals(a, b);
  }
}
