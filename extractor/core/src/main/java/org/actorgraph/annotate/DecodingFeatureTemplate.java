package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.component.template.feature.FeatureItem;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.AbstractNLPNode;
import edu.emory.mathcs.nlp.component.template.state.NLPState;
import edu.emory.mathcs.nlp.component.template.train.HyperParameter;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import java.util.Collection;
import java.util.List;
import org.actorgraph.annotate.FeatureIndexes.SingleProbeMap;

/**
 * An NLP4J feature template that builds the same sparse vectors as the one it copies, faster, when
 * decoding: into a {@link PackedSparseVector} sized for the template's features, and with each
 * feature's index read straight from its {@link SingleProbeMap} (NLP4J asks {@code
 * getOrDefault(value, -1)} through its {@code FeatureMap}, boxing every index). Training is left to
 * NLP4J's own code. The feature values are NLP4J's ({@code getFeature}, {@code getFeatures}); a
 * joined feature is looked up from its values without building its string ({@link #addJoined}), so
 * a vector holds the same indexes, values and order as NLP4J's.
 */
final class DecodingFeatureTemplate<N extends AbstractNLPNode<N>, S extends NLPState<N>>
    extends FeatureTemplate<N, S> {

  private static final long serialVersionUID = 1L;

  /** The index table of each feature type, in type order (set features first, as NLP4J counts). */
  private final Object2IntMap<String>[] indexes;

  /** Items to make room for: one per single feature, four per set feature, and the bias. */
  private final int capacity;

  @SuppressWarnings("unchecked")
  private DecodingFeatureTemplate(FeatureTemplate<N, S> loaded) {
    super(null, new HyperParameter());
    this.feature_list = loaded.getFeatureList();
    this.feature_set = loaded.getSetFeatureList();
    this.word_embeddings = loaded.getEmbeddingFeatureList();
    this.feature_map = FeatureIndexes.featureMap(loaded);
    this.cutoff = loaded.getCutoff();
    List<Object2IntMap<String>> maps = feature_map.getIndexMaps();
    this.indexes = maps.toArray(new Object2IntMap[0]);
    this.capacity = feature_list.size() + 4 * feature_set.size() + 1;
  }

  /** A decoding copy of {@code loaded}, or {@code loaded} itself if it is one already. */
  static <N extends AbstractNLPNode<N>, S extends NLPState<N>> FeatureTemplate<N, S> of(
      FeatureTemplate<N, S> loaded) {
    return loaded instanceof DecodingFeatureTemplate
        ? loaded
        : new DecodingFeatureTemplate<>(loaded);
  }

  @Override
  public SparseVector createSparseVector(S state, boolean isTrain) {
    if (isTrain) {
      return super.createSparseVector(state, true);
    }
    PackedSparseVector x = new PackedSparseVector(capacity);
    int type = 0;
    for (FeatureItem item : feature_set) {
      Collection<String> values = getFeatures(state, item);
      if (values != null) {
        for (String value : values) {
          add(x, type, value);
        }
      }
      type++;
    }
    for (FeatureItem[] items : feature_list) {
      if (items.length == 1) {
        add(x, type, getFeature(state, items[0]));
      } else {
        addJoined(x, type, state, items);
      }
      type++;
    }
    return x;
  }

  /**
   * Adds the feature NLP4J would name by joining the values of {@code items} with underscores,
   * without building that string: its hash code is composed from the values' own (which the node
   * strings cache), and the table's key is compared with the values in place.
   */
  private void addJoined(PackedSparseVector x, int type, S state, FeatureItem[] items) {
    if (type >= indexes.length) {
      return;
    }
    String[] values = new String[items.length];
    int hash = 0;
    int length = -1;
    for (int i = 0; i < items.length; i++) {
      String value = getFeature(state, items[i]);
      if (value == null) {
        return;
      }
      values[i] = value;
      hash =
          i == 0
              ? value.hashCode()
              : (hash * 31 + '_') * power31(value.length()) + value.hashCode();
      length += value.length() + 1;
    }
    Object2IntMap<String> map = indexes[type];
    int index =
        map instanceof SingleProbeMap s
            ? s.indexOf(hash, length, values)
            : map.getOrDefault(String.join("_", values), -1);
    if (index > 0) {
      x.add(index, 1f);
    }
  }

  private static final int[] POWERS_OF_31 = new int[64];

  static {
    POWERS_OF_31[0] = 1;
    for (int i = 1; i < POWERS_OF_31.length; i++) {
      POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
    }
  }

  /** 31 to the power {@code n}, in {@code int} arithmetic as {@link String#hashCode} uses it. */
  static int power31(int n) {
    if (n < POWERS_OF_31.length) {
      return POWERS_OF_31[n];
    }
    int p = POWERS_OF_31[POWERS_OF_31.length - 1];
    for (int i = POWERS_OF_31.length - 1; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  /** Adds feature {@code value} of {@code type} with weight 1 if the model knows it. */
  private void add(PackedSparseVector x, int type, String value) {
    if (value == null || type >= indexes.length) {
      return;
    }
    Object2IntMap<String> map = indexes[type];
    int index = map instanceof SingleProbeMap s ? s.indexOf(value) : map.getOrDefault(value, -1);
    if (index > 0) {
      x.add(index, 1f);
    }
  }
}
