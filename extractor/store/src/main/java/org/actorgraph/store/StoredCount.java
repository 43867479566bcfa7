package org.actorgraph.store;

import static org.actorgraph.store.SummaryTerms.ARTICLE_COUNT;
import static org.actorgraph.store.SummaryTerms.COUNTED_FACT;
import static org.actorgraph.store.SummaryTerms.COUNTED_POSITION;
import static org.actorgraph.store.SummaryTerms.COUNTED_SOURCE;
import static org.actorgraph.store.SummaryTerms.CURRENT_ARTICLE_COUNT;
import static org.actorgraph.store.SummaryTerms.CURRENT_OFFICE;
import static org.actorgraph.store.SummaryTerms.DESCRIPTION_COUNT;
import static org.actorgraph.store.SummaryTerms.FACT_ARTICLE_COUNT;
import static org.actorgraph.store.SummaryTerms.FIRST_ACTOR;
import static org.actorgraph.store.SummaryTerms.HOLDER_COUNT;
import static org.actorgraph.store.SummaryTerms.PAIR_ARTICLE_COUNT;
import static org.actorgraph.store.SummaryTerms.SECOND_ACTOR;
import static org.actorgraph.store.SummaryTerms.SENTENCE_COUNT;
import static org.actorgraph.store.SummaryTerms.SOURCE_ARTICLE_COUNT;
import static org.actorgraph.store.SummaryTerms.SOURCE_COUNT;
import static org.actorgraph.store.SummaryTerms.SPAN_END;
import static org.actorgraph.store.SummaryTerms.SPAN_START;
import static org.actorgraph.store.SummaryTerms.node;

import java.util.List;
import org.actorgraph.store.SummaryCounts.Key;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * How one count of {@link SummaryCounts} is written in the summary, the one place that says it for
 * both a rebuild ({@link ComputedSummary}) and a write's differences ({@link SummaryUpdate}).
 *
 * @param subject and {@code predicate}: the count is the triple {@code (subject, predicate, n)}
 * @param structure the triples that say what is counted, there while the count is not 0
 * @param pair whether {@code subject} is a pair of actors, which holds two counts (sentences and
 *     articles): its structure goes only when both are 0
 * @param tally the count (or null) that has one for each count of this kind that is not 0: {@code
 *     ag:sourceCount} of a fact, {@code ag:holderCount} of an office
 */
record StoredCount(
    Node subject, Node predicate, List<Triple> structure, boolean pair, Tally tally) {

  /** A count of counts: {@code (subject, predicate, n)}. */
  record Tally(Node subject, Node predicate) {}

  /** How the count of {@code k} is written. */
  static StoredCount of(Key k) {
    Node a = k.a();
    Node b = k.b();
    return switch (k.kind()) {
      case ENTITY_ARTICLES -> stored(a, ARTICLE_COUNT, false, null);
      case FACT_ARTICLES -> stored(a, FACT_ARTICLE_COUNT, false, null);
      case FACT_SOURCE_ARTICLES -> {
        Node c = node("source", a, b);
        yield stored(
            c,
            SOURCE_ARTICLE_COUNT,
            false,
            new Tally(a, SOURCE_COUNT),
            Triple.create(c, COUNTED_FACT, a),
            Triple.create(c, COUNTED_SOURCE, b));
      }
      case DESCRIPTION ->
          stored(
              node("description", a, k.p(), b),
              DESCRIPTION_COUNT,
              false,
              null,
              Triple.create(a, k.p(), b));
      case CURRENT_SPAN_ARTICLES -> {
        Node c = node("span", a, b, k.p());
        yield stored(
            c,
            CURRENT_ARTICLE_COUNT,
            false,
            null,
            Triple.create(c, COUNTED_POSITION, a),
            Triple.create(c, SPAN_START, b),
            Triple.create(c, SPAN_END, k.p()));
      }
      case CURRENT_POSITION_ARTICLES ->
          stored(
              a,
              CURRENT_ARTICLE_COUNT,
              false,
              new Tally(b, HOLDER_COUNT),
              Triple.create(a, CURRENT_OFFICE, b));
      case PAIR_SENTENCES -> {
        Node p = node("pair", a, b);
        yield stored(
            p,
            SENTENCE_COUNT,
            true,
            null,
            Triple.create(p, FIRST_ACTOR, a),
            Triple.create(p, SECOND_ACTOR, b));
      }
      case PAIR_ARTICLES -> stored(node("pair", a, b), PAIR_ARTICLE_COUNT, true, null);
    };
  }

  private static StoredCount stored(
      Node subject, Node predicate, boolean pair, Tally tally, Triple... structure) {
    return new StoredCount(subject, predicate, List.of(structure), pair, tally);
  }
}
