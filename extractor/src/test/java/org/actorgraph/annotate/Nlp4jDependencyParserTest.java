package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class Nlp4jDependencyParserTest {

  private static Sentence sentence(String text) {
    return OpenNlpAnnotator.forThisThread().annotate(Article.of("t", text)).sentences().get(0);
  }

  private static String arcs(String text) {
    Sentence s = sentence(text);
    DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tree.size(); i++) {
      int h = tree.head(i);
      out.append(s.tokens().get(i).text())
          .append('<')
          .append(tree.label(i))
          .append('-')
          .append(h == DependencyTree.ROOT ? "ROOT" : s.tokens().get(h).text())
          .append(' ');
    }
    return out.toString().trim();
  }

  @Test
  void aSimpleSentenceHasSubjectAndObjectArcs() {
    assertEquals(
        "Doe<nsubj-met met<root-ROOT the<det-minister foreign<nmod-minister minister<dobj-met"
            + " .<punct-met",
        arcs("Doe met the foreign minister."));
  }

  @Test
  void aPassiveSentenceHasItsAgent() {
    String a = arcs("Jane Doe was received by President John Roe.");
    assertEquals(
        "Jane<compound-Doe Doe<nsubjpass-received was<auxpass-received received<root-ROOT"
            + " by<agent-received President<compound-Roe John<compound-Roe Roe<pobj-by"
            + " .<punct-received",
        a);
  }

  @Test
  void theTreeKeepsTheSentencesOwnTokens() {
    Sentence s = sentence("Freedonia's talks with Sylvania, which began in May, ended.");
    DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
    assertEquals(s.tokens().size(), tree.size());
    assertEquals(List.of(), tree.children(s.tokens().size() - 1));
  }

  @Test
  void aTreeRejectsHeadsOutsideTheSentence() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DependencyTree(
                List.of(1, 5), List.of("a", "b"), List.of("X", "Y"), List.of("x", "y")));
  }
}
