package org.actorgraph.server.linked;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The parts every {@code /id/} page has (the IRI, links to the RDF formats) and the page of a
 * resource that is neither an actor, an article nor a fact (e.g. an extraction run): its statements
 * out and in.
 */
final class ResourcePage {

  /** At most this many incoming statements are listed on a generic page. */
  static final int MAX_INCOMING = 200;

  private ResourcePage() {}

  /** A page titled {@code title} with the IRI of {@code n} and its alternate formats. */
  static Html start(String title, Node n) {
    java.util.Map<String, String> alternates = new java.util.LinkedHashMap<>();
    for (Format f : List.of(Format.TURTLE, Format.NTRIPLES, Format.JSONLD)) {
      alternates.put(f.mediaType(), "?format=" + f.parameter());
    }
    Html h = new Html(title, alternates);
    h.raw("<p class=\"iri\">")
        .text(n.getURI())
        .raw("</p>\n<p class=\"small\">This description as ");
    String sep = "";
    for (Format f : List.of(Format.TURTLE, Format.NTRIPLES, Format.JSONLD)) {
      h.raw(sep).link("?format=" + f.parameter(), f.mediaType());
      sep = " · ";
    }
    h.raw("</p>\n");
    return h;
  }

  /** The generic page: a table of statements about {@code n}, then the statements naming it. */
  static String html(StoreView store, Node n) {
    FactView view = new FactView(store);
    Html h = start(store.label(n), n);
    h.raw("<table>\n");
    for (Triple t : store.outgoing(n)) {
      h.raw("<tr><th>").text(store.label(t.getPredicate())).raw("</th><td>");
      view.value(h, t.getObject());
      h.raw("</td></tr>\n");
    }
    h.raw("</table>\n");
    List<Triple> incoming = store.incoming(n);
    if (!incoming.isEmpty()) {
      h.element("h2", "Referred to by");
      h.raw("<ul>\n");
      for (Triple t : incoming.subList(0, Math.min(MAX_INCOMING, incoming.size()))) {
        h.raw("<li>");
        view.value(h, t.getSubject());
        h.raw(" ").text(store.label(t.getPredicate())).raw("</li>\n");
      }
      h.raw("</ul>\n");
      if (incoming.size() > MAX_INCOMING) {
        h.element("p", (incoming.size() - MAX_INCOMING) + " more not listed (see the RDF).");
      }
    }
    return h.page();
  }
}
