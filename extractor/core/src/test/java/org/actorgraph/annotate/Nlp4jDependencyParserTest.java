package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void aParticipleTheTaggerLeftAsTheOnlyVerbHeadsTheClause() {
    String a = arcs("Ruritania mediated talks between Freedonia and Sylvania.");
    assertEquals(
        "Ruritania<nsubj-mediated mediated<root-ROOT talks<dobj-mediated",
        a.substring(0, a.indexOf(" between")));
  }

  @Test
  void theTreeKeepsTheSentencesOwnTokens() {
    Sentence s = sentence("Freedonia's talks with Sylvania, which began in May, ended.");
    DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
    assertEquals(s.tokens().size(), tree.size());
    assertEquals(List.of(), tree.children(s.tokens().size() - 1));
  }

  @Test
  void threadsSharingTheParserGetTheSameTrees() throws Exception {
    List<Sentence> sentences =
        OpenNlpAnnotator.forThisThread()
            .annotate(
                Article.of(
                    "t",
                    "Freedonia and Sylvania signed a pact. Jane Doe was received by John Roe."
                        + " The talks, hosted by Ruritania, ended. Doe criticised Roe's plan."))
            .sentences();
    DependencyParser parser = Nlp4jDependencyParser.standard();
    List<DependencyTree> alone = sentences.stream().map(parser::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DependencyTree>> shared = new ArrayList<>();
      for (int rep = 0; rep < 20; rep++) {
        for (Sentence s : sentences) {
          shared.add(pool.submit(() -> parser.parse(s)));
        }
      }
      for (int i = 0; i < shared.size(); i++) {
        assertEquals(alone.get(i % sentences.size()), shared.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
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
