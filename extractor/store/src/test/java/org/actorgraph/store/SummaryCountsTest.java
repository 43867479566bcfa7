package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.actorgraph.store.SummaryCounts.Key;
import org.actorgraph.store.SummaryCounts.Kind;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** What one article graph contributes to the store's summary, and that it cancels out. */
class SummaryCountsTest {

  private static final String ID = "https://example.org/id/";
  private static final Node ARTICLE = uri("article/1");
  private static final Node JANE = uri("person/jane-doe");
  private static final Node FREEDONIA = uri("country/freedonia");
  private static final Node FACT = uri("fact/1");

  private static Node uri(String local) {
    return NodeFactory.createURI(ID + local);
  }

  /** Jane Doe and Freedonia in one sentence, one position fact viewed by the article. */
  private static Graph article(boolean withPublisher) {
    Graph g = GraphFactory.createDefaultGraph();
    add(g, ARTICLE, RDF.type.asNode(), AG.Article.asNode());
    if (withPublisher) {
      add(g, ARTICLE, AG.publisher.asNode(), NodeFactory.createLiteralString("Port Aster Times"));
    }
    Node sentence = uri("article/1#sentence/1");
    add(g, sentence, AG.article.asNode(), ARTICLE);
    for (Node e : new Node[] {JANE, FREEDONIA}) {
      Node mention = uri("article/1#mention/" + e.getLocalName());
      add(g, e, RDF.type.asNode(), AG.Actor.asNode());
      add(g, e, RDFS.label.asNode(), NodeFactory.createLiteralString(e.getLocalName()));
      add(g, e, AG.mentionedIn.asNode(), ARTICLE);
      add(g, e, AG.denotedBy.asNode(), mention);
      add(g, mention, AG.sentence.asNode(), sentence);
    }
    add(g, FACT, RDF.type.asNode(), AG.Assertion.asNode());
    add(g, FACT, RDF.type.asNode(), AG.Position.asNode());
    add(g, FACT, AG.holder.asNode(), JANE);
    add(g, FACT, AG.organisation.asNode(), FREEDONIA);
    Node view = uri("article/1#fact/1");
    add(g, view, AG.viewOf.asNode(), FACT);
    add(g, view, AG.article.asNode(), ARTICLE);
    return g;
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(s, p, o);
  }

  @Test
  void anArticleCountsItsEntitiesFactSourcePairAndDescriptions() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(article(true), 1);
    Map<Key, Long> n = c.counts();
    assertEquals(1L, n.get(new Key(Kind.ENTITY_ARTICLES, JANE, null)));
    assertEquals(1L, n.get(new Key(Kind.FACT_ARTICLES, FACT, null)));
    assertEquals(
        1L,
        n.get(
            new Key(
                Kind.FACT_SOURCE_ARTICLES,
                FACT,
                NodeFactory.createLiteralString("Port Aster Times"))));
    // the pair is ordered by IRI: country/... < person/...
    assertEquals(1L, n.get(new Key(Kind.PAIR_SENTENCES, FREEDONIA, JANE)));
    assertEquals(1L, n.get(new Key(Kind.PAIR_ARTICLES, FREEDONIA, JANE)));
    assertEquals(
        1L,
        n.get(
            new Key(
                Kind.DESCRIPTION,
                JANE,
                NodeFactory.createLiteralString("jane-doe"),
                RDFS.label.asNode())));
    assertEquals(
        1L, n.get(new Key(Kind.DESCRIPTION, FACT, JANE, AG.holder.asNode())), n.toString());
  }

  @Test
  void anArticleWithoutAPublisherIsItsOwnSource() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(article(false), 1);
    assertEquals(
        1L,
        c.counts()
            .get(
                new Key(
                    Kind.FACT_SOURCE_ARTICLES,
                    FACT,
                    NodeFactory.createLiteralString(ARTICLE.getURI()))));
  }

  /** The article states the position as current; dated by its own dates if it has both. */
  private static Graph currentPosition(boolean dated) {
    Graph g = article(true);
    add(g, uri("article/1#fact/1"), AG.roleStatus.asNode(), AG.roleCurrent.asNode());
    add(g, ARTICLE, AG.articleId.asNode(), NodeFactory.createLiteralString("fixture-1"));
    add(
        g,
        ARTICLE,
        AG.extractedAt.asNode(),
        NodeFactory.createLiteralDT("2026-01-02T03:04:05Z", XSDDatatype.XSDdateTime));
    if (dated) {
      add(g, ARTICLE, AG.startDate.asNode(), day("2025-03-01"));
      add(g, ARTICLE, AG.endDate.asNode(), day("2025-03-31"));
    }
    return g;
  }

  private static Node day(String d) {
    return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
  }

  @Test
  void aPositionStatedAsCurrentIsCountedByTheArticlesDates() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(currentPosition(true), 1);
    assertEquals(
        1L,
        c.counts()
            .get(new Key(Kind.CURRENT_SPAN_ARTICLES, FACT, day("2025-03-01"), day("2025-03-31"))));
  }

  @Test
  void anUndatedArticleDatesItsStatementsByTheDayItWasExtracted() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(currentPosition(false), 1);
    assertEquals(
        1L,
        c.counts()
            .get(new Key(Kind.CURRENT_SPAN_ARTICLES, FACT, day("2026-01-02"), day("2026-01-02"))));
  }

  @Test
  void aPositionStatedAsCurrentIsCountedForItsOfficeWithItsArticleAsExample() {
    Graph g = currentPosition(true);
    Node president = NodeFactory.createLiteralString("president");
    add(g, FACT, AG.role.asNode(), president);
    SummaryCounts c = new SummaryCounts();
    c.addGraph(g, 1);
    Node office = CurrentPositions.office(FREEDONIA, president);
    assertEquals(1L, c.counts().get(new Key(Kind.CURRENT_POSITION_ARTICLES, FACT, office)));
    assertEquals(java.util.Map.of(FACT, "fixture-1"), c.examples().smallest());
    c.addGraph(g, -1);
    assertTrue(c.isEmpty(), c.counts().toString());
  }

  @Test
  void aPositionNotStatedAsCurrentHasNoSpan() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(article(true), 1);
    assertTrue(
        c.counts().keySet().stream().noneMatch(k -> k.kind() == Kind.CURRENT_SPAN_ARTICLES),
        c.counts().toString());
  }

  @Test
  void subtractingTheSameGraphLeavesNothing() {
    SummaryCounts c = new SummaryCounts();
    c.addGraph(currentPosition(false), 1);
    c.addGraph(currentPosition(false), 1);
    assertEquals(2L, c.counts().get(new Key(Kind.ENTITY_ARTICLES, JANE, null)));
    c.addGraph(currentPosition(false), -1);
    c.addGraph(currentPosition(false), -1);
    assertTrue(c.isEmpty(), c.counts().toString());
  }
}
