package org.actorgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.actorgraph.docs.OntologyPage;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Serves the ontology at its own IRIs, so that they dereference when the server answers for {@code
 * https://w3id.org/actorgraph/}:
 *
 * <ul>
 *   <li>{@code /ns}, {@code /ns/} and {@code /ns/0.1.0}: the reference page ({@link OntologyPage})
 *       as HTML, or {@code actorgraph.ttl} as Turtle, JSON-LD, N-Triples or RDF/XML, by the {@code
 *       Accept} header (HTML when the client takes anything);
 *   <li>{@code /cameo} and {@code /cameo/NN} (also the quad classes, {@code
 *       /cameo/verbalConflict}): the CAMEO scheme or one concept as RDF, or for HTML a 303 redirect
 *       to its section of the reference page;
 *   <li>{@code /ontology/NAME} for the files of {@code ontology/}: {@code context.jsonld} (the
 *       JSON-LD context, with {@code Access-Control-Allow-Origin: *} so that browser JSON-LD
 *       processors can load it), {@code actorgraph.ttl}, {@code cameo.ttl}, {@code shapes.ttl}.
 * </ul>
 *
 * Anything else under these paths is 404. The page and the models are built once, when the servlet
 * is created.
 */
final class OntologyServlet extends HttpServlet {

  /** The Jetty path specs this servlet is installed under. */
  static final List<String> PATH_SPECS =
      List.of("/ns", "/ns/*", "/cameo", "/cameo/*", "/ontology/*");

  private static final String HTML = "text/html";
  private static final AcceptList OFFER =
      AcceptList.create(
          HTML,
          Lang.TURTLE.getHeaderString(),
          Lang.JSONLD.getHeaderString(),
          Lang.NTRIPLES.getHeaderString(),
          Lang.RDFXML.getHeaderString());
  private static final Map<String, String> FILES =
      Map.of(
          "context.jsonld", "application/ld+json",
          "actorgraph.ttl", "text/turtle",
          "cameo.ttl", "text/turtle",
          "shapes.ttl", "text/turtle");

  private final String page;
  private final Model ontology;
  private final Model cameo;

  OntologyServlet() {
    this.ontology = Ontology.ontology();
    this.cameo = Ontology.cameo();
    this.page = OntologyPage.html(ontology, cameo);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("Vary", "Accept");
    if (path.equals("/ns") || path.equals("/ns/") || path.equals("/ns/0.1.0")) {
      negotiate(request, response, ontology, null);
    } else if (path.equals("/cameo") || path.equals("/cameo/")) {
      negotiate(request, response, cameo, "/ns#concept-schemes");
    } else if (path.startsWith("/cameo/")) {
      concept(request, response, path.substring("/cameo/".length()));
    } else if (path.startsWith("/ontology/") && FILES.containsKey(file(path))) {
      String name = file(path);
      response.setHeader("Access-Control-Allow-Origin", "*");
      send(response, FILES.get(name), Ontology.text(name));
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, path + ": no such ontology resource");
    }
  }

  private static String file(String path) {
    return path.substring("/ontology/".length());
  }

  private void concept(HttpServletRequest request, HttpServletResponse response, String code)
      throws IOException {
    Resource concept = cameo.createResource(AG.CAMEO + code);
    if (code.isEmpty() || code.contains("/") || !cameo.contains(concept, null)) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND, "/cameo/" + code + ": no such CAMEO concept");
      return;
    }
    Model description = ModelFactory.createDefaultModel().setNsPrefixes(cameo.getNsPrefixMap());
    description.add(concept.listProperties());
    negotiate(request, response, description, "/ns#cameo-" + code);
  }

  /**
   * Sends {@code model} in the RDF syntax the client prefers, or for HTML the reference page
   * ({@code htmlAt} null) or a 303 redirect to {@code htmlAt}.
   */
  private void negotiate(
      HttpServletRequest request, HttpServletResponse response, Model model, String htmlAt)
      throws IOException {
    String accept = request.getHeader("Accept");
    MediaType chosen =
        AcceptList.match(
            new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), OFFER);
    if (chosen == null) {
      response.sendError(
          HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: " + OFFER + " (Accept: " + accept + ")");
      return;
    }
    String type = chosen.getContentTypeStr();
    if (type.equals(HTML)) {
      if (htmlAt == null) {
        send(response, HTML, page);
      } else {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + htmlAt);
      }
      return;
    }
    Lang lang = RDFLanguages.contentTypeToLang(type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, model, lang);
    send(response, type, out.toString(StandardCharsets.UTF_8));
  }

  private static void send(HttpServletResponse response, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(type + "; charset=utf-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
