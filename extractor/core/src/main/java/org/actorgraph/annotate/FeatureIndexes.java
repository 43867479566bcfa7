package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.lang.reflect.Field;
import java.util.List;

/**
 * NLP4J's feature-string indexes, looked up with one probe of a cache-friendlier table.
 *
 * <p>NLP4J turns every feature string into a weight index with {@code
 * Object2IntMap.getOrDefault(feature, -1)}; fastutil 7 does not implement that method, so Java's
 * default runs {@code get} (which asks {@code containsKey}, then {@code getInt}) and, for a feature
 * the model has never seen, {@code containsKey} once more: two or three probes of maps that hold
 * 870,000 strings, each probe a cache miss or more (slot, then the string it holds). In the JFR
 * profile of an {@code extract} run those probes were 43% of the parser's samples. {@link
 * SingleProbeMap} answers with one probe of its own table; the answers are the same (every index is
 * non-negative, checked when the table is built).
 */
final class FeatureIndexes {

  private FeatureIndexes() {}

  /**
   * Replaces the indexes of {@code template}'s feature map by single-probe copies.
   *
   * @throws IllegalStateException if this NLP4J version keeps the map elsewhere
   */
  static void singleProbe(FeatureTemplate<?, ?> template) {
    List<Object2IntMap<String>> maps = featureMap(template).getIndexMaps();
    for (int i = 0; i < maps.size(); i++) {
      maps.set(i, SingleProbeMap.of(maps.get(i)));
    }
  }

  /** The feature map NLP4J keeps in a private field of {@code template}. */
  static FeatureMap featureMap(FeatureTemplate<?, ?> template) {
    try {
      Field f = FeatureTemplate.class.getDeclaredField("feature_map");
      f.setAccessible(true);
      return (FeatureMap) f.get(template);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("NLP4J feature template has no readable feature_map", e);
    }
  }

  /**
   * A string-to-index map whose {@code getOrDefault} is one probe of its own open-addressing table,
   * which keeps each string's hash code beside its index: a slot taken by another string is passed
   * over without reading that string, and a hit reads the index from the same cache line as the
   * hash. The fastutil map it extends holds the same entries for every other method.
   */
  static final class SingleProbeMap extends Object2IntOpenHashMap<String> {

    private static final long serialVersionUID = 1L;

    /** Slot {@code i} holds the hash code at {@code 2i} and the index at {@code 2i + 1}. */
    private final int[] hashesAndIndexes;

    private final String[] keys;
    private final int mask;

    private SingleProbeMap(Object2IntMap<String> indexes) {
      super(indexes);
      int slots = Integer.highestOneBit(Math.max(2, indexes.size() * 2 - 1)) << 1;
      this.mask = slots - 1;
      this.keys = new String[slots];
      this.hashesAndIndexes = new int[2 * slots];
      for (Object2IntMap.Entry<String> e : indexes.object2IntEntrySet()) {
        String key = e.getKey();
        int h = key.hashCode();
        int slot = slot(h);
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashesAndIndexes[2 * slot] = h;
        hashesAndIndexes[2 * slot + 1] = e.getIntValue();
      }
    }

    /**
     * A single-probe copy of {@code indexes}, or {@code indexes} itself if it has a null key or a
     * negative index (which the table does not need to represent for NLP4J's maps).
     */
    static Object2IntMap<String> of(Object2IntMap<String> indexes) {
      if (indexes instanceof SingleProbeMap) {
        return indexes;
      }
      for (Object2IntMap.Entry<String> e : indexes.object2IntEntrySet()) {
        if (e.getKey() == null || e.getIntValue() < 0) {
          return indexes;
        }
      }
      return new SingleProbeMap(indexes);
    }

    private int slot(int hash) {
      int h = hash * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    /** The index of {@code key}, or -1 if it is not in the map. */
    int indexOf(String key) {
      int h = key.hashCode();
      for (int slot = slot(h); ; slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (k == null) {
          return -1;
        }
        if (hashesAndIndexes[2 * slot] == h && key.equals(k)) {
          return hashesAndIndexes[2 * slot + 1];
        }
      }
    }

    /**
     * The index of the key made of {@code parts} joined by underscores, or -1 if it is not in the
     * map, without building that key: {@code hash} and {@code length} are the joined string's hash
     * code and length.
     */
    int indexOf(int hash, int length, String[] parts) {
      for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (k == null) {
          return -1;
        }
        if (hashesAndIndexes[2 * slot] == hash && joins(k, length, parts)) {
          return hashesAndIndexes[2 * slot + 1];
        }
      }
    }

    private static boolean joins(String key, int length, String[] parts) {
      if (key.length() != length) {
        return false;
      }
      int at = 0;
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          if (key.charAt(at) != '_') {
            return false;
          }
          at++;
        }
        String part = parts[i];
        if (!key.regionMatches(at, part, 0, part.length())) {
          return false;
        }
        at += part.length();
      }
      return true;
    }

    @Override
    public Integer getOrDefault(Object key, Integer defaultValue) {
      if (!(key instanceof String s)) {
        return super.getOrDefault(key, defaultValue);
      }
      int v = indexOf(s);
      return v < 0 ? defaultValue : Integer.valueOf(v);
    }
  }
}
