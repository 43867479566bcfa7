package org.actorgraph.store;

import static org.actorgraph.store.CurrentPositions.ARTICLE;
import static org.actorgraph.store.CurrentPositions.ARTICLE_ID;
import static org.actorgraph.store.CurrentPositions.POSITION;
import static org.actorgraph.store.CurrentPositions.ROLE_CURRENT;
import static org.actorgraph.store.CurrentPositions.ROLE_STATUS;
import static org.actorgraph.store.CurrentPositions.VIEW_OF;
import static org.actorgraph.store.SummaryTerms.EXAMPLE_ARTICLE_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The example article of each position stated as current, as the summary keeps it ({@code ?position
 * ag:exampleArticleId "id"}): the smallest {@code ag:articleId} (by its characters) of the articles
 * that the span counts count for the position ({@link CurrentPositions#spans}), so that {@code
 * contradicting-offices} shows the same article for the same store however it was loaded.
 *
 * <p>Design decision: a smallest value is not a sum, so it cannot be kept by differences alone. A
 * write collects the ids its new graphs add (their smallest, per position) and the ids its old
 * graphs take away; the stored example stays unless a smaller one comes or the example itself goes
 * without coming back, and only then is it looked up anew in the store ({@link #smallestInStore}:
 * the current views of that one position), which is rare (the example is one article of many).
 */
final class PositionExamples {

  /** Per position, the smallest id the added graphs state it with. */
  private final Map<Node, String> added = new HashMap<>();

  /** Per position, the ids the removed (or replaced) graphs stated it with. */
  private final Map<Node, Set<String>> removed = new HashMap<>();

  /** Graphs removed without a replacement, still in the store when the summary is changed. */
  private final Set<Node> leaving = new HashSet<>();

  /** Notes that a graph states {@code position} as current in the article with {@code ids}. */
  void add(Node position, List<String> ids, int sign) {
    for (String id : ids) {
      if (sign > 0) {
        added.merge(position, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
      } else {
        removed.computeIfAbsent(position, p -> new HashSet<>()).add(id);
      }
    }
  }

  /** Notes that the graph {@code name} is being removed and is still in the store. */
  void leaving(Node name) {
    leaving.add(name);
  }

  /** The examples of a whole store, when only graphs were added. */
  Map<Node, String> smallest() {
    return added;
  }

  /** The ids of an article, as they are compared. */
  static List<String> ids(Graph g, Node article) {
    List<String> out = new ArrayList<>();
    g.find(article, ARTICLE_ID, Node.ANY)
        .forEachRemaining(t -> out.add(SummaryCounts.str(t.getObject())));
    return out;
  }

  /** Changes the stored examples of the positions this write touched (in its transaction). */
  void apply(DatasetGraph dsg, Node summaryGraph) {
    Set<Node> positions = new HashSet<>(added.keySet());
    positions.addAll(removed.keySet());
    for (Node p : positions) {
      Iterator<Quad> it = dsg.find(summaryGraph, p, EXAMPLE_ARTICLE_ID, Node.ANY);
      String stored = it.hasNext() ? SummaryCounts.str(it.next().getObject()) : null;
      String come = added.get(p);
      String next;
      if (come != null && (stored == null || come.compareTo(stored) <= 0)) {
        next = come;
      } else if (stored != null && !removed.getOrDefault(p, Set.of()).contains(stored)) {
        next = stored;
      } else {
        next = smallestInStore(dsg, p);
      }
      if (!Objects.equals(next, stored)) {
        dsg.deleteAny(summaryGraph, p, EXAMPLE_ARTICLE_ID, Node.ANY);
        if (next != null) {
          dsg.add(summaryGraph, p, EXAMPLE_ARTICLE_ID, NodeFactory.createLiteralString(next));
        }
      }
    }
  }

  /**
   * The smallest id of the articles the store's graphs (but those {@link #leaving}) state {@code
   * position} as current in, as {@link SummaryCounts} counts them; null if none does.
   */
  private String smallestInStore(DatasetGraph dsg, Node position) {
    String best = null;
    Iterator<Quad> views = dsg.find(Node.ANY, Node.ANY, VIEW_OF, position);
    while (views.hasNext()) {
      Quad q = views.next();
      Node name = q.getGraph();
      if (q.isDefaultGraph() || leaving.contains(name)) {
        continue;
      }
      Graph g = dsg.getGraph(name);
      if (!g.contains(q.getSubject(), ROLE_STATUS, ROLE_CURRENT)
          || !g.contains(position, RDF.type.asNode(), POSITION)) {
        continue;
      }
      for (Node a :
          g.find(q.getSubject(), ARTICLE, Node.ANY).mapWith(t -> t.getObject()).toList()) {
        if (CurrentPositions.spans(g, a).isEmpty()) {
          continue;
        }
        for (String id : ids(g, a)) {
          best = best == null || id.compareTo(best) < 0 ? id : best;
        }
      }
    }
    return best;
  }
}
