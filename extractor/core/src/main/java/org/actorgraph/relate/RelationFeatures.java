package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.TokenSpan;

/**
 * The features the learned relation classifier sees for an ordered pair of mentions in one parsed
 * sentence: the entity types, the dependency path between the mentions' head tokens (labels, and
 * labels with lemmas), the lemmas between the mentions, the lemma before each mention, their order
 * and distance. Training ({@code train.RelationExamples}) and {@link LearnedRelationFinder} both
 * build features here, so that they see the same thing.
 */
public final class RelationFeatures {

  /** Paths with more arcs than this are reported as long, without their words. */
  static final int MAX_PATH = 6;

  /** Spans further apart than this many tokens get no words-between features. */
  static final int MAX_BETWEEN = 10;

  private RelationFeatures() {}

  /** Whether the classifier is asked about {@code first} related to {@code second} at all. */
  public static boolean candidate(EntityType first, EntityType second) {
    return switch (first) {
      case PERSON -> second == EntityType.ORGANISATION || second == EntityType.COUNTRY;
      case COUNTRY -> second == EntityType.ORGANISATION;
      case ORGANISATION -> true;
      case PLACE -> second == EntityType.PLACE || second == EntityType.COUNTRY;
    };
  }

  /**
   * The features of {@code first} related to {@code second}.
   *
   * @param tree the sentence's tree; its lemmas are the words used
   */
  public static String[] of(
      DependencyTree tree,
      TokenSpan first,
      EntityType firstType,
      TokenSpan second,
      EntityType secondType) {
    List<String> f = new ArrayList<>(24);
    String types = "t=" + firstType.name() + ">" + secondType.name();
    f.add(types);
    boolean forward = first.start() < second.start();
    f.add("order=" + (forward ? "12" : "21"));
    TokenSpan left = forward ? first : second;
    TokenSpan right = forward ? second : first;
    int gap = Math.max(0, right.start() - left.end());
    f.add("dist=" + bucket(gap));
    String between = "far";
    if (gap <= MAX_BETWEEN) {
      StringBuilder words = new StringBuilder();
      for (int i = left.end(); i < right.start(); i++) {
        String lemma = lemma(tree, i);
        f.add("bw=" + lemma);
        words.append(i > left.end() ? "_" : "").append(lemma);
      }
      between = gap <= 4 ? words.toString() : "long";
    }
    f.add("bs=" + between);
    f.add(types + "|bs=" + between);
    f.add("pre1=" + (first.start() > 0 ? lemma(tree, first.start() - 1) : "^"));
    f.add("pre2=" + (second.start() > 0 ? lemma(tree, second.start() - 1) : "^"));
    f.add("post2=" + (right.end() < tree.size() ? lemma(tree, right.end()) : "$"));
    int h1 = head(tree, first);
    int h2 = head(tree, second);
    f.add("h1=" + tree.label(h1));
    f.add("h2=" + tree.label(h2));
    path(tree, h1, h2, types, f);
    return f.toArray(String[]::new);
  }

  private static void path(DependencyTree tree, int from, int to, String types, List<String> f) {
    List<Integer> up = ancestors(tree, from);
    List<Integer> down = ancestors(tree, to);
    int common = -1;
    int i = 0;
    for (; i < up.size(); i++) {
      int at = down.indexOf(up.get(i));
      if (at >= 0) {
        common = at;
        break;
      }
    }
    if (common < 0) {
      f.add("path=none");
      return;
    }
    int lca = up.get(i);
    if (i + common > MAX_PATH) {
      f.add("path=long");
      f.add("lca=" + tree.lemma(lca));
      return;
    }
    StringBuilder labels = new StringBuilder();
    StringBuilder words = new StringBuilder();
    for (int k = 0; k < i; k++) {
      int t = up.get(k);
      labels.append('<').append(tree.label(t));
      words.append('<').append(tree.label(t));
      if (k + 1 < i) {
        words.append(' ').append(tree.lemma(up.get(k + 1)));
        f.add("pw=" + tree.lemma(up.get(k + 1)));
      }
    }
    labels.append('^');
    words.append(" ^").append(tree.lemma(lca)).append(' ');
    for (int k = common - 1; k >= 0; k--) {
      int t = down.get(k);
      labels.append('>').append(tree.label(t));
      words.append('>').append(tree.label(t));
      if (k > 0) {
        words.append(' ').append(tree.lemma(t));
        f.add("pw=" + tree.lemma(t));
      }
    }
    f.add("lca=" + tree.lemma(lca));
    f.add("pathL=" + labels);
    f.add("pathW=" + words);
    f.add(types + "|pathL=" + labels);
    f.add(types + "|lca=" + tree.lemma(lca));
  }

  /** {@code token} and its heads up to the root, nearest first. */
  private static List<Integer> ancestors(DependencyTree tree, int token) {
    List<Integer> out = new ArrayList<>();
    for (int t = token; t != DependencyTree.ROOT && out.size() <= tree.size(); t = tree.head(t)) {
      out.add(t);
    }
    return out;
  }

  /** The token of {@code span} whose head lies outside it (the last one, if several). */
  static int head(DependencyTree tree, TokenSpan span) {
    int found = span.end() - 1;
    for (int i = span.start(); i < span.end(); i++) {
      int h = tree.head(i);
      if (h == DependencyTree.ROOT || h < span.start() || h >= span.end()) {
        found = i;
      }
    }
    return found;
  }

  private static String lemma(DependencyTree tree, int i) {
    String lemma = tree.lemma(i);
    return lemma.isEmpty() ? "_" : lemma;
  }

  private static String bucket(int gap) {
    if (gap <= 2) {
      return Integer.toString(gap);
    }
    return gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : ">10";
  }
}
