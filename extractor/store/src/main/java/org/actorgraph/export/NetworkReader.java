package org.actorgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.text.DateInterval;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the actor network from a {@link SparqlSource}: the facts of each kind kept by the filter
 * (with its minimum confidence bound into the query), their dates, then the actors at their ends.
 * Facts between the same two actors of the same kind (and CAMEO root) become one edge whose weight
 * is their number. With an actor, only its neighbourhood is kept ({@link Neighbourhood}).
 *
 * <p>A fact's days are those of its own dates ({@code ag:date}, {@code ag:startDate}, {@code
 * ag:endDate}) or, when it has none, the publication dates of the articles it rests on; a date of
 * month or year precision covers the whole month or year ({@link DateInterval}).
 *
 * <p>Nodes are the actors (and places) at the ends of the edges kept, plus the neighbourhood's
 * centre: an actor with no relationship left by the filter is not exported.
 *
 * <p>Design decision: the network is gathered in memory before it is written, one entry per edge
 * and one small record per fact of the kinds read, never per triple; the writers then stream it.
 * Aggregating facts into weighted edges and finding a neighbourhood need every fact first, and
 * reading all before writing lets the server answer a bad filter with a 400 instead of a broken
 * file. Rows stream from the queries (no result set is copied).
 */
public final class NetworkReader {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkReader.class);

  private final SparqlSource source;

  public NetworkReader(SparqlSource source) {
    this.source = source;
  }

  /**
   * Reads the network that {@code filter} selects.
   *
   * @throws UnknownActorException if the filter names an actor that is not in the graph, or a name
   *     that several actors have (the message lists them)
   */
  public ActorNetwork read(ExportFilter filter) {
    long t0 = System.nanoTime();
    Set<String> roots = filter.actor() == null ? null : ActorLookup.resolve(source, filter.actor());
    EdgeAccumulator edges = new EdgeAccumulator();
    for (RelationKind kind : filter.kindsToRead()) {
      readKind(kind, filter, edges);
    }
    List<RelationEdge> kept = edges.edges();
    if (roots != null) {
      kept = Neighbourhood.of(roots, kept, filter.depth());
    }
    Set<String> ids = new HashSet<>();
    kept.forEach(
        e -> {
          ids.add(e.source());
          ids.add(e.target());
        });
    if (roots != null) {
      ids.addAll(roots);
    }
    List<ActorNode> nodes = new ActorDetails(source).nodes(ids);
    LOG.debug(
        "Read {} nodes and {} edges in {} ms",
        nodes.size(),
        kept.size(),
        (System.nanoTime() - t0) / 1_000_000);
    return new ActorNetwork(nodes, kept);
  }

  private void readKind(RelationKind kind, ExportFilter filter, EdgeAccumulator edges) {
    Map<String, Node> bindings =
        Map.of(
            "class",
            kind.type(),
            "sourceRole",
            kind.sourceRole(),
            "targetRole",
            kind.targetRole(),
            "minConfidence",
            NodeFactory.createLiteralDT(
                Double.toString(filter.minConfidence()), XSDDatatype.XSDdouble));
    List<FactRow> facts = new ArrayList<>();
    source.select(
        ExportQueries.FACTS,
        bindings,
        row -> {
          String root = kind == RelationKind.Interaction ? cameoRoot(row.get("cameo")) : null;
          if (kind == RelationKind.Interaction
              && !filter.cameoRoots().isEmpty()
              && !filter.cameoRoots().contains(root)) {
            return;
          }
          facts.add(
              new FactRow(
                  row.get("fact").getURI(),
                  row.get("source").getURI(),
                  row.get("target").getURI(),
                  confidence(row),
                  root));
        });
    if (facts.isEmpty()) {
      return;
    }
    Map<String, DateInterval> dates = dates(kind);
    for (FactRow f : facts) {
      DateInterval days = dates.get(f.fact());
      if ((filter.from() != null || filter.to() != null)
          && (days == null || !days.overlaps(filter.from(), filter.to()))) {
        continue;
      }
      edges.add(kind, f, days);
    }
  }

  /** Each fact's days: its own dates if it has any, else its articles' publication dates. */
  private Map<String, DateInterval> dates(RelationKind kind) {
    Map<String, DateInterval> own = new HashMap<>();
    Map<String, DateInterval> published = new HashMap<>();
    source.select(
        ExportQueries.FACT_DATES,
        Map.of("class", kind.type()),
        row -> {
          String fact = row.get("fact").getURI();
          add(own, fact, row.get("date"));
          add(published, fact, row.get("published"));
        });
    published.putAll(own);
    return published;
  }

  private static void add(Map<String, DateInterval> map, String fact, Node date) {
    if (date == null || !date.isLiteral()) {
      return;
    }
    DateInterval days = DateInterval.parse(date.getLiteralLexicalForm());
    if (days != null) {
      map.merge(fact, days, DateInterval::span);
    }
  }

  private static double confidence(Binding row) {
    Node c = row.get("confidence");
    if (c == null || !c.isLiteral()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(c.getLiteralLexicalForm());
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  /** The two-digit root of a CAMEO concept IRI ({@code .../cameo/042} gives 04), or null. */
  static String cameoRoot(Node code) {
    if (code == null || !code.isURI() || !code.getURI().startsWith(AG.CAMEO)) {
      return null;
    }
    String local = code.getURI().substring(AG.CAMEO.length());
    return local.length() >= 2
            && Character.isDigit(local.charAt(0))
            && Character.isDigit(local.charAt(1))
        ? local.substring(0, 2)
        : null;
  }

  /** One fact as read. */
  record FactRow(String fact, String source, String target, double confidence, String cameo) {}
}
