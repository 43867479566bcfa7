package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {

  @Test
  void outputIsValidAgainstTheGexf13Schema() throws Exception {
    byte[] xml = SmallNetwork.write(new GexfWriter(), SmallNetwork.network());
    SchemaValidation.validate(SchemaValidation.GEXF, xml);
  }

  @Test
  void anEmptyNetworkIsValidToo() throws Exception {
    byte[] xml = SmallNetwork.write(new GexfWriter(), new ActorNetwork(List.of(), List.of()));
    SchemaValidation.validate(SchemaValidation.GEXF, xml);
  }

  @Test
  void datedEdgesMakeADynamicGraphWithParallelEdgesKeptApartByKind() throws Exception {
    Document doc =
        GraphMlWriterTest.parse(SmallNetwork.write(new GexfWriter(), SmallNetwork.network()));
    Element graph = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
    assertEquals("dynamic", graph.getAttribute("mode"));
    NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
    Element consult = (Element) edges.item(0);
    Element agreement = (Element) edges.item(1);
    assertEquals(consult.getAttribute("source"), agreement.getAttribute("source"));
    assertEquals("Interaction-04", consult.getAttribute("kind"));
    assertEquals("Agreement", agreement.getAttribute("kind"));
    assertEquals("undirected", agreement.getAttribute("type"));
    assertEquals("3", consult.getAttribute("weight"));
    assertEquals("2025-03-01", consult.getAttribute("start"));
    assertEquals("2025-04-15", consult.getAttribute("end"));
    assertEquals("", agreement.getAttribute("start"));
  }
}
