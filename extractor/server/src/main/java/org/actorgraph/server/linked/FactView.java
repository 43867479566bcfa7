package org.actorgraph.server.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Renders the parts of a fact (an {@code ag:Assertion}) that the actor, article and fact pages
 * share: its kind, its values with other actors as links, its confidence per article and its
 * evidence sentences with the evidence span highlighted and a link to the sentence in its article.
 */
final class FactView {

  /** Properties shown apart from a fact's other values. */
  private static final Set<Node> SHOWN_APART =
      Set.of(RDF.type.asNode(), AG.evidence.asNode(), AG.confidence.asNode());

  private final StoreView store;

  FactView(StoreView store) {
    this.store = store;
  }

  /** The kind of a fact: {@code Agreement} for every agreement form, else its class's label. */
  String kind(Node fact) {
    List<Node> types = store.objects(fact, RDF.type);
    if (types.contains(AG.Agreement.asNode())) {
      return store.label(AG.Agreement.asNode());
    }
    return types.stream()
        .filter(t -> !t.equals(AG.Assertion.asNode()))
        .findFirst()
        .map(store::label)
        .orElse(store.label(AG.Assertion.asNode()));
  }

  /** The highest confidence any article gives {@code fact} (0 when none is given). */
  double bestConfidence(Node fact) {
    double best = 0;
    for (List<Node> values : store.perArticle(fact, AG.confidence).values()) {
      for (Node v : values) {
        if (v.isLiteral() && v.getLiteralValue() instanceof Number n) {
          best = Math.max(best, n.doubleValue());
        }
      }
    }
    return best;
  }

  /** A link to {@code n} showing its label, or its label alone when it has no address. */
  void value(Html h, Node n) {
    String label = store.label(n);
    if (n.isURI() && n.getURI().startsWith(AG.CAMEO)) {
      String code = n.getURI().substring(AG.CAMEO.length());
      label = code.equals(label) ? code : code + " " + label;
    }
    if (n.isLiteral() && XSDDatatype.XSDanyURI.getURI().equals(n.getLiteralDatatypeURI())) {
      n = NodeFactory.createURI(n.getLiteralLexicalForm());
    }
    var href = store.iris().href(n);
    if (href.isPresent()) {
      h.link(href.get(), label);
    } else {
      h.text(label);
    }
  }

  /**
   * The fact's values as "property: value" items, leaving out the property {@code skip} pointing at
   * {@code self} (the actor whose page this is; null for none).
   */
  void values(Html h, Node fact, Node self) {
    List<Triple> shown = new ArrayList<>();
    for (Triple t : store.outgoing(fact)) {
      if (!SHOWN_APART.contains(t.getPredicate()) && !t.getObject().equals(self)) {
        shown.add(t);
      }
    }
    shown.sort(java.util.Comparator.comparing(t -> store.label(t.getPredicate())));
    h.raw("<span class=\"values\">");
    String sep = "";
    for (Triple t : shown) {
      h.raw(sep).text(store.label(t.getPredicate())).raw(": ");
      value(h, t.getObject());
      sep = "; ";
    }
    h.raw("</span>");
  }

  /** What a view holds that is not shown apart: the interval is the date's, the rest is links. */
  private static final Set<Node> VIEW_APART =
      Set.of(
          RDF.type.asNode(),
          StoreView.VIEW_OF.asNode(),
          AG.article.asNode(),
          AG.confidence.asNode(),
          AG.startDate.asNode(),
          AG.endDate.asNode());

  /**
   * What each article says of {@code fact} on its view (date, trigger, status...), as "in article:
   * property: value" lines; of article {@code in} only, without naming it, unless null.
   */
  void articleValues(Html h, Node fact, Node in, int max) {
    int shown = 0;
    for (Node view : store.views(fact, in)) {
      List<Triple> values = new ArrayList<>();
      for (Triple t : store.outgoing(view)) {
        if (!VIEW_APART.contains(t.getPredicate())) {
          values.add(t);
        }
      }
      if (values.isEmpty() || shown++ == max) {
        continue;
      }
      values.sort(java.util.Comparator.comparing(t -> store.label(t.getPredicate())));
      h.raw("<div class=\"ev small\">");
      if (in == null) {
        h.text("in ");
        store.object(view, AG.article).ifPresent(a -> value(h, a));
        h.text(": ");
      }
      String sep = "";
      for (Triple t : values) {
        h.raw(sep).text(store.label(t.getPredicate())).raw(": ");
        value(h, t.getObject());
        sep = "; ";
      }
      h.raw("</div>\n");
    }
  }

  /** "confidence 0.9" (one article) or "confidence 0.9, 0.7 (2 articles)"; {@code in} limits. */
  void confidence(Html h, Node fact, Node in) {
    List<String> values = new ArrayList<>();
    int articles = 0;
    for (Map.Entry<Node, List<Node>> e : store.perArticle(fact, AG.confidence).entrySet()) {
      if (in == null || e.getKey().equals(in)) {
        articles++;
        e.getValue().forEach(v -> values.add(store.label(v)));
      }
    }
    if (values.isEmpty()) {
      return;
    }
    h.raw(" <span class=\"small\">confidence ").text(String.join(", ", values));
    if (articles > 1) {
      h.text(" (" + articles + " articles)");
    }
    h.raw("</span>");
  }

  /**
   * The evidence sentences of {@code fact} (only those of article {@code in} unless null), at most
   * {@code max}, each with its evidence span marked and a link to the sentence in its article.
   */
  void evidence(Html h, Node fact, Node in, int max) {
    List<Node> mentions = store.objects(fact, AG.evidence);
    int shown = 0;
    int skipped = 0;
    for (Node mention : mentions) {
      Node article = store.object(mention, AG.article).orElse(null);
      if (in != null && !in.equals(article)) {
        continue;
      }
      if (shown == max) {
        skipped++;
        continue;
      }
      shown++;
      h.raw("<div class=\"ev\">");
      sentence(h, mention);
      if (article != null) {
        h.raw(" <span class=\"small\">(");
        Node sentence = store.object(mention, AG.sentence).orElse(article);
        store.iris().href(sentence).ifPresentOrElse(u -> h.link(u, store.label(article)), () -> {});
        h.raw(")</span>");
      }
      h.raw("</div>\n");
    }
    if (skipped > 0) {
      h.raw("<div class=\"ev small\">")
          .text("and " + skipped + " more sentences: see the fact's page")
          .raw("</div>\n");
    }
  }

  /** The sentence of an evidence mention, with the mention's span marked. */
  private void sentence(Html h, Node mention) {
    Node sentence = store.object(mention, AG.sentence).orElse(null);
    String text = sentence == null ? null : store.literal(sentence, AG.text).orElse(null);
    if (text == null) {
      h.text(store.literal(mention, AG.anchorOf).orElse(""));
      return;
    }
    int offset = store.integer(sentence, AG.beginIndex);
    int begin = store.integer(mention, AG.beginIndex) - offset;
    int end = store.integer(mention, AG.endIndex) - offset;
    if (offset < 0 || begin < 0 || end > text.length() || begin >= end) {
      h.text(text);
      return;
    }
    h.text(text.substring(0, begin))
        .raw("<mark>")
        .text(text.substring(begin, end))
        .raw("</mark>")
        .text(text.substring(end));
  }
}
