package org.actorgraph.annotate;

import java.util.List;
import java.util.Set;

/**
 * A repair of the parser's one systematic slip on sentences that open with a prepositional phrase:
 * in {@code According to Freedonia, A and B have agreed} and {@code With Freedonia acting as
 * mediator, A and B agreed} it hangs A and B on the phrase's last noun as conjuncts (the list
 * "Freedonia, A and B") and leaves the main verb with no subject. A finite clause has a subject;
 * when the root verb has none and the first conjunct after the comma that closes the opening phrase
 * hangs on a word inside that phrase, that conjunct (with the conjuncts joined to it) is the
 * subject.
 *
 * <p>Design decision: the tree is repaired where it is made, as {@link FiniteVerbs} repairs tags,
 * so that every reader of subjects (interactions, agreements, third parties) reads the same clause;
 * a sentence whose root verb has a subject is left as the parser made it.
 */
final class OpeningSubjects {

  /** Labels of a clause's subject. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubjpass", "csubj", "expl");

  private OpeningSubjects() {}

  /**
   * Repairs {@code heads} and {@code labels} (one entry a token, heads as in {@link
   * DependencyTree}) of a sentence with these Penn {@code tags}, in place.
   */
  static void repair(List<Integer> heads, List<String> labels, List<String> tags) {
    int root = heads.indexOf(DependencyTree.ROOT);
    if (root < 0 || !tags.get(root).startsWith("VB") || !labels.get(0).equals("prep")) {
      return;
    }
    if (heads.get(0) != root || hasSubject(heads, labels, root)) {
      return;
    }
    int comma = tags.indexOf(",");
    if (comma < 2 || comma > root) {
      return;
    }
    for (int k = comma + 1; k < root; k++) {
      if (labels.get(k).equals("conj") && heads.get(k) < comma && heads.get(k) > 0) {
        if (!opensAfter(heads, comma, k)) {
          return;
        }
        int old = heads.get(k);
        heads.set(k, root);
        labels.set(k, "nsubj");
        // "According to C, A, B and D agreed": siblings of the first conjunct join it
        for (int j = k + 1; j < root; j++) {
          if (heads.get(j) == old && labels.get(j).matches("conj|cc")) {
            heads.set(j, k);
          }
        }
        return;
      }
    }
  }

  /** Whether the word at {@code verb} has a subject among its dependents. */
  static boolean hasSubject(List<Integer> heads, List<String> labels, int verb) {
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i) == verb && SUBJECTS.contains(labels.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word between the comma and the conjunct at {@code k} depends on it. */
  private static boolean opensAfter(List<Integer> heads, int comma, int k) {
    for (int j = comma + 1; j < k; j++) {
      int h = j;
      while (h != k && h != DependencyTree.ROOT && h > comma) {
        h = heads.get(h);
      }
      if (h != k) {
        return false;
      }
    }
    return true;
  }
}
