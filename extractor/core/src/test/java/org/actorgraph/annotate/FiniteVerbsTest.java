package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteVerbsTest {

  private static int pastTense(String words, String tags) {
    return FiniteVerbs.pastTense(List.of(words.split(" ")), List.of(tags.split(" ")));
  }

  @Test
  void aParticipleAfterTheOpeningNounPhraseWithAnObjectIsThePastTense() {
    assertEquals(1, pastTense("Ruritania mediated talks .", "NNP VBN NNS ."));
    assertEquals(
        3, pastTense("The Freedonian government brokered a truce .", "DT JJ NN VBN DT NN ."));
  }

  @Test
  void aSentenceWithAFiniteVerbKeepsItsTags() {
    assertEquals(-1, pastTense("Ruritania mediated talks resumed .", "NNP VBN NNS VBD ."));
    assertEquals(-1, pastTense("Ruritania will mediate talks .", "NNP MD VB NNS ."));
  }

  @Test
  void aParticipleWithItsAgentOrWithoutAnObjectStaysAParticiple() {
    assertEquals(-1, pastTense("Talks mediated by Ruritania .", "NNS VBN IN NNP ."));
    assertEquals(-1, pastTense("Talks mediated in Port Aster .", "NNS VBN IN NNP NNP ."));
    assertEquals(-1, pastTense("A deal signed", "DT NN VBN"));
  }

  @Test
  void aParticipleAfterAnythingButTheOpeningNounPhraseStaysAParticiple() {
    assertEquals(-1, pastTense("After talks mediated the week .", "IN NNS VBN DT NN ."));
  }
}
