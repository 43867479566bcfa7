package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.annotate.Token;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

/** What {@link SentenceActors#doubted} takes for an act not done or not certain. */
class SentenceActorsTest {

  /** Whether the act of the word {@code word} in the one-sentence {@code text} is doubted. */
  private static boolean doubted(String text, String word) {
    List<Token> tokens =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("t", text))
            .sentences()
            .get(0)
            .tokens();
    int i = Token.texts(tokens).indexOf(word);
    return SentenceActors.doubted(tokens, i);
  }

  @Test
  void anActAVerbOfRefusalGovernsIsNotDone() {
    assertTrue(doubted("Freedonia refused to attend talks with Sylvania.", "talks"));
    assertTrue(doubted("Freedonia declined to meet the envoy.", "meet"));
    assertFalse(doubted("Freedonia agreed to meet the envoy.", "meet"));
    assertFalse(doubted("Freedonia declined to comment, but met the envoy.", "met"));
    assertFalse(doubted("Freedonia declined to comment but met the envoy.", "met"));
  }

  @Test
  void anActAVerbOfFailureGovernsIsNotDone() {
    assertTrue(doubted("Freedonia failed to arrest the envoy.", "arrest"));
    assertTrue(doubted("Sylvania faulted Freedonia for failing to arrest him.", "arrest"));
    assertFalse(doubted("Freedonia failed, and then arrested the envoy.", "arrested"));
  }
}
