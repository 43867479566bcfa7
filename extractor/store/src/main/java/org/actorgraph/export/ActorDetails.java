package org.actorgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Reads label, class, Wikidata id and number of articles of actors, a few hundred at a time (their
 * IRIs go into the query as a VALUES block).
 */
final class ActorDetails {

  private static final int CHUNK = 300;

  /** Classes from the most specific to the least; a node's type is the first it has. */
  private static final List<String> TYPES =
      List.of(
          "Person",
          "Country",
          "GovernmentBody",
          "PoliticalParty",
          "InternationalOrganisation",
          "Company",
          "MediaOutlet",
          "ArmedGroup",
          "NGO",
          "Organisation",
          "City",
          "Region",
          "Facility",
          "Place",
          "Actor");

  private final SparqlSource source;

  ActorDetails(SparqlSource source) {
    this.source = source;
  }

  /** The nodes among {@code ids} that are actors or places of the graph, sorted by IRI. */
  List<ActorNode> nodes(Collection<String> ids) {
    List<Node> all = ids.stream().sorted().map(NodeFactory::createURI).toList();
    Map<String, Details> details = new TreeMap<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<Node> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
      read(chunk, details);
    }
    List<ActorNode> out = new ArrayList<>();
    details.forEach(
        (id, d) -> {
          if (d.type != null) {
            String label = d.label != null ? d.label : id.substring(id.lastIndexOf('/') + 1);
            out.add(new ActorNode(id, label, d.type, d.wikidata, d.articles));
          }
        });
    return out;
  }

  private void read(List<Node> chunk, Map<String, Details> details) {
    source.select(
        ExportQueries.withValues(ExportQueries.ACTORS, "node", chunk),
        Map.of(),
        row -> {
          Details d = details.computeIfAbsent(row.get("node").getURI(), k -> new Details());
          d.type(row.get("type"));
          d.label(row.get("label"));
          Node wd = row.get("wikidata");
          if (wd != null && wd.isLiteral() && d.wikidata == null) {
            d.wikidata = wd.getLiteralLexicalForm();
          }
        });
    source.select(
        ExportQueries.withValues(ExportQueries.ACTOR_ARTICLES, "node", chunk),
        Map.of(),
        row -> {
          Details d = details.get(row.get("node").getURI());
          if (d != null) {
            d.articles = Integer.parseInt(row.get("articles").getLiteralLexicalForm());
          }
        });
  }

  /** What is known of one node so far. */
  private static final class Details {
    private static final Map<String, Integer> RANK = rank();
    String type;
    String label;
    String wikidata;
    int articles;

    private static Map<String, Integer> rank() {
      Map<String, Integer> r = new HashMap<>();
      for (int i = 0; i < TYPES.size(); i++) {
        r.put(AG.NS + TYPES.get(i), i);
      }
      return r;
    }

    void type(Node t) {
      Integer r = t == null || !t.isURI() ? null : RANK.get(t.getURI());
      if (r != null && (type == null || r < TYPES.indexOf(type))) {
        type = TYPES.get(r);
      }
    }

    /** Keeps the longest label, and of equally long ones the first in code point order. */
    void label(Node l) {
      if (l == null || !l.isLiteral()) {
        return;
      }
      String s = l.getLiteralLexicalForm();
      if (label == null
          || s.length() > label.length()
          || (s.length() == label.length() && s.compareTo(label) < 0)) {
        label = s;
      }
    }
  }
}
