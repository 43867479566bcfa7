package org.actorgraph.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency tree of one sentence, over the sentence's tokens (indices from 0, as in {@link
 * Sentence#tokens()}). Labels are those of the parser (NLP4J: the Stanford/ClearNLP set, {@code
 * nsubj}, {@code dobj}, {@code nsubjpass}, {@code agent}, {@code pobj}, {@code prep}, {@code conj},
 * {@code poss}, {@code advcl}, {@code relcl}, ...).
 *
 * @param heads for each token, the index of its head, or {@value #ROOT} for the root
 * @param labels for each token, the label of the arc from its head
 * @param tags for each token, the parser's Penn Treebank tag ({@code VBN}, {@code NNS}, ...)
 * @param lemmas for each token, the parser's lemma (lower case; numbers as {@code #crd#})
 */
public record DependencyTree(
    List<Integer> heads, List<String> labels, List<String> tags, List<String> lemmas) {

  /** The head index of the root token. */
  public static final int ROOT = -1;

  public DependencyTree {
    heads = List.copyOf(heads);
    labels = List.copyOf(labels);
    tags = List.copyOf(tags);
    lemmas = List.copyOf(lemmas);
    if (labels.size() != heads.size()
        || tags.size() != heads.size()
        || lemmas.size() != heads.size()) {
      throw new IllegalArgumentException(
          "heads ("
              + heads.size()
              + "), labels ("
              + labels.size()
              + "), tags ("
              + tags.size()
              + ") and lemmas ("
              + lemmas.size()
              + ") differ in length");
    }
    for (int i = 0; i < heads.size(); i++) {
      int h = heads.get(i);
      if (h < ROOT || h >= heads.size() || h == i) {
        throw new IllegalArgumentException("heads[" + i + "] (" + h + ") out of range");
      }
    }
  }

  public int size() {
    return heads.size();
  }

  public int head(int token) {
    return heads.get(token);
  }

  public String label(int token) {
    return labels.get(token);
  }

  public String tag(int token) {
    return tags.get(token);
  }

  public String lemma(int token) {
    return lemmas.get(token);
  }

  /** The dependents of {@code token}, in text order. */
  public List<Integer> children(int token) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i) == token) {
        out.add(i);
      }
    }
    return out;
  }

  /** The first dependent of {@code token} with {@code label}, or -1. */
  public int child(int token, String label) {
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i) == token && labels.get(i).equals(label)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code ancestor} dominates {@code token} (a token dominates itself). */
  public boolean dominates(int ancestor, int token) {
    int t = token;
    for (int steps = 0; t != ROOT && steps <= heads.size(); steps++) {
      if (t == ancestor) {
        return true;
      }
      t = heads.get(t);
    }
    return false;
  }
}
