package org.actorgraph.server.linked;

import org.apache.jena.graph.Node;

/**
 * The page of a fact: its kind and values (actors as links), its confidence in each article that
 * states it, every evidence sentence, and the articles it comes from.
 */
final class FactPage {

  private FactPage() {}

  static String html(StoreView store, Node fact) {
    FactView view = new FactView(store);
    Html h = ResourcePage.start(view.kind(fact), fact);
    h.raw("<p>");
    view.values(h, fact, null);
    view.confidence(h, fact, null);
    h.raw("</p>\n");
    view.articleValues(h, fact, null, Integer.MAX_VALUE);
    h.element("h2", "Evidence");
    view.evidence(h, fact, null, Integer.MAX_VALUE);
    h.element("h2", "Stated in");
    h.raw("<ul>\n");
    for (Node article : store.graphsDescribing(fact)) {
      h.raw("<li>");
      view.value(h, article);
      h.raw("</li>\n");
    }
    h.raw("</ul>\n");
    return h.page();
  }
}
