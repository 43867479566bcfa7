package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CytoscapeJsonWriterTest {

  /**
   * Reads elements JSON the way {@code cy.add(json.elements)} does, failing where Cytoscape.js
   * would refuse an element: every element has {@code data.id}, ids are unique across nodes and
   * edges, and every edge's source and target is a node id. Returns the number of elements.
   */
  static int checkAsCytoscapeWould(JsonNode root) {
    JsonNode elements = root.get("elements");
    assertTrue(elements != null && elements.isObject(), "no elements object");
    assertTrue(elements.get("nodes").isArray() && elements.get("edges").isArray());
    Set<String> ids = new HashSet<>();
    Set<String> nodeIds = new HashSet<>();
    for (JsonNode n : elements.get("nodes")) {
      String id = n.get("data").get("id").asText();
      assertTrue(ids.add(id), "duplicate id " + id);
      nodeIds.add(id);
    }
    for (JsonNode e : elements.get("edges")) {
      JsonNode data = e.get("data");
      String id = data.get("id").asText();
      assertTrue(ids.add(id), "duplicate id " + id);
      assertTrue(nodeIds.contains(data.get("source").asText()), id + ": source is not a node");
      assertTrue(nodeIds.contains(data.get("target").asText()), id + ": target is not a node");
    }
    return ids.size();
  }

  @Test
  void elementsAreWhatCytoscapeJsReads() throws Exception {
    byte[] json = SmallNetwork.write(new CytoscapeJsonWriter(), SmallNetwork.network());
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(7, checkAsCytoscapeWould(root));
    JsonNode jane = root.get("elements").get("nodes").get(2).get("data");
    assertEquals("Jane \"JD\" Doe, <Jr.> & co", jane.get("name").asText());
    assertEquals("Person", jane.get("type").asText());
    JsonNode consult = root.get("elements").get("edges").get(0).get("data");
    assertEquals(3, consult.get("weight").asInt());
    assertEquals("Interaction-04", consult.get("interaction").asText());
    assertEquals("2025-04-15", consult.get("lastDate").asText());
    assertEquals(
        false, root.get("elements").get("edges").get(1).get("data").get("directed").asBoolean());
  }

  @Test
  void anEmptyNetworkHasEmptyArrays() throws Exception {
    byte[] json =
        SmallNetwork.write(new CytoscapeJsonWriter(), new ActorNetwork(List.of(), List.of()));
    assertEquals(0, checkAsCytoscapeWould(new ObjectMapper().readTree(json)));
  }
}
