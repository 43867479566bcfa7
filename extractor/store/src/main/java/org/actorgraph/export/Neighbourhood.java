package org.actorgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One or more actors' neighbourhood: the actors at most {@code depth} relationships away (in either
 * direction) and the edges among them.
 */
final class Neighbourhood {

  private Neighbourhood() {}

  static List<RelationEdge> of(Set<String> roots, List<RelationEdge> edges, int depth) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (RelationEdge e : edges) {
      adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
      adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
    }
    Set<String> reached = new HashSet<>(roots);
    List<String> frontier = new ArrayList<>(roots);
    for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
      List<String> next = new ArrayList<>();
      for (String n : frontier) {
        for (String m : adjacent.getOrDefault(n, List.of())) {
          if (reached.add(m)) {
            next.add(m);
          }
        }
      }
      frontier = next;
    }
    List<RelationEdge> kept = new ArrayList<>();
    for (RelationEdge e : edges) {
      if (reached.contains(e.source()) && reached.contains(e.target())) {
        kept.add(e);
      }
    }
    return kept;
  }
}
