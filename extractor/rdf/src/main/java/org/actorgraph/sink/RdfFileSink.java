package org.actorgraph.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.actorgraph.rdf.CompactJsonLd;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes article graphs to a stream in TriG, N-Quads, Turtle or JSON-LD. TriG and N-Quads are
 * streamed article by article; Turtle (the union of all article graphs, without graph names) and
 * JSON-LD (one compact document with the ontology's context and one named graph per article, see
 * {@link org.actorgraph.rdf.CompactJsonLd}) are written when the sink closes.
 */
public final class RdfFileSink implements GraphSink {

  /** The output formats, by command-line name. */
  public enum Format {
    TRIG,
    NQUADS,
    TURTLE,
    JSONLD;

    public static Format parse(String name) {
      return switch (name.toLowerCase(Locale.ROOT).replace("-", "")) {
        case "trig" -> TRIG;
        case "nquads", "nq" -> NQUADS;
        case "turtle", "ttl" -> TURTLE;
        case "jsonld", "json" -> JSONLD;
        default ->
            throw new IllegalArgumentException(
                "unknown format '" + name + "' (expected trig, nquads, turtle or jsonld)");
      };
    }
  }

  private final OutputStream out;
  private final Format format;
  private final StreamRDF stream;
  private final DatasetGraph collected;

  public RdfFileSink(OutputStream out, Format format) {
    this.out = out;
    this.format = format;
    if (format == Format.TRIG || format == Format.NQUADS) {
      RDFFormat f = format == Format.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS;
      this.stream = StreamRDFWriter.getWriterStream(out, f);
      this.stream.start();
      org.actorgraph.rdf.Prefixes.standard().forEach(stream::prefix);
      this.collected = null;
    } else {
      this.stream = null;
      this.collected = DatasetGraphFactory.createGeneral();
      org.actorgraph.rdf.Prefixes.standard().forEach(collected.prefixes()::add);
    }
  }

  @Override
  public void put(Node name, Graph content) {
    if (stream != null) {
      content.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
    } else {
      collected.removeGraph(name);
      collected.addGraph(name, content);
    }
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.finish();
      } else if (format == Format.TURTLE) {
        Graph union = collected.getUnionGraph();
        union.getPrefixMapping().setNsPrefixes(org.actorgraph.rdf.Prefixes.standard());
        RDFDataMgr.write(out, union, RDFFormat.TURTLE_PRETTY);
      } else {
        CompactJsonLd.write(collected, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output", e);
    }
  }
}
