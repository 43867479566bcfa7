package org.actorgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ArticleGraphMessagesTest {

  private static final Node NAME = NodeFactory.createURI("https://example.org/article/a1");

  private static ArticleGraph sample() {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(
        Triple.create(
            NodeFactory.createURI("https://example.org/e/freedonia"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createLiteralLang("Freedonia \"the free\"\n", "en")));
    g.add(
        Triple.create(
            NodeFactory.createBlankNode(),
            NodeFactory.createURI("https://example.org/p"),
            NodeFactory.createURI("https://example.org/e/sylvania")));
    return new ArticleGraph(NAME, g);
  }

  @Test
  void aGraphSurvivesTheRoundTrip() {
    ArticleGraph sent = sample();
    ArticleGraph got =
        ArticleGraphMessages.decode(
            ArticleGraphMessages.key(sent.name()), ArticleGraphMessages.value(sent));
    assertEquals(NAME, got.name());
    assertTrue(sent.graph().isIsomorphicWith(got.graph()));
  }

  @Test
  void aQuadInAnotherGraphIsRefusedNamingTheMessage() {
    byte[] value =
        "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/other> .\n"
            .getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ArticleGraphMessages.decode(ArticleGraphMessages.key(NAME), value));
    assertTrue(e.getMessage().contains("article/a1"), e.getMessage());
  }

  @Test
  void brokenNQuadsAreRefusedNamingTheMessage() {
    byte[] value = "<https://example.org/s> <p> .\n".getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ArticleGraphMessages.decode(ArticleGraphMessages.key(NAME), value));
    assertTrue(e.getMessage().contains("not valid N-Quads"), e.getMessage());
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ArticleGraphMessages.graphName(new byte[0]));
  }
}
