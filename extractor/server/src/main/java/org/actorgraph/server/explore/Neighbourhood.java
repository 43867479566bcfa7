package org.actorgraph.server.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One actor's neighbours as the page draws them: the facts that pass the filter, grouped into one
 * edge per pair of ends, kind and CAMEO root, and capped to the {@code limit} neighbours with the
 * most facts (then the highest confidence, then IRI order, so that the cut is stable).
 *
 * @param actor the expanded actor's IRI
 * @param neighbours the kept neighbours' IRIs, best first
 * @param edges the edges between the actor and kept neighbours
 * @param total how many neighbours pass the filter before the cap
 * @param facts how many facts pass the filter (also those of neighbours cut by the cap)
 */
record Neighbourhood(
    String actor, List<String> neighbours, List<Edge> edges, int total, int facts) {

  Neighbourhood {
    neighbours = List.copyOf(neighbours);
    edges = List.copyOf(edges);
  }

  /**
   * An edge: facts of one kind (and CAMEO root) from {@code source} to {@code target}; its id is
   * made of these four, so that the same edge found from either end has the same id.
   *
   * @param facts the facts' IRIs, best confidence first
   * @param confidence the best confidence of its facts (NaN if none has one)
   * @param first the earliest date of its facts (as given, or null)
   * @param last the latest date of its facts (as given, or null)
   */
  record Edge(
      String id,
      String source,
      String target,
      String kind,
      String cameo,
      List<String> facts,
      double confidence,
      String first,
      String last) {

    Edge {
      facts = List.copyOf(facts);
    }

    /** The number of facts behind this edge. */
    int weight() {
      return facts.size();
    }
  }

  /** Filters, groups and caps the facts {@code links} of {@code actor}. */
  static Neighbourhood of(String actor, List<FactLink> links, NetworkFilter filter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: expected at least 1 (found " + limit + ")");
    }
    Map<String, List<FactLink>> byNeighbour = new LinkedHashMap<>();
    int facts = 0;
    for (FactLink link : links) {
      if (filter.accepts(link) && (link.source().equals(actor) || link.target().equals(actor))) {
        byNeighbour.computeIfAbsent(link.other(actor), k -> new ArrayList<>()).add(link);
        facts++;
      }
    }
    List<String> ranked = new ArrayList<>(byNeighbour.keySet());
    ranked.sort(
        Comparator.comparingInt((String n) -> -byNeighbour.get(n).size())
            .thenComparingDouble(n -> -best(byNeighbour.get(n)))
            .thenComparing(n -> n));
    List<String> kept = ranked.subList(0, Math.min(limit, ranked.size()));
    List<Edge> edges = new ArrayList<>();
    for (String neighbour : kept) {
      edges.addAll(edges(byNeighbour.get(neighbour)));
    }
    return new Neighbourhood(actor, kept, edges, ranked.size(), facts);
  }

  private static double best(List<FactLink> links) {
    double best = Double.NEGATIVE_INFINITY;
    for (FactLink l : links) {
      if (l.confidence() > best) {
        best = l.confidence();
      }
    }
    return best;
  }

  private static List<Edge> edges(List<FactLink> links) {
    Map<String, List<FactLink>> groups = new LinkedHashMap<>();
    for (FactLink l : links) {
      groups.computeIfAbsent(edgeId(l), k -> new ArrayList<>()).add(l);
    }
    List<Edge> out = new ArrayList<>();
    groups.forEach(
        (id, group) -> {
          group.sort(
              Comparator.comparingDouble(
                      (FactLink l) -> Double.isNaN(l.confidence()) ? 1 : -l.confidence())
                  .thenComparing(FactLink::fact));
          Set<String> facts = new LinkedHashSet<>();
          String first = null;
          String last = null;
          for (FactLink l : group) {
            facts.add(l.fact());
            String when = l.when();
            if (when != null) {
              first = first == null || when.compareTo(first) < 0 ? when : first;
              last = last == null || when.compareTo(last) > 0 ? when : last;
            }
          }
          FactLink head = group.get(0);
          out.add(
              new Edge(
                  id,
                  head.source(),
                  head.target(),
                  head.kind(),
                  head.cameo(),
                  List.copyOf(facts),
                  best(group) == Double.NEGATIVE_INFINITY ? Double.NaN : best(group),
                  first,
                  last));
        });
    return out;
  }

  /** The id of the edge {@code link} belongs to. */
  static String edgeId(FactLink link) {
    return link.source()
        + " "
        + link.kind()
        + (link.cameo() == null ? "" : "/" + link.cameo())
        + " "
        + link.target();
  }
}
