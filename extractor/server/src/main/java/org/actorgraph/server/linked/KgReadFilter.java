package org.actorgraph.server.linked;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Two reads on the public service ({@code /kg}) that Fuseki answers differently from what SPARQL
 * sees, answered here before Fuseki's dispatch:
 *
 * <ul>
 *   <li>{@code GET /kg?default} (and {@code /kg/get?default}), the Graph Store Protocol's default
 *       graph: the union of the article graphs, the same graph SPARQL's default graph is. Fuseki
 *       would return TDB2's stored default graph, which is empty (the union-default-graph setting
 *       applies to SPARQL only). Turtle (streamed) by default; N-Triples (streamed), RDF/XML and
 *       JSON-LD by {@code Accept}.
 *   <li>{@code GET /kg/sparql} (or {@code /kg/query}) without a {@code query} parameter: the SPARQL
 *       1.1 service description ({@link ServiceDescription}), Turtle by default.
 * </ul>
 *
 * Every other request goes on to Fuseki unchanged.
 */
final class KgReadFilter extends HttpFilter {

  private static final AcceptList GRAPH_OFFER =
      AcceptList.create(
          Lang.TURTLE.getHeaderString(),
          Lang.NTRIPLES.getHeaderString(),
          Lang.JSONLD.getHeaderString(),
          Lang.RDFXML.getHeaderString());

  private final DatasetLookup lookup;

  KgReadFilter(DatasetLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String service = lookup.serviceName();
    boolean noQuery = request.getParameter("query") == null;
    if ((path.equals(service) || path.equals(service + "/get"))
        && request.getParameter("default") != null
        && request.getParameter("graph") == null
        && noQuery) {
      unionGraph(request, response);
    } else if ((path.equals(service + "/sparql") || path.equals(service + "/query")) && noQuery) {
      Model description = ServiceDescription.of(PublicRoot.of(request) + path, service);
      // The description is always given (SPARQL 1.1 Service Description, section 2): in Turtle
      // when the client, e.g. a browser asking for HTML, takes none of the RDF syntaxes.
      Lang lang = matchLang(request, response);
      lang = lang == null ? Lang.TURTLE : lang;
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
      if (method.equals("GET")) {
        RDFDataMgr.write(response.getOutputStream(), description, lang);
      }
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The RDF syntax the client takes (Turtle first), or null after answering 406. */
  private static Lang chooseLang(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Lang lang = matchLang(request, response);
    if (lang == null) {
      response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: " + GRAPH_OFFER);
    }
    return lang;
  }

  /** The RDF syntax the client takes (Turtle first), or null if it takes none. */
  private static Lang matchLang(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Vary", "Accept");
    String accept = request.getHeader("Accept");
    MediaType chosen =
        AcceptList.match(
            new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), GRAPH_OFFER);
    return chosen == null ? null : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
  }

  private void unionGraph(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Lang lang = chooseLang(request, response);
    if (lang == null) {
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
    if (request.getMethod().equals("HEAD")) {
      return;
    }
    DatasetGraph dataset = lookup.dataset(request.getServletContext());
    dataset.begin(TxnType.READ);
    try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16)) {
      Graph union = dataset.getUnionGraph();
      if (lang.equals(Lang.TURTLE) || lang.equals(Lang.NTRIPLES)) {
        RDFFormat format = lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES;
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        union.getPrefixMapping().getNsPrefixMap().forEach(writer::prefix);
        union.find().forEachRemaining(writer::triple);
        writer.finish();
      } else {
        // RDF/XML and JSON-LD writers are not streaming: the answer is built as Fuseki would.
        RDFDataMgr.write(out, union, lang);
      }
    } finally {
      dataset.end();
    }
  }
}
