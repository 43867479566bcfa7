package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;

/**
 * An NLP4J sparse vector held in two parallel arrays (feature indexes and values) instead of a list
 * of {@link SparseItem} objects, for decoding: {@link DecodingFeatureTemplate} builds one per
 * transition of the parser and tagger, and {@link ArrayColumnVector} reads it without following a
 * pointer per feature. The list that {@link SparseVector} grows from its default capacity (ten,
 * then half again at each step, for about sixty features a transition) was 6% of an extraction's
 * CPU samples. The items keep the order in which they were added, so scores summed over them are
 * the same floats as over NLP4J's list.
 */
final class PackedSparseVector extends SparseVector {

  private static final long serialVersionUID = 1L;

  private int[] indexes;
  private float[] values;
  private int size;
  private int maxIndex;

  /** An empty vector with room for {@code capacity} items before it grows. */
  PackedSparseVector(int capacity) {
    indexes = new int[Math.max(1, capacity)];
    values = new float[indexes.length];
  }

  @Override
  public void add(int index, float value) {
    if (size == indexes.length) {
      indexes = Arrays.copyOf(indexes, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    indexes[size] = index;
    values[size] = value;
    size++;
    maxIndex = Math.max(maxIndex, index);
  }

  @Override
  public void add(int index) {
    add(index, 1f);
  }

  @Override
  public void add(SparseItem item) {
    add(item.getIndex(), item.getValue());
  }

  @Override
  public void addBias(float bias) {
    if (bias > 0) {
      add(0, bias);
    }
  }

  /** The feature index of the {@code i}th item. */
  int indexAt(int i) {
    return indexes[i];
  }

  /** The value of the {@code i}th item. */
  float valueAt(int i) {
    return values[i];
  }

  @Override
  public SparseItem get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return new SparseItem(indexes[i], values[i]);
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int maxIndex() {
    return maxIndex;
  }

  /** Sorts the items by feature index, as {@link SparseVector#sort} does. */
  @Override
  public void sort() {
    List<SparseItem> items = getVector();
    items.sort(null);
    for (int i = 0; i < size; i++) {
      indexes[i] = items.get(i).getIndex();
      values[i] = items.get(i).getValue();
    }
  }

  /** A copy of the items as NLP4J's list; changing it does not change this vector. */
  @Override
  public List<SparseItem> getVector() {
    List<SparseItem> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(new SparseItem(indexes[i], values[i]));
    }
    return items;
  }

  @Override
  public Iterator<SparseItem> iterator() {
    return getVector().iterator();
  }

  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(" ");
    for (SparseItem item : getVector()) {
      out.add(item.toString());
    }
    return out.toString();
  }
}
