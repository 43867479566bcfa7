package org.actorgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3, Gephi's own format. Node ids are the actors' IRIs. Each edge has its kind (with the
 * CAMEO root for interactions) as GEXF {@code kind}, so that Gephi keeps parallel edges of
 * different kinds apart, its number of facts as {@code weight}, and, when dated, its first and last
 * day as {@code start} and {@code end}: the graph is then {@code dynamic} and Gephi's timeline
 * filters it.
 */
public final class GexfWriter implements NetworkWriter {

  public static final String NS = "http://gexf.net/1.3";
  public static final String SCHEMA = "http://gexf.net/1.3/gexf.xsd";

  private static final String[][] NODE_ATTRIBUTES = {
    {"type", "type", "string"},
    {"wikidata", "wikidata", "string"},
    {"articles", "articles", "integer"}
  };
  private static final String[][] EDGE_ATTRIBUTES = {
    {"kind", "kind", "string"},
    {"cameo", "cameo", "string"},
    {"confidence", "confidence", "double"},
    {"facts", "facts", "integer"},
    {"firstDate", "firstDate", "string"},
    {"lastDate", "lastDate", "string"}
  };

  @Override
  public void write(ActorNetwork network, OutputStream out) throws IOException {
    try {
      XmlOut x = new XmlOut(out);
      XMLStreamWriter xml = x.xml();
      x.startDocument("gexf", NS, SCHEMA);
      x.attr("version", "1.3");
      x.start("meta");
      x.attr("lastmodifieddate", LocalDate.now().toString());
      x.text("creator", "actorgraph");
      x.text("description", "Actors and their relationships extracted from news articles");
      x.end(true);
      x.start("graph");
      x.attr("defaultedgetype", "directed");
      boolean dated = network.edges().stream().anyMatch(e -> e.firstDate() != null);
      x.attr("mode", dated ? "dynamic" : "static");
      if (dated) {
        x.attr("timeformat", "date");
      }
      attributes(x, "node", NODE_ATTRIBUTES);
      attributes(x, "edge", EDGE_ATTRIBUTES);
      x.start("nodes");
      x.attr("count", Integer.toString(network.nodes().size()));
      for (ActorNode n : network.nodes()) {
        node(x, n);
      }
      x.end(!network.nodes().isEmpty());
      x.start("edges");
      x.attr("count", Integer.toString(network.edges().size()));
      for (RelationEdge e : network.edges()) {
        edge(x, e);
      }
      x.end(!network.edges().isEmpty());
      x.end(true);
      x.end(true);
      x.finish();
    } catch (XMLStreamException e) {
      throw new IOException("GEXF: " + e.getMessage(), e);
    }
  }

  private static void attributes(XmlOut x, String forClass, String[][] attributes)
      throws XMLStreamException {
    x.start("attributes");
    x.attr("class", forClass);
    for (String[] a : attributes) {
      x.empty("attribute");
      x.attr("id", a[0]);
      x.attr("title", a[1]);
      x.attr("type", a[2]);
    }
    x.end(true);
  }

  private static void node(XmlOut x, ActorNode n) throws XMLStreamException {
    x.start("node");
    x.attr("id", n.id());
    x.attr("label", n.label());
    x.start("attvalues");
    value(x, "type", n.type());
    value(x, "wikidata", n.wikidataId());
    value(x, "articles", Integer.toString(n.articles()));
    x.end(true);
    x.end(true);
  }

  private static void edge(XmlOut x, RelationEdge e) throws XMLStreamException {
    x.start("edge");
    x.attr("id", e.id());
    x.attr("source", e.source());
    x.attr("target", e.target());
    x.attr("type", e.directed() ? "directed" : "undirected");
    x.attr("label", e.label());
    x.attr("weight", Integer.toString(e.weight()));
    x.attr("kind", Relations.typeName(e));
    if (e.firstDate() != null) {
      x.attr("start", e.firstDate().toString());
      x.attr("end", e.lastDate().toString());
    }
    x.start("attvalues");
    value(x, "kind", e.kind().name());
    value(x, "cameo", e.cameo());
    value(x, "confidence", Double.toString(e.confidence()));
    value(x, "facts", Integer.toString(e.weight()));
    value(x, "firstDate", e.firstDate() == null ? null : e.firstDate().toString());
    value(x, "lastDate", e.lastDate() == null ? null : e.lastDate().toString());
    x.end(true);
    x.end(true);
  }

  private static void value(XmlOut x, String attribute, String value) throws XMLStreamException {
    if (value != null) {
      x.empty("attvalue");
      x.attr("for", attribute);
      x.attr("value", value);
    }
  }
}
