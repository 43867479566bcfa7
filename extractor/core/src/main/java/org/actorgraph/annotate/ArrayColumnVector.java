package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import edu.emory.mathcs.nlp.learning.util.WeightVector;

/**
 * An NLP4J weight matrix (feature-major, as {@link ColumnMajorVector}) held in a plain array, for
 * decoding only: NLP4J keeps weights in a gap list, whose per-element access took a third of the
 * parser's time. Built from the loaded model when {@link Nlp4jPacker} repacks it, and serialised
 * with it (one {@code float[]}, read in bulk); never trained.
 */
final class ArrayColumnVector extends ColumnMajorVector {

  private static final long serialVersionUID = 1L;

  private final float[] values;

  /**
   * Puts the sparse weights of {@code weights} into an array, if they are a feature-major matrix
   * that is not one already.
   */
  static void install(WeightVector weights) {
    if (weights.getSparseWeightVector() instanceof ColumnMajorVector loaded
        && !(loaded instanceof ArrayColumnVector)) {
      weights.setSparseWeightVector(new ArrayColumnVector(loaded));
    }
  }

  /** A copy of {@code loaded}, a feature-major matrix. */
  ArrayColumnVector(ColumnMajorVector loaded) {
    setSizes(loaded.getLabelSize(), loaded.getFeatureSize());
    this.values = copy(loaded);
  }

  private static float[] copy(MajorVector loaded) {
    float[] out = new float[loaded.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = loaded.get(i);
    }
    return out;
  }

  @Override
  public float get(int index) {
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public void addScores(SparseVector x, float[] scores) {
    if (x instanceof PackedSparseVector packed) {
      for (int j = 0, n = packed.size(); j < n; j++) {
        addRow(packed.indexAt(j), packed.valueAt(j), scores);
      }
    } else {
      for (SparseItem p : x.getVector()) {
        addRow(p.getIndex(), p.getValue(), scores);
      }
    }
  }

  /** Adds feature {@code f}'s weights, times {@code v}, to each label's score; none if unknown. */
  private void addRow(int f, float v, float[] scores) {
    if (f < getFeatureSize()) {
      int base = f * label_size;
      for (int i = 0; i < scores.length; i++) {
        scores[i] += values[base + i] * v;
      }
    }
  }

  @Override
  public void addScores(float[] x, float[] scores) {
    int index = 0;
    for (float xj : x) {
      for (int i = 0; i < scores.length; i++) {
        scores[i] += values[index++] * xj;
      }
    }
  }

  @Override
  protected MajorVector createInstance() {
    return new ColumnMajorVector();
  }
}
