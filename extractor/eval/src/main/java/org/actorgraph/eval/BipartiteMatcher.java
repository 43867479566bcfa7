package org.actorgraph.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;
import java.util.stream.IntStream;

/**
 * A maximum one-to-one matching between two lists (Kuhn's augmenting paths), so that each item on
 * either side is matched at most once and as many pairs as possible are matched.
 *
 * <p>Design decision: a maximum matching rather than a greedy one, so a scored number does not
 * depend on the order items come in: with a greedy pass, an extracted entity that could match two
 * gold entities might take the only one another extracted entity can match. Each left item tries
 * its candidates best-scored first (../shared/eval/README.md: "best-scored candidates tried
 * first"), so when two extracted items could each take either of two gold items, each keeps the one
 * it fits best; otherwise ties are broken by order: earlier left items are placed first and try
 * right items in their order.
 */
final class BipartiteMatcher {

  private final int[][] candidates;
  private final int[] rightToLeft;

  private BipartiteMatcher(
      int lefts,
      int rights,
      BiPredicate<Integer, Integer> edge,
      ToIntBiFunction<Integer, Integer> score) {
    this.candidates = new int[lefts][];
    for (int i = 0; i < lefts; i++) {
      int left = i;
      candidates[i] =
          IntStream.range(0, rights)
              .filter(j -> edge.test(left, j))
              .boxed()
              .sorted(Comparator.comparingInt((Integer j) -> -score.applyAsInt(left, j)))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    this.rightToLeft = new int[rights];
    Arrays.fill(rightToLeft, -1);
  }

  /**
   * Matches {@code lefts} items with {@code rights} items where {@code edge.test(i, j)}, every
   * candidate scored alike.
   *
   * @return for each left index, the matched right index, or -1
   */
  static int[] match(int lefts, int rights, BiPredicate<Integer, Integer> edge) {
    return match(lefts, rights, edge, (i, j) -> 0);
  }

  /**
   * Matches {@code lefts} items with {@code rights} items where {@code edge.test(i, j)}, each left
   * item trying its candidates in decreasing {@code score}.
   *
   * @return for each left index, the matched right index, or -1
   */
  static int[] match(
      int lefts,
      int rights,
      BiPredicate<Integer, Integer> edge,
      ToIntBiFunction<Integer, Integer> score) {
    BipartiteMatcher m = new BipartiteMatcher(lefts, rights, edge, score);
    for (int i = 0; i < lefts; i++) {
      m.augment(i, new boolean[m.rightToLeft.length]);
    }
    int[] leftToRight = new int[lefts];
    Arrays.fill(leftToRight, -1);
    for (int j = 0; j < rights; j++) {
      if (m.rightToLeft[j] >= 0) {
        leftToRight[m.rightToLeft[j]] = j;
      }
    }
    return leftToRight;
  }

  private boolean augment(int left, boolean[] seen) {
    for (int j : candidates[left]) {
      if (!seen[j]) {
        seen[j] = true;
        if (rightToLeft[j] < 0 || augment(rightToLeft[j], seen)) {
          rightToLeft[j] = left;
          return true;
        }
      }
    }
    return false;
  }

  /** How many left items are matched. */
  static int count(int[] leftToRight) {
    return (int) Arrays.stream(leftToRight).filter(j -> j >= 0).count();
  }
}
