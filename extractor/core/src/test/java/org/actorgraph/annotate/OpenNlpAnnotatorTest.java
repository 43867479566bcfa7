package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class OpenNlpAnnotatorTest {

  private static List<String> words(AnnotatedArticle a) {
    return a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
  }

  @Test
  void aWordOfLettersIsNeverPunctuation() {
    assertEquals("NOUN", OpenNlpAnnotator.lettersAsPunctuation("mayor", "PUNCT"));
    assertEquals("PROPN", OpenNlpAnnotator.lettersAsPunctuation("Initial", "PUNCT"));
    assertEquals("PUNCT", OpenNlpAnnotator.lettersAsPunctuation(",", "PUNCT"));
    assertEquals("VERB", OpenNlpAnnotator.lettersAsPunctuation("said", "VERB"));
  }

  @Test
  void aWordEndingInEdIsNeverAFunctionWord() {
    assertEquals("VERB", OpenNlpAnnotator.pastTenseAsFunctionWord("blocked", "CCONJ"));
    assertEquals("VERB", OpenNlpAnnotator.pastTenseAsFunctionWord("intercepted", "ADP"));
    assertEquals("VERB", OpenNlpAnnotator.pastTenseAsFunctionWord("fined", "AUX"));
    assertEquals("AUX", OpenNlpAnnotator.pastTenseAsFunctionWord("need", "AUX"));
    assertEquals("ADJ", OpenNlpAnnotator.pastTenseAsFunctionWord("allied", "ADJ"));
    assertEquals("CCONJ", OpenNlpAnnotator.pastTenseAsFunctionWord("and", "CCONJ"));
  }

  @Test
  void aVerbTaggedAsAConjunctionIsTheVerb() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("a", "Sudan's army blocked a United Nations convoy."));
    Token verb = a.sentences().get(0).tokens().get(3);
    assertEquals("blocked", verb.text());
    assertEquals("VERB", verb.pos());
    assertEquals("block", verb.lemma());
  }

  @Test
  void aPossessiveTypedWithAnOpeningQuoteMarkIsAPossessive() {
    String body = "Kenya‘s army left. He said ‘so be it’ then.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    List<Token> first = a.sentences().get(0).tokens();
    assertEquals(
        List.of("Kenya", "’s", "army", "left", "."), first.stream().map(Token::text).toList());
    assertEquals("‘s", first.get(1).span().of(body));
    assertTrue(words(a).contains("‘so"), "a quotation opening is left as written");
  }

  @Test
  void aClosingSingleQuotationMarkLeavesTheWordBeforeIt() {
    String body =
        "She said ‘Kenya will never yield to Uganda’ on Monday. The Philippines’ envoy left.";
    List<String> w = words(OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body)));
    assertTrue(w.contains("Uganda") && w.contains("’"), w.toString());
    assertTrue(w.contains("Philippines"), "a plural's possessive splits as before: " + w);
  }

  @Test
  void aNameTheTokenizerCutsInsideIsOneWordAgainButContractionsStaySplit() {
    String body = "Foreign Minister Retno Marsudi met Leif Doe. They weren't there.";
    List<String> w = words(OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body)));
    assertTrue(w.containsAll(List.of("Retno", "Marsudi", "Leif")), w.toString());
    assertTrue(w.containsAll(List.of("were", "n't")), w.toString());
  }

  @Test
  void aCapitalisedAuxiliaryAfterAProperNounIsAName() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("a", "Jane Doe met Kenyan President Ruto. Do they agree?"));
    List<Token> first = a.sentences().get(0).tokens();
    assertEquals("Doe", first.get(1).text());
    assertEquals("PROPN", first.get(1).pos());
    assertEquals("AUX", a.sentences().get(1).tokens().get(0).pos(), "a sentence's first word");
  }

  @Test
  void splitsSentencesAndKeepsOffsetsIntoTheBody() {
    String body = "Ecuador spoke with the United States. President Daniel Noboa said so.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals(2, a.sentences().size());
    for (Sentence s : a.sentences()) {
      assertEquals(s.text(), s.span().of(body));
      for (Token t : s.tokens()) {
        assertEquals(t.text(), t.span().of(body));
      }
    }
  }

  @Test
  void theFullStopIsCutFromTheLastWordButNotFromAnAbbreviation() {
    String body = "Sylvania pledged aid to Egypt. It came from Acme Inc. Then it left.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    List<String> first = a.sentences().get(0).tokens().stream().map(t -> t.text()).toList();
    assertEquals(List.of("Egypt", "."), first.subList(first.size() - 2, first.size()));
    assertTrue(
        a.sentences().stream()
            .flatMap(s -> s.tokens().stream())
            .noneMatch(t -> t.text().equals("Inc")),
        a.sentences().toString());
  }

  @Test
  void aLineBreakEndsASentence() {
    String body = "Source: CNN Brasil\n\nBruce Belcher is an author\nHe writes news.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals(
        List.of("Source: CNN Brasil", "Bruce Belcher is an author", "He writes news."),
        a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void anAbbreviatedTitleBeforeANameDoesNotEndTheSentence() {
    String body =
        "Among the guests were Freedonia's army chief Senior Gen. Jane Doe and Sen. John Roe."
            + " The talks ended at noon.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals(
        List.of(
            "Among the guests were Freedonia's army chief Senior Gen. Jane Doe and Sen. John Roe.",
            "The talks ended at noon."),
        a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void initialsBeforeANameDoNotEndTheSentence() {
    String body =
        "J. K. Roe arrived on Monday. Gen. A. B. Doe spoke. They chose Plan B. The talks ended.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals(
        List.of(
            "J. K. Roe arrived on Monday.",
            "Gen. A. B. Doe spoke.",
            "They chose Plan B.",
            "The talks ended."),
        a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void initialsWrittenTogetherBeforeANameDoNotEndTheSentence() {
    String body =
        "Maj. Gen. J.R. Doe said troops were ready. She flew to the U.K. Jane Roe agreed.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals("Maj. Gen. J.R. Doe said troops were ready.", a.sentences().get(0).text());
    assertTrue(words(a).contains("J.R."), words(a).toString());
    assertTrue(words(a).contains("U.K"), words(a).toString());
  }

  @Test
  void anInitialOrATitleKeepsItsPeriodBeforeAName() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread().annotate(Article.of("a", "Gen. A. B. Doe spoke."));
    assertEquals(List.of("Gen.", "A.", "B.", "Doe", "spoke", "."), words(a));
  }

  @Test
  void splitsPossessivesAndHyphensLikeTheTrainingCorpora() {
    String body = "Sweden's bid pleased Lai Ching-te, who didn't comment.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    assertEquals(
        List.of(
            "Sweden", "'s", "bid", "pleased", "Lai", "Ching", "-", "te", ",", "who", "did", "n't",
            "comment", "."),
        words(a));
  }

  @Test
  void aHyphenTheTokenizerLeftOnAWordStandsAlone() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("a", "The Nairobi-based firm hired Russian-backed guards."));
    List<String> w = words(a);
    assertTrue(w.containsAll(List.of("Nairobi", "-", "based", "Russian", "backed")), w.toString());
  }

  @Test
  void rejectsAnArticleInAnotherLanguage() {
    String body =
        "El presidente de Ecuador, Daniel Noboa, dijo que su gobierno quiere recibir el apoyo de"
            + " los Estados Unidos en la lucha contra las bandas criminales. La Policía Nacional"
            + " afirma que el comienzo del año fue el más violento de la historia del país, con más"
            + " de dos mil quinientos homicidios.";
    AnnotationException e =
        assertThrows(
            AnnotationException.class,
            () -> OpenNlpAnnotator.forThisThread().annotate(Article.of("es", body)));
    assertEquals(true, e.getMessage().contains("spa"), e.getMessage());
  }

  @Test
  void splitsALeadingHyphenAndAQuestionMarkOffAWord() {
    String body = "Did they discuss Aleppo? The mayor Ko Wen-je did.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
    List<String> words = words(a);
    assertEquals(List.of("Aleppo", "?"), words.subList(3, 5));
    assertEquals(List.of("Ko", "Wen", "-", "je"), words.subList(7, 11));
  }

  @Test
  void anAbbreviatedMonthBeforeADayDoesNotEndTheSentence() {
    for (String body :
        List.of(
            "The accord, which took effect on Jan. 1, cuts tariffs. Trade rose.",
            "Canada and Ecuador signed a free trade agreement on Feb. 29 in Quito. Trade rose.",
            "The pact was signed Dec. 7 by both sides. Trade rose.")) {
      AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
      assertEquals(2, a.sentences().size(), body + ": " + a.sentences());
    }
  }

  @Test
  void initialsWrittenTogetherKeepTheirPeriodBeforeALowerCaseWord() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(
                Article.of(
                    "a",
                    "Freedonia's U.N. envoy met E.U. officials on Monday. They left the U.K."));
    assertEquals(2, a.sentences().size(), a.sentences().toString());
    assertTrue(words(a).contains("U.N."), words(a).toString());
    assertTrue(words(a).contains("E.U."), words(a).toString());
    assertEquals(List.of("U.K", "."), words(a).subList(words(a).size() - 2, words(a).size()));
  }

  @Test
  void saintAbbreviatedOpensANameAndNoSentence() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(
                Article.of(
                    "a",
                    "They flew to St. Aster on Monday. They met on Main St. The"
                        + " talks began."));
    assertEquals(
        List.of("They flew to St. Aster on Monday.", "They met on Main St.", "The talks began."),
        a.sentences().stream().map(Sentence::text).toList());
    assertTrue(words(a).contains("St."), words(a).toString());
  }

  @Test
  void noSentenceOpensInLowerCaseOrWithTheDayOfAClockTime() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(
                Article.of(
                    "a",
                    "The strike hit at 10 a.m. Monday, officials said. Jane Roe Jr. met the envoy."
                        + " The talks ended at 4 p.m. The ministers left."));
    assertEquals(
        List.of(
            "The strike hit at 10 a.m. Monday, officials said.",
            "Jane Roe Jr. met the envoy.",
            "The talks ended at 4 p.m.",
            "The ministers left."),
        a.sentences().stream().map(Sentence::text).toList());
    assertTrue(words(a).contains("a.m."), words(a).toString());
  }

  @Test
  void aSentencesFullStopLeavesANameEndingInADigitAndACapital() {
    AnnotatedArticle a =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("a", "Police held 40 people, said the group Aster 11J. It left."));
    List<String> w = words(a);
    assertTrue(w.containsAll(List.of("Aster", "11J", ".")), w.toString());
  }
}
