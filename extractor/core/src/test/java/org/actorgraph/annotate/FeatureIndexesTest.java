package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;
import org.actorgraph.annotate.FeatureIndexes.SingleProbeMap;
import org.junit.jupiter.api.Test;

class FeatureIndexesTest {

  private static Object2IntMap<String> indexes(int... values) {
    Object2IntMap<String> m = new Object2IntOpenHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put("f" + i, values[i]);
    }
    return m;
  }

  @Test
  void aSingleProbeMapAnswersAsTheMapItCopies() {
    Object2IntMap<String> original = indexes(0, 1, 200, 70_000);
    Object2IntMap<String> copy = SingleProbeMap.of(original);
    assertInstanceOf(SingleProbeMap.class, copy);
    for (String key : List.of("f0", "f1", "f2", "f3", "f4", "unseen", "")) {
      assertEquals(original.getOrDefault(key, -1), copy.getOrDefault(key, -1), key);
    }
    assertEquals(original.size(), copy.size());
  }

  @Test
  void anAbsentFeatureGetsTheCallersDefault() {
    Object2IntMap<String> copy = SingleProbeMap.of(indexes(3));
    assertEquals(-1, copy.getOrDefault("unseen", -1));
    assertEquals(7, copy.getOrDefault("unseen", 7));
    assertEquals(3, copy.getOrDefault("f0", 7));
  }

  @Test
  void collidingHashCodesAreToldApart() {
    Object2IntMap<String> original = new Object2IntOpenHashMap<>();
    original.put("Aa", 1);
    original.put("BB", 2);
    Object2IntMap<String> copy = SingleProbeMap.of(original);
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals(1, copy.getOrDefault("Aa", -1));
    assertEquals(2, copy.getOrDefault("BB", -1));
    assertEquals(-1, copy.getOrDefault("C#", -1));
  }

  @Test
  void aLargeMapAnswersEveryKeyAndNoOther() {
    Object2IntMap<String> original = new Object2IntOpenHashMap<>();
    for (int i = 0; i < 50_000; i++) {
      original.put("w=" + i, i);
    }
    SingleProbeMap copy = (SingleProbeMap) SingleProbeMap.of(original);
    for (int i = 0; i < 50_000; i++) {
      assertEquals(i, copy.indexOf("w=" + i));
      assertEquals(-1, copy.indexOf("x=" + i));
    }
  }

  @Test
  void aMapWithANegativeIndexIsKeptAsItIs() {
    Object2IntMap<String> original = indexes(4, -1);
    assertSame(original, SingleProbeMap.of(original));
  }

  @Test
  void copyingTwiceKeepsTheFirstCopy() {
    Object2IntMap<String> copy = SingleProbeMap.of(indexes(1));
    assertSame(copy, SingleProbeMap.of(copy));
  }

  @Test
  void aJoinedKeyIsFoundFromItsPartsAsTheJoinedString() {
    Object2IntMap<String> original = new Object2IntOpenHashMap<>();
    List<String> keys = List.of("NN_VBD", "a_b_c", "Über_straße", "x__y", "_lead", "NN_VBD_");
    for (int i = 0; i < keys.size(); i++) {
      original.put(keys.get(i), i + 1);
    }
    SingleProbeMap copy = (SingleProbeMap) SingleProbeMap.of(original);
    List<String[]> asked =
        List.of(
            new String[] {"NN", "VBD"},
            new String[] {"a", "b", "c"},
            new String[] {"a_b", "c"},
            new String[] {"a", "b_c"},
            new String[] {"Über", "straße"},
            new String[] {"x", "", "y"},
            new String[] {"", "lead"},
            new String[] {"NN", "VBD", ""},
            new String[] {"NN", "VBZ"},
            new String[] {"NN_", "VBD"},
            new String[] {"a", "bc"});
    for (String[] parts : asked) {
      String joined = String.join("_", parts);
      assertEquals(
          copy.indexOf(joined), copy.indexOf(joined.hashCode(), joined.length(), parts), joined);
    }
  }
}
