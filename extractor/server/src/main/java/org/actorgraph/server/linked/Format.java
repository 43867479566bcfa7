package org.actorgraph.server.linked;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.rdf.CompactJsonLd;
import org.actorgraph.rdf.Prefixes;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The answer formats of the linked-data documents, chosen by the {@code Accept} header or, for
 * links a browser can follow, by a {@code ?format=} parameter ({@code html}, {@code ttl}, {@code
 * nt}, {@code jsonld}), which wins over the header.
 */
enum Format {
  HTML("text/html", "html"),
  TURTLE("text/turtle", "ttl"),
  NTRIPLES("application/n-triples", "nt"),
  JSONLD("application/ld+json", "jsonld");

  private final String mediaType;
  private final String parameter;

  Format(String mediaType, String parameter) {
    this.mediaType = mediaType;
    this.parameter = parameter;
  }

  /** The media type, e.g. {@code text/turtle}. */
  String mediaType() {
    return mediaType;
  }

  /** The value of {@code ?format=} that asks for this format. */
  String parameter() {
    return parameter;
  }

  /**
   * The format the client asks for among {@code offered} (in order of preference when the client
   * takes several equally, e.g. {@code *}{@code /*}), or empty if it takes none of them.
   */
  static Optional<Format> choose(HttpServletRequest request, List<Format> offered) {
    String asked = request.getParameter("format");
    if (asked != null) {
      String p = asked.toLowerCase(Locale.ROOT);
      return offered.stream().filter(f -> f.parameter.equals(p)).findFirst();
    }
    String accept = request.getHeader("Accept");
    AcceptList offer =
        AcceptList.create(offered.stream().map(Format::mediaType).toArray(String[]::new));
    MediaType chosen =
        AcceptList.match(
            new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), offer);
    if (chosen == null) {
      return Optional.empty();
    }
    String type = chosen.getContentTypeStr();
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
  }

  /** Answers 406 naming the offered types. */
  static void notAcceptable(HttpServletResponse response, List<Format> offered) throws IOException {
    response.sendError(
        HttpServletResponse.SC_NOT_ACCEPTABLE,
        "offered: " + String.join(", ", offered.stream().map(Format::mediaType).toList()));
  }

  /**
   * Writes {@code graph} in this (RDF) format; Turtle gets the project's prefixes, JSON-LD is
   * compacted with the project's context ({@link CompactJsonLd}).
   */
  void write(Graph graph, Map<String, String> extraPrefixes, OutputStream out) {
    switch (this) {
      case TURTLE -> {
        Graph prefixed = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        prefixed.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        prefixed.getPrefixMapping().setNsPrefixes(extraPrefixes);
        prefixed.getPrefixMapping().setNsPrefix("dct", "http://purl.org/dc/terms/");
        graph.find().forEachRemaining(prefixed::add);
        RDFDataMgr.write(out, prefixed, RDFFormat.TURTLE_PRETTY);
      }
      case NTRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
      case JSONLD -> CompactJsonLd.write(DatasetGraphFactory.wrap(graph), out);
      case HTML -> throw new IllegalStateException("HTML is not an RDF syntax");
    }
  }

  /** Sends {@code graph} in this format as a 200 answer. */
  void send(HttpServletResponse response, Graph graph, Map<String, String> extraPrefixes)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(graph, extraPrefixes, body);
    send(response, mediaType, body.toByteArray());
  }

  /** Sends an HTML page as a 200 answer. */
  static void sendHtml(HttpServletResponse response, String page) throws IOException {
    send(response, HTML.mediaType, page.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpServletResponse response, String type, byte[] body)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(type + "; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
