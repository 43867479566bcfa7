package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningSubjectsTest {

  /** Heads and labels after the repair, as "head:label" per token. */
  private static List<String> repaired(int[] heads, String labels, String tags) {
    List<Integer> h = new ArrayList<>();
    for (int x : heads) {
      h.add(x);
    }
    List<String> l = new ArrayList<>(List.of(labels.split(" ")));
    OpeningSubjects.repair(h, l, List.of(tags.split(" ")));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      out.add(h.get(i) + ":" + l.get(i));
    }
    return out;
  }

  @Test
  void conjunctsAfterTheOpeningPhraseAreTheSubjectOfAVerbWithNone() {
    // According to Freedonia , Sylvania and Ruritania have agreed .
    List<String> tree =
        repaired(
            new int[] {7, 0, 1, 2, 2, 4, 4, -1, 7},
            "prep prep pobj punct conj cc conj root punct",
            "VBG IN NNP , NNP CC NNP VBN .");
    assertEquals("7:nsubj", tree.get(4), tree.toString());
    assertEquals("4:conj", tree.get(6), tree.toString());
    assertEquals("1:pobj", tree.get(2), tree.toString());
  }

  @Test
  void siblingConjunctsJoinTheFirstAfterTheComma() {
    // With Freedonia mediating , Sylvania , Ruritania and Aster agreed .
    List<String> tree =
        repaired(
            new int[] {9, 0, 1, 1, 1, 1, 1, 1, 1, -1, 9},
            "prep pobj acl punct conj punct conj cc conj root punct",
            "IN NNP VBG , NNP , NNP CC NNP VBD .");
    assertEquals("9:nsubj", tree.get(4), tree.toString());
    assertEquals("4:conj", tree.get(6), tree.toString());
    assertEquals("4:conj", tree.get(8), tree.toString());
  }

  @Test
  void aVerbWithASubjectOrNoOpeningPhraseIsLeftAsParsed() {
    // According to Freedonia , Sylvania and Ruritania , the pact failed .
    int[] heads = {11, 0, 1, 2, 2, 4, 4, 2, 10, 11, 11, -1, 11};
    String labels = "prep prep pobj punct conj cc conj punct det nn nsubj root punct";
    String tags = "VBG IN NNP , NNP CC NNP , DT NN NN VBD .";
    List<String> tree = repaired(heads, labels, tags);
    assertEquals("2:conj", tree.get(4), tree.toString());
    // Sylvania , Ruritania and Aster agreed .
    List<String> plain =
        repaired(
            new int[] {5, 0, 0, 0, 0, -1, 5},
            "dep punct conj cc conj root punct",
            "NNP , NNP CC NNP VBD .");
    assertEquals("5:dep", plain.get(0), plain.toString());
  }
}
