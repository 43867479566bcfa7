package org.actorgraph.server.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * The JSON API behind the graph page: each method takes the request's parameters and returns a tree
 * of maps, lists, strings and numbers for the servlet to write as JSON (which escapes every
 * string). Bad parameters raise {@link IllegalArgumentException} with a message for the client.
 */
final class ExploreApi {

  /**
   * Neighbours added per expansion unless the request asks for fewer or more (up to {@link
   * #MAX_LIMIT}).
   */
  static final int DEFAULT_LIMIT = 25;

  /** The largest number of neighbours one expansion may add. */
  static final int MAX_LIMIT = 100;

  /** Facts whose evidence one request returns, best confidence first. */
  static final int MAX_EVIDENCE_FACTS = 30;

  private final ExploreQueries queries;
  private final String base;
  private final Map<String, String> cameoLabels;

  /**
   * @param queries the queries over the served dataset
   * @param base the data IRIs' base, served under {@code /id/} (links to other IRIs stay as they
   *     are)
   */
  ExploreApi(ExploreQueries queries, String base) {
    this.queries = queries;
    this.base = base;
    this.cameoLabels = cameoLabels(Ontology.cameo());
  }

  /** The relation kinds, CAMEO roots and limits the page offers as filters. */
  Map<String, Object> vocabulary() {
    List<Map<String, Object>> kinds = new ArrayList<>();
    for (RelationKind k : RelationKind.values()) {
      kinds.add(Map.of("id", k.id(), "label", k.label()));
    }
    List<Map<String, Object>> cameo = new ArrayList<>();
    cameoLabels.forEach((code, label) -> cameo.add(Map.of("code", code, "label", label)));
    return Map.of(
        "kinds", kinds,
        "cameo", cameo,
        "defaultLimit", DEFAULT_LIMIT,
        "maxLimit", MAX_LIMIT,
        "maxEvidenceFacts", MAX_EVIDENCE_FACTS,
        "maxFacts", ExploreQueries.MAX_FACTS);
  }

  /** {@code ?q=words}: matching actors and places, best first. */
  Map<String, Object> search(Function<String, String> parameter) {
    String q = parameter.apply("q");
    List<Map<String, Object>> results = new ArrayList<>();
    for (ExploreQueries.Hit h : queries.search(q)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("iri", h.iri());
      m.put("label", h.label());
      m.put("type", h.type());
      m.put("articles", h.articles());
      m.put("link", link(h.iri()));
      results.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q == null ? "" : q);
    out.put("results", results);
    return out;
  }

  /**
   * {@code ?actor=IRI&limit=N} and the filter parameters ({@link NetworkFilter#parse}): the actor,
   * its neighbours (at most N) and the edges to them, with how many neighbours the cap left out.
   */
  Map<String, Object> neighbours(Function<String, String> parameter) {
    String actor = iri(parameter.apply("actor"), "actor");
    int limit = limit(parameter.apply("limit"));
    NetworkFilter filter = NetworkFilter.parse(parameter);
    List<FactLink> links = queries.factsOf(actor);
    Neighbourhood n = Neighbourhood.of(actor, links, filter, limit);
    Set<String> iris = new LinkedHashSet<>();
    iris.add(actor);
    iris.addAll(n.neighbours());
    Map<String, ExploreQueries.Entity> entities = queries.entities(iris);
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (String iri : n.neighbours()) {
      nodes.add(node(iri, entities));
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Neighbourhood.Edge e : n.edges()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("source", e.source());
      m.put("target", e.target());
      m.put("kind", e.kind());
      m.put("kindLabel", kindLabel(e.kind()));
      m.put("cameo", e.cameo());
      m.put("cameoLabel", e.cameo() == null ? null : cameoLabels.get(e.cameo()));
      m.put("weight", e.weight());
      m.put("confidence", Double.isNaN(e.confidence()) ? null : e.confidence());
      m.put("first", e.first());
      m.put("last", e.last());
      edges.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", node(actor, entities));
    out.put("nodes", nodes);
    out.put("edges", edges);
    out.put("neighbours", n.total());
    out.put("shown", n.neighbours().size());
    out.put("limit", limit);
    out.put("facts", n.facts());
    out.put("factsRead", links.size());
    out.put("factsCapped", links.size() >= ExploreQueries.MAX_FACTS);
    return out;
  }

  /**
   * {@code ?actor=IRI}, optionally {@code other=IRI}, {@code kind=K} and {@code cameoRoot=NN} (one
   * edge), and the filter parameters: the facts of the actor (with the other, of that kind) that
   * pass the filter, best confidence first (at most {@link #MAX_EVIDENCE_FACTS}), each with its
   * evidence sentences and articles.
   */
  Map<String, Object> evidence(Function<String, String> parameter) {
    String actor = iri(parameter.apply("actor"), "actor");
    String rawOther = parameter.apply("other");
    String other = rawOther == null || rawOther.isBlank() ? null : iri(rawOther, "other");
    NetworkFilter edge = edgeFilter(parameter.apply("kind"), parameter.apply("cameoRoot"));
    NetworkFilter filter = NetworkFilter.parse(parameter);
    List<FactLink> facts = new ArrayList<>();
    for (FactLink f : queries.factsBetween(actor, other)) {
      if (filter.accepts(f) && edge.accepts(f) && (other == null || f.other(actor).equals(other))) {
        facts.add(f);
      }
    }
    facts.sort(
        java.util.Comparator.comparingDouble(
                (FactLink f) -> Double.isNaN(f.confidence()) ? 1 : -f.confidence())
            .thenComparing(FactLink::fact));
    List<FactLink> shown = facts.subList(0, Math.min(MAX_EVIDENCE_FACTS, facts.size()));
    Map<String, List<ExploreQueries.Evidence>> byFact = new LinkedHashMap<>();
    for (ExploreQueries.Evidence e :
        queries.evidence(shown.stream().map(FactLink::fact).toList())) {
      byFact.computeIfAbsent(e.fact(), k -> new ArrayList<>()).add(e);
    }
    Set<String> iris = new LinkedHashSet<>();
    iris.add(actor);
    shown.forEach(f -> iris.addAll(List.of(f.source(), f.target())));
    Map<String, ExploreQueries.Entity> entities = queries.entities(iris);
    List<Map<String, Object>> list = new ArrayList<>();
    for (FactLink f : shown) {
      list.add(fact(f, byFact.getOrDefault(f.fact(), List.of()), entities));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", node(actor, entities));
    out.put("other", other == null ? null : node(other, queries.entities(List.of(other))));
    out.put("facts", list);
    out.put("total", facts.size());
    out.put("shown", shown.size());
    return out;
  }

  private Map<String, Object> fact(
      FactLink f,
      List<ExploreQueries.Evidence> evidence,
      Map<String, ExploreQueries.Entity> entities) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fact", f.fact());
    m.put("link", link(f.fact()));
    m.put("kind", f.kind());
    m.put("kindLabel", kindLabel(f.kind()));
    m.put("cameo", f.cameo());
    m.put("cameoLabel", f.cameo() == null ? null : cameoLabels.get(f.cameo()));
    m.put("source", node(f.source(), entities));
    m.put("target", node(f.target(), entities));
    m.put("confidence", Double.isNaN(f.confidence()) ? null : f.confidence());
    m.put("date", f.date());
    m.put("published", f.published());
    ExploreQueries.Evidence first = evidence.isEmpty() ? null : evidence.get(0);
    m.put("role", first == null ? null : first.role());
    m.put("trigger", first == null ? null : first.trigger());
    m.put("name", first == null ? null : first.name());
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (ExploreQueries.Evidence e : evidence) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("text", e.sentence());
      s.put("mention", e.mention());
      s.put("mentionLink", link(e.mention()));
      s.put("article", e.article());
      s.put("articleLink", link(e.article()));
      s.put("headline", e.headline());
      s.put("articleId", e.articleId());
      s.put("published", e.published());
      sentences.add(s);
    }
    m.put("sentences", sentences);
    return m;
  }

  private Map<String, Object> node(String iri, Map<String, ExploreQueries.Entity> entities) {
    ExploreQueries.Entity e = entities.get(iri);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("iri", iri);
    m.put("label", e == null || e.label() == null ? shortName(iri) : e.label());
    m.put("type", e == null ? null : e.type());
    m.put("wikidata", e == null ? null : e.wikidata());
    m.put("articles", e == null ? 0 : e.articles());
    m.put("link", link(iri));
    return m;
  }

  /** Where the page links an IRI: its {@code /id/} path when under the data base, else itself. */
  String link(String iri) {
    if (iri == null) {
      return null;
    }
    return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
  }

  private static String shortName(String iri) {
    int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  private static String kindLabel(String kind) {
    return RelationKind.byId(kind).map(RelationKind::label).orElse(kind);
  }

  private static NetworkFilter edgeFilter(String kind, String cameoRoot) {
    Map<String, String> p = new LinkedHashMap<>();
    if (kind != null) {
      p.put("kinds", kind);
    }
    if (cameoRoot != null) {
      p.put("cameo", cameoRoot);
    }
    return NetworkFilter.parse(p::get);
  }

  /** {@code value} if it is an absolute IRI, else an error naming {@code name}. */
  static String iri(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": required (an entity IRI)");
    }
    try {
      IRIx iri = IRIx.create(value.strip());
      if (!iri.isAbsolute()) {
        throw new IllegalArgumentException(
            name + ": expected an absolute IRI (found '" + value + "')");
      }
      return iri.str();
    } catch (IRIException e) {
      throw new IllegalArgumentException(name + ": not an IRI (found '" + value + "')");
    }
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "limit: expected 1.." + MAX_LIMIT + " (found '" + value + "')");
  }

  private static Map<String, String> cameoLabels(Model cameo) {
    Map<String, String> out = new java.util.TreeMap<>();
    cameo
        .listSubjects()
        .forEachRemaining(
            (Resource r) -> {
              String root = r.isURIResource() ? ExploreQueries.cameoRoot(r.getURI()) : null;
              if (root != null
                  && r.getURI().equals(AG.CAMEO + root)
                  && r.hasProperty(SKOS.prefLabel)) {
                out.put(root, r.getProperty(SKOS.prefLabel).getString());
              }
            });
    return out;
  }
}
