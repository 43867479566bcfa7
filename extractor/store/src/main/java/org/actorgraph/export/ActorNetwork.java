package org.actorgraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Actors and their relationships, ready to write. Every edge's ends are nodes of the network and
 * node ids are unique; nodes are sorted by id, edges by source, target, kind and CAMEO root.
 */
public record ActorNetwork(List<ActorNode> nodes, List<RelationEdge> edges) {

  public ActorNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    Set<String> ids = new HashSet<>();
    for (ActorNode n : nodes) {
      if (!ids.add(n.id())) {
        throw new IllegalArgumentException("nodes: id " + n.id() + " appears twice");
      }
    }
    for (RelationEdge e : edges) {
      if (!ids.contains(e.source()) || !ids.contains(e.target())) {
        throw new IllegalArgumentException(
            "edges: "
                + e.id()
                + " joins "
                + e.source()
                + " and "
                + e.target()
                + ", not both nodes");
      }
    }
  }
}
