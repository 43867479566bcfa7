package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  private static List<String> parts(String text) {
    return Datelines.split(text, new Span(0, text.length())).stream()
        .map(s -> s.getCoveredText(text).toString())
        .toList();
  }

  @Test
  void aWireDatelineIsCutOffItsSentence() {
    assertEquals(
        List.of("PORT ASTER, May 3 (Reuters) -", "Freedonia expelled two diplomats."),
        parts("PORT ASTER, May 3 (Reuters) - Freedonia expelled two diplomats."));
  }

  @Test
  void aCityWithItsCountryAndAColonIsADateline() {
    assertEquals(
        List.of("SUVA, Fiji, Sept 11 --", "Leaders met."),
        parts("SUVA, Fiji, Sept 11 -- Leaders met."));
    assertEquals(List.of("LAGOS:", "Talks began."), parts("LAGOS: Talks began."));
  }

  @Test
  void aCityInAnyCaseNeedsItsAgency() {
    assertEquals(
        List.of("Port Aster (AFP) –", "Talks began."), parts("Port Aster (AFP) – Talks began."));
    assertEquals(List.of("Port Aster – Talks began."), parts("Port Aster – Talks began."));
  }

  @Test
  void aSentenceWithoutADatelineStaysWhole() {
    assertEquals(List.of("UN - Freedonia talks resumed."), parts("UN - Freedonia talks resumed."));
    assertEquals(
        List.of("Freedonia and Sylvania - two rivals - met."),
        parts("Freedonia and Sylvania - two rivals - met."));
  }

  @Test
  void theAnnotatorMakesTheDatelineASentenceOfItsOwn() {
    String body = "PORT ASTER, May 3 (Reuters) - Freedonia expelled two diplomats. They left.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("d", body));
    assertEquals(
        List.of("PORT ASTER, May 3 (Reuters) -", "Freedonia expelled two diplomats.", "They left."),
        a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void theAnnotatorCutsTheDatelineOfTheLineAfterAHeadline() {
    String body =
        "Freedonia expels diplomats\n\nPORT ASTER, May 3 (Reuters) - Freedonia expelled two"
            + " diplomats.\nThey left.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("d", body));
    assertEquals(
        List.of(
            "Freedonia expels diplomats",
            "PORT ASTER, May 3 (Reuters) -",
            "Freedonia expelled two diplomats.",
            "They left."),
        a.sentences().stream().map(Sentence::text).toList());
  }
}
