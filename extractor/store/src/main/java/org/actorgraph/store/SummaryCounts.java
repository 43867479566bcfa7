package org.actorgraph.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Counts that {@link StoreSummary} keeps, keyed by what they count: the contribution of one article
 * graph (computed from that graph alone), or a sum or difference of contributions.
 *
 * <p>Per article graph: each entity it says is {@code ag:mentionedIn} an article (one per such
 * triple); each {@code ag:Assertion} it has a view of, once per article of those views; each (fact,
 * source) pair, where the source is the article's {@code ag:publisher} (each of them) or, without
 * one, the article IRI as a string, as {@code facts-by-number-of-sources} counts them; and each
 * pair of {@code ag:Actor}s denoted in one sentence (that has an {@code ag:article}), with the
 * number of such sentences and of their distinct articles; the labels and types of each entity it
 * names (so that they can be read once each, not once per article that repeats them); and each
 * {@code ag:Position} it has a view of with {@code ag:roleStatus ag:roleCurrent}, by the days the
 * article dates it ({@link CurrentPositions}), as {@code contradicting-offices} compares them.
 */
final class SummaryCounts {

  /** What a count is of. */
  enum Kind {
    /** articles that name an entity: {@code a} is the entity */
    ENTITY_ARTICLES,
    /** articles with a view of a fact: {@code a} is the fact */
    FACT_ARTICLES,
    /** articles of one source with a view of a fact: {@code a} the fact, {@code b} the source */
    FACT_SOURCE_ARTICLES,
    /** sentences that denote both actors: {@code a} and {@code b}, STR(a) < STR(b) */
    PAIR_SENTENCES,
    /** articles of those sentences */
    PAIR_ARTICLES,
    /**
     * article graphs that state one triple describing a named entity (its label or type, or its
     * {@code ag:headOf}) or a fact they have a view of (its type or a participant, and the {@code
     * ag:role} of a position they state as current): {@code a} the subject, {@code p} the
     * predicate, {@code b} the object
     */
    DESCRIPTION,
    /**
     * articles that state a position as current and are dated by one span of days: {@code a} the
     * position, {@code b} the first day, {@code p} the last day (both {@code xsd:date})
     */
    CURRENT_SPAN_ARTICLES,
    /**
     * articles that state a position as current and are dated (as {@code CURRENT_SPAN_ARTICLES}
     * counts them, at any date): {@code a} the position, {@code b} its office (a node of its
     * organisation and role, {@link CurrentPositions#office})
     */
    CURRENT_POSITION_ARTICLES
  }

  /**
   * One count's key: {@code p} is the predicate of a {@code DESCRIPTION} and the last day of a
   * {@code CURRENT_SPAN_ARTICLES}.
   */
  record Key(Kind kind, Node a, Node b, Node p) {
    Key(Kind kind, Node a, Node b) {
      this(kind, a, b, null);
    }
  }

  private static final Node MENTIONED_IN = AG.mentionedIn.asNode();
  private static final Node VIEW_OF = AG.viewOf.asNode();
  private static final Node ARTICLE = AG.article.asNode();
  private static final Node PUBLISHER = AG.publisher.asNode();
  private static final Node DENOTED_BY = AG.denotedBy.asNode();
  private static final Node SENTENCE = AG.sentence.asNode();
  private static final Node ASSERTION = AG.Assertion.asNode();
  private static final Node ACTOR = AG.Actor.asNode();
  private static final Node HEAD_OF = AG.headOf.asNode();

  private final Map<Key, Long> counts = new HashMap<>();
  private final PositionExamples examples = new PositionExamples();

  /** The example articles of the positions this write states as current, or stated. */
  PositionExamples examples() {
    return examples;
  }

  /** The counts, read only by callers of this package. */
  Map<Key, Long> counts() {
    return counts;
  }

  /** Adds {@code n} to the count of {@code key} (removing it when it becomes 0). */
  void add(Key key, long n) {
    if (n != 0) {
      counts.merge(key, n, (x, y) -> x + y == 0 ? null : x + y);
    }
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The contribution of one article graph, added {@code sign} times (1 or -1). */
  void addGraph(Graph g, int sign) {
    g.find(Node.ANY, MENTIONED_IN, Node.ANY)
        .forEachRemaining(t -> add(new Key(Kind.ENTITY_ARTICLES, t.getSubject(), null), sign));
    // every labelled thing the graph describes (its entities): labels and types
    Set<Node> entities = new HashSet<>();
    g.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(t -> entities.add(t.getSubject()));
    for (Node e : entities) {
      describe(g, e, RDFS.label.asNode(), sign);
      describe(g, e, RDF.type.asNode(), sign);
    }
    addFacts(g, sign);
    addPairs(g, sign);
    CurrentPositions.add(g, sign, this);
    g.find(Node.ANY, HEAD_OF, Node.ANY)
        .forEachRemaining(
            t -> add(new Key(Kind.DESCRIPTION, t.getSubject(), t.getObject(), HEAD_OF), sign));
  }

  private void addFacts(Graph g, int sign) {
    Map<Node, Set<Node>> articlesOfFact = new LinkedHashMap<>();
    g.find(Node.ANY, VIEW_OF, Node.ANY)
        .forEachRemaining(
            view -> {
              Node f = view.getObject();
              if (!g.contains(f, RDF.type.asNode(), ASSERTION)) {
                return;
              }
              g.find(view.getSubject(), ARTICLE, Node.ANY)
                  .forEachRemaining(
                      t ->
                          articlesOfFact
                              .computeIfAbsent(f, x -> new HashSet<>())
                              .add(t.getObject()));
            });
    for (Node f : articlesOfFact.keySet()) {
      describe(g, f, RDF.type.asNode(), sign);
      for (Node role : SummaryTerms.ROLES) {
        describe(g, f, role, sign);
      }
    }
    Map<Node, List<Node>> sources = new HashMap<>();
    articlesOfFact.forEach(
        (f, articles) -> {
          for (Node a : articles) {
            add(new Key(Kind.FACT_ARTICLES, f, null), sign);
            for (Node source : sources.computeIfAbsent(a, x -> sourcesOf(g, x))) {
              add(new Key(Kind.FACT_SOURCE_ARTICLES, f, source), sign);
            }
          }
        });
  }

  /** Counts each triple {@code (s, p, ?)} of {@code g} as a description. */
  void describe(Graph g, Node s, Node p, int sign) {
    g.find(s, p, Node.ANY)
        .forEachRemaining(t -> add(new Key(Kind.DESCRIPTION, s, t.getObject(), p), sign));
  }

  /** The article's publishers, or the article IRI as a string (COALESCE(?publisher, STR(?a))). */
  private static List<Node> sourcesOf(Graph g, Node article) {
    List<Node> publishers =
        g.find(article, PUBLISHER, Node.ANY).mapWith(Triple::getObject).toList();
    if (!publishers.isEmpty()) {
      return List.copyOf(new java.util.LinkedHashSet<>(publishers));
    }
    String s =
        article.isURI()
            ? article.getURI()
            : article.isLiteral() ? article.getLiteralLexicalForm() : null;
    return s == null ? List.of() : List.of(NodeFactory.createLiteralString(s));
  }

  private void addPairs(Graph g, int sign) {
    Map<Node, Set<Node>> actorsOfSentence = new LinkedHashMap<>();
    g.find(Node.ANY, DENOTED_BY, Node.ANY)
        .forEachRemaining(
            d -> {
              Node e = d.getSubject();
              if (!g.contains(e, RDF.type.asNode(), ACTOR)) {
                return;
              }
              g.find(d.getObject(), SENTENCE, Node.ANY)
                  .forEachRemaining(
                      t ->
                          actorsOfSentence
                              .computeIfAbsent(t.getObject(), x -> new HashSet<>())
                              .add(e));
            });
    Map<Key, Set<Node>> articlesOfPair = new HashMap<>();
    actorsOfSentence.forEach(
        (s, actors) -> {
          if (actors.size() < 2) {
            return;
          }
          List<Node> articles = g.find(s, ARTICLE, Node.ANY).mapWith(Triple::getObject).toList();
          if (articles.isEmpty()) {
            return;
          }
          List<Node> sorted =
              actors.stream().sorted(java.util.Comparator.comparing(SummaryCounts::str)).toList();
          for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
              Node e1 = sorted.get(i);
              Node e2 = sorted.get(j);
              if (str(e1).equals(str(e2))) {
                continue; // FILTER(STR(?e1) < STR(?e2))
              }
              add(new Key(Kind.PAIR_SENTENCES, e1, e2), sign);
              articlesOfPair
                  .computeIfAbsent(new Key(Kind.PAIR_ARTICLES, e1, e2), k -> new HashSet<>())
                  .addAll(articles);
            }
          }
        });
    articlesOfPair.forEach((k, articles) -> add(k, (long) sign * articles.size()));
  }

  /** SPARQL's STR of an IRI or literal (blank nodes: their label, never equal to an IRI's). */
  static String str(Node n) {
    return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n;
  }
}
