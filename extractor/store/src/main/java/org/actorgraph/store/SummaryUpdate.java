package org.actorgraph.store;

import static org.actorgraph.store.StoreSummary.GRAPH;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.actorgraph.store.StoredCount.Tally;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds the differences a write makes ({@link SummaryCounts}, positive and negative) to the stored
 * summary, in the write's transaction: each count is read, changed, and its structure and tallies
 * ({@link StoredCount}) written when it becomes non-zero and deleted when it drops to 0.
 */
final class SummaryUpdate {

  private SummaryUpdate() {}

  /** Adds {@code delta} to the counts stored in {@code dsg} (inside a write transaction). */
  static void apply(DatasetGraph dsg, SummaryCounts delta) {
    Map<Tally, Long> tallies = new HashMap<>();
    Set<Node> pairs = new HashSet<>();
    delta.counts().forEach((k, d) -> apply(dsg, StoredCount.of(k), d, tallies, pairs));
    tallies.forEach(
        (t, d) -> {
          long before = count(dsg, t.subject(), t.predicate());
          setCount(dsg, t.subject(), t.predicate(), before, before + d);
        });
    delta.examples().apply(dsg, GRAPH);
    for (Node p : pairs) {
      // a pair's actors go when it has neither sentences nor articles
      if (count(dsg, p, SummaryTerms.SENTENCE_COUNT) == 0
          && count(dsg, p, SummaryTerms.PAIR_ARTICLE_COUNT) == 0) {
        dsg.deleteAny(GRAPH, p, SummaryTerms.FIRST_ACTOR, Node.ANY);
        dsg.deleteAny(GRAPH, p, SummaryTerms.SECOND_ACTOR, Node.ANY);
      }
    }
  }

  /**
   * Adds {@code d} to one stored count, writes or deletes its structure when it becomes non-zero or
   * 0, and notes the change of its tally and, for a pair, the pair.
   */
  private static void apply(
      DatasetGraph dsg, StoredCount s, long d, Map<Tally, Long> tallies, Set<Node> pairs) {
    long before = count(dsg, s.subject(), s.predicate());
    long after = before + d;
    setCount(dsg, s.subject(), s.predicate(), before, after);
    if (s.pair()) {
      pairs.add(s.subject());
    }
    if (before == 0 && after != 0) {
      for (Triple t : s.structure()) {
        dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
      }
      tally(tallies, s, 1);
    } else if (before != 0 && after == 0 && !s.pair()) {
      for (Triple t : s.structure()) {
        dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
      }
      tally(tallies, s, -1);
    }
  }

  private static void tally(Map<Tally, Long> tallies, StoredCount s, long d) {
    if (s.tally() != null) {
      tallies.merge(s.tally(), d, Long::sum);
    }
  }

  /** The stored count {@code (s, p, n)}: 0 when there is none (the sum, should there be more). */
  private static long count(DatasetGraph dsg, Node s, Node p) {
    Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
    long n = 0;
    while (it.hasNext()) {
      Node o = it.next().getObject();
      n += ((Number) o.getLiteralValue()).longValue();
    }
    return n;
  }

  /**
   * Replaces the count {@code before} (as {@link #count} read it; 0 when there is none) by {@code
   * after}: nothing for an unchanged count, no delete for a new one, no add for one that drops to
   * 0.
   */
  private static void setCount(DatasetGraph dsg, Node s, Node p, long before, long after) {
    if (before == after) {
      return;
    }
    if (before != 0) {
      dsg.deleteAny(GRAPH, s, p, Node.ANY);
    }
    if (after != 0) {
      dsg.add(GRAPH, s, p, SummaryTerms.integer(after));
    }
  }
}
