package org.actorgraph.rdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The wire form of one article graph on a message stream (Kafka): the key is the article graph's
 * IRI in UTF-8, the value the graph as N-Quads in UTF-8, every quad in that graph. A message with
 * no value (a tombstone) says the article was removed. A consumer applies a message by replacing
 * the named graph whole, so replaying a message is harmless.
 */
public final class ArticleGraphMessages {

  private ArticleGraphMessages() {}

  /** The message key of an article graph: its IRI. */
  public static byte[] key(Node graphName) {
    if (!graphName.isURI()) {
      throw new IllegalArgumentException("an article graph is named by an IRI, not " + graphName);
    }
    return graphName.getURI().getBytes(StandardCharsets.UTF_8);
  }

  /** The message value of an article graph: its triples as N-Quads in that graph. */
  public static byte[] value(ArticleGraph article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
    writer.start();
    Node name = article.name();
    article.graph().find().forEachRemaining(t -> writer.quad(Quad.create(name, t)));
    writer.finish();
    return out.toByteArray();
  }

  /** The graph name a message key carries. */
  public static Node graphName(byte[] key) {
    Objects.requireNonNull(key, "a message without a key names no article graph");
    String iri = new String(key, StandardCharsets.UTF_8);
    if (iri.isBlank()) {
      throw new IllegalArgumentException("a message key is empty; it must be an article graph IRI");
    }
    return NodeFactory.createURI(iri);
  }

  /**
   * Reads a message back into the article graph it carries.
   *
   * @throws IllegalArgumentException naming the key when the value is not N-Quads or holds a quad
   *     outside the graph the key names
   */
  public static ArticleGraph decode(byte[] key, byte[] value) {
    Node name = graphName(key);
    Objects.requireNonNull(value, "a tombstone carries no graph; check for null before decoding");
    Graph graph = GraphFactory.createDefaultGraph();
    StreamRDF collect =
        new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            if (!name.equals(q.getGraph())) {
              throw new IllegalArgumentException(
                  "message " + name.getURI() + " holds a quad in another graph: " + q.getGraph());
            }
            graph.add(q.asTriple());
          }

          @Override
          public void triple(org.apache.jena.graph.Triple t) {
            throw new IllegalArgumentException(
                "message " + name.getURI() + " holds a triple outside any named graph");
          }
        };
    try {
      RDFParser.source(new ByteArrayInputStream(value))
          .lang(Lang.NQUADS)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(collect);
    } catch (RiotException e) {
      throw new IllegalArgumentException(
          "message " + name.getURI() + " is not valid N-Quads: " + e.getMessage(), e);
    }
    return new ArticleGraph(name, graph);
  }
}
