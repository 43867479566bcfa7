package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReducedRelativesTest {

  /** Heads and labels after the repair, as "head:label" per token. */
  private static List<String> repaired(int[] heads, String labels, String tags) {
    List<Integer> h = new ArrayList<>();
    for (int x : heads) {
      h.add(x);
    }
    List<String> l = new ArrayList<>(List.of(labels.split(" ")));
    ReducedRelatives.repair(h, l, List.of(tags.split(" ")));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      out.add(h.get(i) + ":" + l.get(i));
    }
    return out;
  }

  @Test
  void aParticipleRootBeforeAFiniteVerbWithoutSubjectModifiesTheSubject() {
    // Dozens of migrants expelled from Freedonia crossed into Sylvania .
    List<String> tree =
        repaired(
            new int[] {3, 0, 1, -1, 3, 4, 3, 6, 7, 3},
            "nsubj prep pobj root prep pobj advcl prep pobj punct",
            "NNS IN NNS VBN IN NNP VBD IN NNP .");
    assertEquals("-1:root", tree.get(6), tree.toString());
    assertEquals("6:nsubj", tree.get(0), tree.toString());
    assertEquals("2:acl", tree.get(3), tree.toString());
    assertEquals("3:prep", tree.get(4), tree.toString());
    assertEquals("6:punct", tree.get(9), tree.toString());
  }

  @Test
  void theFiniteVerbMayBeASecondRoot() {
    // Diplomats expelled from Freedonia left Port Aster .
    List<String> tree =
        repaired(
            new int[] {1, -1, 1, 2, -1, 6, 4, 4},
            "nsubj root prep pobj root nn dobj punct",
            "NNS VBN IN NNP VBD NNP NNP .");
    assertEquals("-1:root", tree.get(4), tree.toString());
    assertEquals("4:nsubj", tree.get(0), tree.toString());
    assertEquals("0:acl", tree.get(1), tree.toString());
  }

  @Test
  void aParticipleWithAnAuxiliaryOrObjectOrAFiniteVerbWithItsOwnSubjectIsLeftAsParsed() {
    // Freedonia expelled the envoys , officials said . ("expelled" tagged as a participle)
    int[] heads = {1, -1, 3, 1, 1, 6, 1, 1};
    String labels = "nsubj root det dobj punct nsubj parataxis punct";
    List<String> tree = repaired(heads, labels, "NNP VBN DT NNS , NNS VBD .");
    assertEquals("-1:root", tree.get(1), tree.toString());
    assertEquals("1:parataxis", tree.get(6), tree.toString());
    // Freedonia expelled from the bloc , officials said .
    heads = new int[] {1, -1, 1, 4, 2, 1, 7, 1, 1};
    labels = "nsubj root prep det pobj punct nsubj parataxis punct";
    tree = repaired(heads, labels, "NNP VBN IN DT NN , NNS VBD .");
    assertEquals("-1:root", tree.get(1), tree.toString());
    // Envoys had expelled ... : an auxiliary
    heads = new int[] {2, 2, -1, 2, 3, 2, 2};
    labels = "nsubj aux root prep pobj advcl punct";
    tree = repaired(heads, labels, "NNS VBD VBN IN NNP VBD .");
    assertEquals("-1:root", tree.get(2), tree.toString());
  }
}
