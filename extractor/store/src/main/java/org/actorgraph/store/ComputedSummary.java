package org.actorgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.store.StoredCount.Tally;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The summary of a store's article graphs computed from scratch: the triples a rebuild writes
 * ({@link StoreSummary#rebuild}) and a check compares the stored ones with ({@link SummaryCheck}).
 *
 * @param articles how many article graphs were read
 * @param triples the summary's triples, the marker among them
 */
record ComputedSummary(int articles, List<Triple> triples) {

  /**
   * Reads every article graph of {@code dsg} (one at a time, in one read transaction) and sums
   * their contributions. Memory grows with the summary, not with the store.
   */
  static ComputedSummary of(DatasetGraph dsg) {
    SummaryCounts all = new SummaryCounts();
    int[] articles = {0};
    Txn.executeRead(
        dsg,
        () -> {
          List<Node> names = new ArrayList<>();
          dsg.listGraphNodes().forEachRemaining(names::add);
          for (Node name : names) {
            if (!ActorgraphStore.VOCABULARY_GRAPHS.contains(name)) {
              all.addGraph(dsg.getGraph(name), 1);
              articles[0]++;
            }
          }
        });
    return new ComputedSummary(articles[0], triples(all));
  }

  /** The triples that store {@code all}. */
  private static List<Triple> triples(SummaryCounts all) {
    List<Triple> triples = new ArrayList<>();
    Map<Tally, Long> tallies = new HashMap<>();
    all.counts()
        .forEach(
            (k, n) -> {
              StoredCount s = StoredCount.of(k);
              triples.add(Triple.create(s.subject(), s.predicate(), SummaryTerms.integer(n)));
              triples.addAll(s.structure());
              if (s.tally() != null) {
                tallies.merge(s.tally(), 1L, Long::sum);
              }
            });
    tallies.forEach(
        (t, n) -> triples.add(Triple.create(t.subject(), t.predicate(), SummaryTerms.integer(n))));
    all.examples()
        .smallest()
        .forEach(
            (p, id) ->
                triples.add(
                    Triple.create(
                        p, SummaryTerms.EXAMPLE_ARTICLE_ID, NodeFactory.createLiteralString(id))));
    triples.add(Triple.create(StoreSummary.MARKER, RDF.type.asNode(), SummaryTerms.SUMMARY));
    return triples;
  }
}
