package org.actorgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** Finds the actor a filter names, by IRI or by one of its names. */
final class ActorLookup {

  private ActorLookup() {}

  /**
   * The IRI of the actor {@code actor} names: an IRI ({@code https://...}, or in angle brackets)
   * that is an actor or place of the graph, or a name (label or alias) that exactly one actor has:
   * as written, else ignoring case.
   *
   * @throws UnknownActorException if there is no such actor, or several have the name
   */
  static Set<String> resolve(SparqlSource source, String actor) {
    String a = actor.trim();
    if (a.startsWith("<") && a.endsWith(">")) {
      a = a.substring(1, a.length() - 1);
    }
    if (a.startsWith("http://") || a.startsWith("https://")) {
      if (new ActorDetails(source).nodes(Set.of(a)).isEmpty()) {
        throw new UnknownActorException("no actor or place <" + a + "> in the graph");
      }
      return Set.of(a);
    }
    Map<String, String> found = byName(source, ExportQueries.ACTOR_BY_EXACT_NAME, a);
    if (found.isEmpty()) {
      found = byName(source, ExportQueries.ACTOR_BY_NAME, a);
    }
    if (found.isEmpty()) {
      throw new UnknownActorException("no actor or place is named '" + a + "'");
    }
    if (found.size() > 1) {
      throw new UnknownActorException(
          found.size()
              + " actors are named '"
              + a
              + "'; give one's IRI: "
              + found.entrySet().stream()
                  .limit(10)
                  .map(e -> "<" + e.getKey() + "> (" + e.getValue() + ")")
                  .collect(Collectors.joining(", ")));
    }
    return Set.of(found.keySet().iterator().next());
  }

  /** Actor IRI to label, for the actors {@code query} finds by {@code name}. */
  private static Map<String, String> byName(SparqlSource source, Query query, String name) {
    Map<String, String> found = new LinkedHashMap<>();
    source.select(
        query,
        Map.of("name", NodeFactory.createLiteralString(name)),
        row -> found.putIfAbsent(row.get("actor").getURI(), label(row.get("label"))));
    return found;
  }

  private static String label(Node n) {
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "";
  }
}
