package org.actorgraph.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences the data IRIs: {@code GET /id/REST} describes {@code <base>REST} (see {@link
 * IriMapping}) as Turtle, N-Triples, compact JSON-LD (the project's context) or an HTML page, by
 * the {@code Accept} header or {@code ?format=}. Actors and places, articles and facts have their
 * own pages ({@link ActorPage}, {@link ArticlePage}, {@link FactPage}); anything else described in
 * the store gets a table of its statements. Sentence and mention IRIs are fragments of their
 * article's IRI ({@code <article>#s3}), so a client fetches the article's document, which describes
 * them, and a browser lands on the sentence's anchor in the article page. An IRI the store says
 * nothing about as a subject is 404.
 *
 * <p>The RDF description of a resource is every triple of the union graph with it as subject or
 * object, and those of the articles' views of it ({@code ?v ag:viewOf <iri>}: confidence, dates,
 * status per article); an article's document adds the triples of its sentences, mentions and views,
 * whose IRIs are fragments of the article's.
 *
 * <p>Design decision: a direct 200, not a 303 redirect. The IRIs name people, countries and facts,
 * not documents, and the classic answer (httpRange-14) is a 303 to a separate document; the W3C
 * TAG's later resolution accepts a 200 whose body describes the IRI instead. A deployment already
 * puts a redirect in front (w3id.org answers with a redirect to this server), so a 303 here would
 * be a second round trip for every lookup by a crawler or a browser application, and every client
 * that follows a 303 also takes the 200. Formats are chosen by {@code Accept} with {@code Vary:
 * Accept}; the {@code ?format=} addresses, named in a {@code Link} header ({@code
 * rel="alternate"}), are the documents to cite as documents.
 */
final class IdServlet extends HttpServlet {

  /** Offered formats, HTML first: a client taking anything (a browser link) gets the page. */
  static final List<Format> OFFER =
      List.of(Format.HTML, Format.TURTLE, Format.JSONLD, Format.NTRIPLES);

  private final String base;
  private final DatasetLookup lookup;

  IdServlet(String base, DatasetLookup lookup) {
    this.base = base;
    this.lookup = lookup;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    IriMapping mapping = new IriMapping(base, request.getContextPath());
    Optional<Node> iri =
        path.startsWith(IriMapping.PATH)
            ? mapping.iri(path.substring(IriMapping.PATH.length()))
            : Optional.empty();
    response.setHeader("Vary", "Accept");
    if (iri.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, path + ": not a data IRI's address");
      return;
    }
    Optional<Format> format = Format.choose(request, OFFER);
    if (format.isEmpty()) {
      Format.notAcceptable(response, OFFER);
      return;
    }
    DatasetGraph dataset = lookup.dataset(getServletContext());
    dataset.begin(TxnType.READ);
    try {
      StoreView store = new StoreView(dataset, mapping);
      Node n = iri.get();
      if (!store.describes(n)) {
        response.sendError(
            HttpServletResponse.SC_NOT_FOUND, n.getURI() + ": the graph says nothing about it");
        return;
      }
      response.setHeader("Link", alternates(request.getRequestURI()));
      if (format.get() == Format.HTML) {
        Format.sendHtml(response, page(store, n));
      } else {
        format.get().send(response, description(store, n), Map.of());
      }
    } finally {
      dataset.end();
    }
  }

  /** The {@code Link} header naming each format's own address, e.g. {@code <...?format=ttl>}. */
  static String alternates(String path) {
    StringBuilder link = new StringBuilder();
    for (Format f : OFFER) {
      link.append(link.isEmpty() ? "" : ", ")
          .append('<')
          .append(path)
          .append("?format=")
          .append(f.parameter())
          .append(">; rel=\"alternate\"; type=\"")
          .append(f.mediaType())
          .append('"');
    }
    return link.toString();
  }

  private static String page(StoreView store, Node n) {
    if (store.isA(n, AG.Article)) {
      return ArticlePage.html(store, n);
    } else if (store.isA(n, AG.Assertion)) {
      return FactPage.html(store, n);
    } else if (store.isA(n, AG.Actor)
        || store.isA(n, AG.Place)
        || !store.objects(n, AG.mentionedIn).isEmpty()) {
      return ActorPage.html(store, n);
    }
    return ResourcePage.html(store, n);
  }

  /**
   * The resource's triples, with those of the article views of it (what each article says of an
   * entity or fact); for an article also those of its sentences, mentions and views.
   */
  private static org.apache.jena.graph.Graph description(StoreView store, Node n) {
    org.apache.jena.graph.Graph g = store.description(n);
    for (Node view : store.views(n, null)) {
      store.outgoing(view).forEach(g::add);
    }
    if (store.isA(n, AG.Article)) {
      for (Node part : store.subjects(AG.article, n)) {
        store.outgoing(part).forEach(g::add);
      }
    }
    return g;
  }
}
