package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.util.Span;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class LongSentencesTest {

  @Test
  void aShortSentenceIsKeptWhole() {
    String text = "  Noboa met Trump.  ";
    assertEquals(List.of(new Span(2, 18)), LongSentences.split(text, new Span(0, text.length())));
  }

  @Test
  void aTextWithoutSentencePunctuationIsCutIntoBoundedPiecesAtClauseMarks() {
    String text = "word, ".repeat(2000);
    List<Span> pieces = LongSentences.split(text, new Span(0, text.length()));
    assertTrue(pieces.size() >= 12, "pieces: " + pieces.size());
    int covered = 0;
    for (Span p : pieces) {
      assertTrue(p.length() <= LongSentences.MAX_CHARS, p.toString());
      assertEquals(',', text.charAt(p.getEnd() - 1), "cut after a comma: " + p);
      covered += p.length();
    }
    assertTrue(covered >= text.strip().length() - pieces.size() * 2);
  }

  @Test
  void theAnnotatorKeepsOffsetsExactAcrossTheCuts() {
    String body = "Daniel Noboa spoke with officials and ".repeat(100);
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("long", body));
    assertTrue(a.sentences().size() > 3);
    for (Sentence s : a.sentences()) {
      assertTrue(s.text().length() <= LongSentences.MAX_CHARS);
      assertEquals(s.text(), s.span().of(body));
      for (Token t : s.tokens()) {
        assertEquals(t.text(), t.span().of(body));
      }
    }
  }
}
