package org.actorgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Compares the stored summary with one computed from the article graphs now ({@link
 * ComputedSummary}), for {@code actorgraph summarise --check} ({@link StoreSummary#check}).
 */
final class SummaryCheck {

  private SummaryCheck() {}

  /**
   * The differences, at most {@code limit} of them ("missing: ..." for a triple a rebuild would
   * write and the store lacks, "extra: ..." for the reverse), empty when they agree.
   */
  static List<String> differences(DatasetGraph dsg, int limit) {
    ComputedSummary c = ComputedSummary.of(dsg);
    Set<Triple> stored = Txn.calculateRead(dsg, () -> stored(dsg));
    List<String> diffs = new ArrayList<>();
    for (Triple t : c.triples()) {
      if (!stored.contains(t) && diffs.size() < limit) {
        diffs.add("missing: " + NodeFmtLib.str(t));
      }
    }
    Set<Triple> wanted = new HashSet<>(c.triples());
    for (Triple t : stored) {
      if (!wanted.contains(t) && diffs.size() < limit) {
        diffs.add("extra: " + NodeFmtLib.str(t));
      }
    }
    return diffs;
  }

  /** The stored summary's triples, and a stand-in for its marker when it has none. */
  private static Set<Triple> stored(DatasetGraph dsg) {
    Set<Triple> out = new HashSet<>();
    for (Node p : SummaryTerms.PREDICATES) {
      dsg.find(StoreSummary.GRAPH, Node.ANY, p, Node.ANY)
          .forEachRemaining(q -> out.add(q.asTriple()));
    }
    if (!StoreSummary.isKept(dsg)) {
      out.add(
          Triple.create(
              StoreSummary.MARKER, RDF.type.asNode(), NodeFactory.createLiteralString("missing")));
    }
    return out;
  }
}
