package org.actorgraph.annotate;

import java.util.List;
import java.util.Set;

/**
 * A repair of the parser's slip on a subject followed by a reduced relative clause: in {@code
 * Dozens of migrants expelled from Freedonia crossed the border} and {@code Diplomats expelled from
 * Freedonia left on Friday} it makes the participle "expelled" the root, with the subject as its
 * own, and the sentence's finite verb a clause under it (or a second root). A past participle with
 * no auxiliary cannot be a main clause's verb; when the root is one, with a subject before it, no
 * object, and a finite verb after it that has no subject of its own, the finite verb is the root
 * and the participle a clause modifying the subject's last noun ({@code acl}), as the parser makes
 * {@code Migrants deported from Freedonia arrived}.
 *
 * <p>Design decision: repaired where the tree is made, as {@link OpeningSubjects} is, so that every
 * reader of subjects sees the same clause. A finite verb with a subject of its own ({@code
 * Freedonia expelled them, officials said}: "expelled" mistagged) leaves the tree as it was.
 */
final class ReducedRelatives {

  /** Dependents that make a participle a verb of its own clause: auxiliaries and an object. */
  private static final Set<String> FINITE_MARKS = Set.of("aux", "auxpass", "dobj", "dative");

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  private ReducedRelatives() {}

  /**
   * Repairs {@code heads} and {@code labels} (one entry a token, heads as in {@link
   * DependencyTree}) of a sentence with these Penn {@code tags}, in place.
   */
  static void repair(List<Integer> heads, List<String> labels, List<String> tags) {
    int root = heads.indexOf(DependencyTree.ROOT);
    if (root < 1 || !tags.get(root).equals("VBN")) {
      return;
    }
    int subject = -1;
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i) == root && FINITE_MARKS.contains(labels.get(i))) {
        return;
      }
      if (heads.get(i) == root && labels.get(i).equals("nsubj") && i < root) {
        subject = i;
      }
    }
    int verb = finiteAfter(heads, labels, tags, root);
    int noun = lastNoun(heads, tags, subject, root);
    if (subject < 0 || verb < 0 || noun < 0) {
      return;
    }
    heads.set(verb, DependencyTree.ROOT);
    labels.set(verb, "root");
    heads.set(subject, verb);
    heads.set(root, noun);
    labels.set(root, "acl");
    for (int i = verb + 1; i < heads.size(); i++) {
      if (heads.get(i) == root) {
        heads.set(i, verb);
      }
    }
  }

  /**
   * The first finite verb after {@code root} that hangs on it or is a root itself, if it has no
   * subject of its own; -1 when there is none.
   */
  private static int finiteAfter(
      List<Integer> heads, List<String> labels, List<String> tags, int root) {
    for (int v = root + 1; v < heads.size(); v++) {
      if (!FINITE_TAGS.contains(tags.get(v))) {
        continue;
      }
      if (heads.get(v) != root && heads.get(v) != DependencyTree.ROOT) {
        return -1;
      }
      return OpeningSubjects.hasSubject(heads, labels, v) ? -1 : v;
    }
    return -1;
  }

  /** The last noun before {@code root} in the subject's phrase; -1 when there is none. */
  private static int lastNoun(List<Integer> heads, List<String> tags, int subject, int root) {
    for (int i = root - 1; i >= 0 && subject >= 0; i--) {
      if (tags.get(i).startsWith("NN") && within(heads, i, subject)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean within(List<Integer> heads, int token, int top) {
    int t = token;
    for (int steps = 0; t != DependencyTree.ROOT && steps <= heads.size(); steps++) {
      if (t == top) {
        return true;
      }
      t = heads.get(t);
    }
    return false;
  }
}
