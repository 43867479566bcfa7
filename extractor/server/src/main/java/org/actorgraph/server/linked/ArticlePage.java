package org.actorgraph.server.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The page of an article: its metadata, its text with each sentence anchored by its fragment
 * ({@code #s3}, so that sentence IRIs land on their sentence) and each entity mention marked and
 * linked to the entity's page, and the facts the article states, with the confidence and evidence
 * it gives them.
 */
final class ArticlePage {

  private static final Set<Node> NOT_METADATA = Set.of(AG.body.asNode(), RDF.type.asNode());

  /** The order of the metadata rows; other properties come after these. */
  private static final List<Node> METADATA_ORDER =
      java.util.stream.Stream.of(
              AG.headline,
              AG.url,
              AG.datePublished,
              AG.author,
              AG.publisher,
              AG.articleId,
              AG.language,
              AG.extractedAt,
              AG.extractorVersion,
              AG.extractedBy)
          .map(p -> p.asNode())
          .toList();

  private static int order(Node property) {
    int i = METADATA_ORDER.indexOf(property);
    return i < 0 ? METADATA_ORDER.size() : i;
  }

  private ArticlePage() {}

  static String html(StoreView store, Node article) {
    FactView view = new FactView(store);
    Html h = ResourcePage.start(store.label(article), article);
    h.raw("<table>\n");
    List<Triple> metadata = new ArrayList<>(store.outgoing(article));
    metadata.sort(Comparator.comparingInt(t -> order(t.getPredicate())));
    for (Triple t : metadata) {
      if (!NOT_METADATA.contains(t.getPredicate())) {
        h.raw("<tr><th>").text(store.label(t.getPredicate())).raw("</th><td>");
        view.value(h, t.getObject());
        h.raw("</td></tr>\n");
      }
    }
    h.raw("</table>\n");
    h.element("h2", "Text");
    h.raw("<div class=\"body\">");
    text(h, store, article);
    h.raw("</div>\n");
    h.element("h2", "Facts");
    h.raw("<ul>\n");
    for (Node fact : store.typedIn(article, AG.Assertion.asNode())) {
      h.raw("<li><b>").text(view.kind(fact)).raw("</b> ");
      view.values(h, fact, null);
      view.confidence(h, fact, article);
      h.raw(" <span class=\"small\">");
      store.iris().href(fact).ifPresent(u -> h.link(u, "fact"));
      h.raw("</span>\n");
      view.articleValues(h, fact, article, Integer.MAX_VALUE);
      view.evidence(h, fact, article, Integer.MAX_VALUE);
      h.raw("</li>\n");
    }
    h.raw("</ul>\n");
    return h.page();
  }

  /** A span of the body: a sentence (with its index) or an entity mention (with its entity). */
  private record Span(int begin, int end, int index, Node entity) {}

  /** The body, sentence by sentence, with entity mentions marked inside their sentences. */
  private static void text(Html h, StoreView store, Node article) {
    String body = store.literal(article, AG.body).orElse("");
    List<Span> sentences = new ArrayList<>();
    List<Span> mentions = new ArrayList<>();
    for (Node n : store.subjects(AG.article, article)) {
      int begin = store.integer(n, AG.beginIndex);
      int end = store.integer(n, AG.endIndex);
      if (begin < 0 || end > body.length() || begin >= end) {
        continue;
      }
      if (store.isA(n, AG.Sentence)) {
        sentences.add(new Span(begin, end, store.integer(n, AG.sentenceIndex), null));
      } else {
        store.subjects(AG.denotedBy, n).stream()
            .findFirst()
            .ifPresent(e -> mentions.add(new Span(begin, end, -1, e)));
      }
    }
    Comparator<Span> order = Comparator.comparingInt(Span::begin).thenComparingInt(Span::end);
    sentences.sort(order);
    mentions.sort(order);
    int at = 0;
    for (Span s : sentences) {
      if (s.begin() < at) {
        continue;
      }
      h.text(body.substring(at, s.begin()));
      h.raw("<span class=\"s\" id=\"s" + s.index() + "\">");
      int inner = s.begin();
      for (Span m : mentions) {
        if (m.begin() >= inner && m.end() <= s.end()) {
          h.text(body.substring(inner, m.begin())).raw("<mark>");
          store
              .iris()
              .href(m.entity())
              .ifPresentOrElse(
                  u -> h.link(u, body.substring(m.begin(), m.end())),
                  () -> h.text(body.substring(m.begin(), m.end())));
          h.raw("</mark>");
          inner = m.end();
        }
      }
      h.text(body.substring(inner, s.end())).raw("</span>");
      at = s.end();
    }
    h.text(body.substring(at));
  }
}
