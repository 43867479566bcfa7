package org.actorgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js elements JSON ({@code .cyjs}), which {@code cy.add(json.elements)} and Cytoscape
 * desktop's "Import Network from File" read: {@code {"elements": {"nodes": [{"data": {"id", ...}}],
 * "edges": [{"data": {"id", "source", "target", ...}}]}}}. Node ids are the actors' IRIs; {@code
 * name} is the label (Cytoscape desktop shows it), edges' {@code interaction} their type.
 */
public final class CytoscapeJsonWriter implements NetworkWriter {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void write(ActorNetwork network, OutputStream out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("format_version", "1.0");
    g.writeStringField("generated_by", "actorgraph");
    g.writeStringField("target_cytoscapejs_version", "~3");
    g.writeObjectFieldStart("data");
    g.writeStringField("name", "actorgraph");
    g.writeEndObject();
    g.writeObjectFieldStart("elements");
    g.writeArrayFieldStart("nodes");
    for (ActorNode n : network.nodes()) {
      node(g, n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    for (RelationEdge e : network.edges()) {
      edge(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void node(JsonGenerator g, ActorNode n) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("data");
    g.writeStringField("id", n.id());
    g.writeStringField("name", n.label());
    g.writeStringField("label", n.label());
    g.writeStringField("type", n.type());
    if (n.wikidataId() != null) {
      g.writeStringField("wikidata", n.wikidataId());
    }
    g.writeNumberField("articles", n.articles());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void edge(JsonGenerator g, RelationEdge e) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("data");
    g.writeStringField("id", e.id());
    g.writeStringField("source", e.source());
    g.writeStringField("target", e.target());
    g.writeStringField("interaction", Relations.typeName(e));
    g.writeStringField("label", e.label());
    g.writeStringField("kind", e.kind().name());
    if (e.cameo() != null) {
      g.writeStringField("cameo", e.cameo());
    }
    g.writeBooleanField("directed", e.directed());
    g.writeNumberField("weight", e.weight());
    g.writeNumberField("confidence", e.confidence());
    if (e.firstDate() != null) {
      g.writeStringField("firstDate", e.firstDate().toString());
      g.writeStringField("lastDate", e.lastDate().toString());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
