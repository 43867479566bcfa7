package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class GraphMlWriterTest {

  @Test
  void outputIsValidAgainstTheGraphMlSchema() throws Exception {
    byte[] xml = SmallNetwork.write(new GraphMlWriter(), SmallNetwork.network());
    SchemaValidation.validate(SchemaValidation.GRAPHML, xml);
  }

  @Test
  void anEmptyNetworkIsValidToo() throws Exception {
    byte[] xml = SmallNetwork.write(new GraphMlWriter(), new ActorNetwork(List.of(), List.of()));
    SchemaValidation.validate(SchemaValidation.GRAPHML, xml);
  }

  @Test
  void charactersXmlCannotHoldAreDropped() throws Exception {
    ActorNetwork odd =
        new ActorNetwork(
            List.of(
                new ActorNode(
                    SmallNetwork.JANE, "Jane\u0001 Doe \uD83D\uDE00\uD800", "Person", null, 1)),
            List.of());
    byte[] graphml = SmallNetwork.write(new GraphMlWriter(), odd);
    SchemaValidation.validate(SchemaValidation.GRAPHML, graphml);
    SchemaValidation.validate(SchemaValidation.GEXF, SmallNetwork.write(new GexfWriter(), odd));
    assertEquals(
        "Jane Doe \uD83D\uDE00",
        parse(graphml).getElementsByTagNameNS(GraphMlWriter.NS, "data").item(0).getTextContent());
  }

  @Test
  void theValidatorRejectsABrokenDocument() {
    byte[] xml =
        ("<graphml xmlns='" + GraphMlWriter.NS + "'><graph edgedefault='sideways'/></graphml>")
            .getBytes(StandardCharsets.UTF_8);
    assertThrows(
        SAXException.class, () -> SchemaValidation.validate(SchemaValidation.GRAPHML, xml));
  }

  @Test
  void nodesCarryTheirIriAndEdgesTheirKindWeightAndDirection() throws Exception {
    Document doc = parse(SmallNetwork.write(new GraphMlWriter(), SmallNetwork.network()));
    NodeList nodes = doc.getElementsByTagNameNS(GraphMlWriter.NS, "node");
    assertEquals(4, nodes.getLength());
    assertEquals(SmallNetwork.FREEDONIA, data((Element) nodes.item(0), "iri"));
    assertEquals("Jane \"JD\" Doe, <Jr.> & co", data((Element) nodes.item(2), "label"));
    NodeList edges = doc.getElementsByTagNameNS(GraphMlWriter.NS, "edge");
    assertEquals(3, edges.getLength());
    Element first = (Element) edges.item(0);
    assertEquals("n1", first.getAttribute("source"));
    assertEquals("n2", first.getAttribute("target"));
    assertEquals("Interaction", data(first, "kind"));
    assertEquals("3", data(first, "weight"));
    assertEquals("2025-03-01", data(first, "firstDate"));
    assertEquals("false", ((Element) edges.item(1)).getAttribute("directed"));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String data(Element owner, String key) {
    NodeList data = owner.getElementsByTagNameNS(GraphMlWriter.NS, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    return null;
  }
}
