package org.actorgraph.server.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The page of an actor or place: its names, types, Wikidata link, every fact it takes part in
 * grouped by kind and by its role in the fact (e.g. "Interaction, as target"), each with its
 * confidence, its other actors as links and its evidence sentences, and the articles that mention
 * it.
 *
 * <p>Design decision: a page lists at most {@value #MAX_FACTS} facts per group (highest confidence
 * first) and {@value #MAX_EVIDENCE} evidence sentences per fact, and says how many it leaves out,
 * so that a country named in thousands of articles still gets a page of readable size; the RDF
 * formats and SPARQL have everything.
 */
final class ActorPage {

  static final int MAX_FACTS = 100;
  static final int MAX_EVIDENCE = 3;
  static final int MAX_ARTICLES = 200;
  private static final String WIKIDATA_PAGE = "https://www.wikidata.org/wiki/";

  private ActorPage() {}

  static String html(StoreView store, Node actor) {
    FactView view = new FactView(store);
    Html h = ResourcePage.start(store.label(actor), actor);
    names(h, store, actor);
    h.raw("<p>Types: ");
    list(h, view, store.objects(actor, RDF.type));
    h.raw("</p>\n");
    store
        .literal(actor, AG.wikidataId)
        .ifPresent(q -> h.raw("<p>Wikidata: ").link(WIKIDATA_PAGE + q, q).raw("</p>\n"));
    for (Node same : store.objects(actor, OWL.sameAs)) {
      if (!same.getURI().startsWith("http://www.wikidata.org/entity/")) {
        h.raw("<p>Same as: ");
        view.value(h, same);
        h.raw("</p>\n");
      }
    }
    store.literal(actor, AG.isoCode).ifPresent(c -> h.raw("<p>ISO code: ").text(c).raw("</p>\n"));
    facts(h, store, view, actor);
    articles(h, store, view, actor);
    return h.page();
  }

  private static void names(Html h, StoreView store, Node actor) {
    Set<String> names = new LinkedHashSet<>();
    store.objects(actor, RDFS.label).forEach(n -> names.add(store.label(n)));
    store.objects(actor, SKOS.altLabel).forEach(n -> names.add(store.label(n)));
    h.raw("<p>Names: ").text(String.join(" · ", names)).raw("</p>\n");
  }

  private static void list(Html h, FactView view, List<Node> nodes) {
    String sep = "";
    for (Node n : nodes) {
      h.raw(sep);
      view.value(h, n);
      sep = ", ";
    }
  }

  /** Facts naming the actor, grouped by "kind, as role", each group by confidence. */
  private static void facts(Html h, StoreView store, FactView view, Node actor) {
    Map<String, List<Node>> groups = new TreeMap<>();
    for (Triple t : store.incoming(actor)) {
      Node fact = t.getSubject();
      if (store.isA(fact, AG.Assertion)) {
        String key = view.kind(fact) + ", as " + store.label(t.getPredicate());
        List<Node> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
        if (!group.contains(fact)) {
          group.add(fact);
        }
      }
    }
    h.element("h2", "Facts");
    if (groups.isEmpty()) {
      h.element("p", "No facts name this actor.");
    }
    for (Map.Entry<String, List<Node>> group : groups.entrySet()) {
      List<Node> facts = new ArrayList<>(group.getValue());
      Map<Node, Double> confidence = new java.util.HashMap<>();
      facts.forEach(f -> confidence.put(f, view.bestConfidence(f)));
      facts.sort(Comparator.comparing(confidence::get).reversed());
      h.element("h3", group.getKey() + " (" + facts.size() + ")");
      h.raw("<ul>\n");
      for (Node fact : facts.subList(0, Math.min(MAX_FACTS, facts.size()))) {
        h.raw("<li>");
        view.values(h, fact, actor);
        view.confidence(h, fact, null);
        h.raw(" <span class=\"small\">");
        store.iris().href(fact).ifPresent(u -> h.link(u, "fact"));
        h.raw("</span>\n");
        view.articleValues(h, fact, null, MAX_EVIDENCE);
        view.evidence(h, fact, null, MAX_EVIDENCE);
        h.raw("</li>\n");
      }
      h.raw("</ul>\n");
      if (facts.size() > MAX_FACTS) {
        h.element("p", (facts.size() - MAX_FACTS) + " more facts of this kind not listed.");
      }
    }
  }

  private static void articles(Html h, StoreView store, FactView view, Node actor) {
    List<Node> articles = store.objects(actor, AG.mentionedIn);
    h.element("h2", "Mentioned in " + articles.size() + " articles");
    h.raw("<ul>\n");
    for (Node a : articles.subList(0, Math.min(MAX_ARTICLES, articles.size()))) {
      h.raw("<li>");
      view.value(h, a);
      store
          .literal(a, AG.datePublished)
          .ifPresent(d -> h.raw(" <span class=\"small\">").text(d).raw("</span>"));
      h.raw("</li>\n");
    }
    h.raw("</ul>\n");
  }
}
