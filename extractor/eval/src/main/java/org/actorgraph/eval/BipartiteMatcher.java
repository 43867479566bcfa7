package org.actorgraph.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between two lists (Kuhn's augmenting paths), so that each item on
 * either side is matched at most once and as many pairs as possible are matched.
 *
 * <p>Design decision: a maximum matching rather than a greedy one, so a scored number does not
 * depend on the order items come in: with a greedy pass, an extracted entity that could match two
 * gold entities might take the only one another extracted entity can match. Ties are broken by
 * order: earlier left items are placed first and try right items in their order.
 */
final class BipartiteMatcher {

  private final int rights;
  private final boolean[][] edges;
  private final int[] rightToLeft;

  private BipartiteMatcher(int lefts, int rights, BiPredicate<Integer, Integer> edge) {
    this.rights = rights;
    this.edges = new boolean[lefts][rights];
    for (int i = 0; i < lefts; i++) {
      for (int j = 0; j < rights; j++) {
        edges[i][j] = edge.test(i, j);
      }
    }
    this.rightToLeft = new int[rights];
    Arrays.fill(rightToLeft, -1);
  }

  /**
   * Matches {@code lefts} items with {@code rights} items where {@code edge.test(i, j)}.
   *
   * @return for each left index, the matched right index, or -1
   */
  static int[] match(int lefts, int rights, BiPredicate<Integer, Integer> edge) {
    BipartiteMatcher m = new BipartiteMatcher(lefts, rights, edge);
    for (int i = 0; i < lefts; i++) {
      m.augment(i, new boolean[rights]);
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
    for (int j = 0; j < rights; j++) {
      if (edges[left][j] && !seen[j]) {
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
