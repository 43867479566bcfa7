package org.actorgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (the GraphML 1.1 schema with attributes, read by Gephi, yEd, Cytoscape, networkx and
 * igraph). GraphML ids must be XML name tokens, which IRIs are not: nodes get ids {@code n1},
 * {@code n2}, ... and carry their IRI in the {@code iri} attribute. Edges are directed by default;
 * agreement and contest edges say {@code directed="false"}.
 */
public final class GraphMlWriter implements NetworkWriter {

  public static final String NS = "http://graphml.graphdrawing.org/xmlns";
  public static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd";

  /** Attribute keys: id, for, attr.name, attr.type. */
  private static final String[][] KEYS = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"iri", "node", "iri", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"articles", "node", "articles", "int"},
    {"edgeLabel", "edge", "label", "string"},
    {"kind", "edge", "kind", "string"},
    {"cameo", "edge", "cameo", "string"},
    {"weight", "edge", "weight", "double"},
    {"confidence", "edge", "confidence", "double"},
    {"firstDate", "edge", "firstDate", "string"},
    {"lastDate", "edge", "lastDate", "string"},
  };

  @Override
  public void write(ActorNetwork network, OutputStream out) throws IOException {
    try {
      XmlOut x = new XmlOut(out);
      XMLStreamWriter xml = x.xml();
      x.startDocument("graphml", NS, SCHEMA);
      for (String[] k : KEYS) {
        x.empty("key");
        x.attr("id", k[0]);
        x.attr("for", k[1]);
        x.attr("attr.name", k[2]);
        x.attr("attr.type", k[3]);
      }
      x.start("graph");
      x.attr("id", "actorgraph");
      x.attr("edgedefault", "directed");
      Map<String, String> ids = new HashMap<>();
      for (ActorNode n : network.nodes()) {
        String id = "n" + (ids.size() + 1);
        ids.put(n.id(), id);
        node(x, id, n);
      }
      for (RelationEdge e : network.edges()) {
        edge(x, ids, e);
      }
      x.end(true);
      x.end(true);
      x.finish();
    } catch (XMLStreamException e) {
      throw new IOException("GraphML: " + e.getMessage(), e);
    }
  }

  private static void node(XmlOut x, String id, ActorNode n) throws XMLStreamException {
    x.start("node");
    x.attr("id", id);
    data(x, "label", n.label());
    data(x, "type", n.type());
    data(x, "iri", n.id());
    data(x, "wikidata", n.wikidataId());
    data(x, "articles", Integer.toString(n.articles()));
    x.end(true);
  }

  private static void edge(XmlOut x, Map<String, String> ids, RelationEdge e)
      throws XMLStreamException {
    x.start("edge");
    x.attr("id", e.id());
    x.attr("source", ids.get(e.source()));
    x.attr("target", ids.get(e.target()));
    if (!e.directed()) {
      x.attr("directed", "false");
    }
    data(x, "edgeLabel", e.label());
    data(x, "kind", e.kind().name());
    data(x, "cameo", e.cameo());
    data(x, "weight", Integer.toString(e.weight()));
    data(x, "confidence", Double.toString(e.confidence()));
    data(x, "firstDate", e.firstDate() == null ? null : e.firstDate().toString());
    data(x, "lastDate", e.lastDate() == null ? null : e.lastDate().toString());
    x.end(true);
  }

  private static void data(XmlOut x, String key, String value) throws XMLStreamException {
    if (value != null) {
      x.text("data", value, "key", key);
    }
  }
}
