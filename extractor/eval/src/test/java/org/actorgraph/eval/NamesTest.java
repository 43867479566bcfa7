package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void normalisingLowersRemovesAccentsAndPunctuationAndALeadingThe() {
    assertEquals("luisa gonzalez", Names.normalise("  Luisa\u00a0GONZÁLEZ "));
    assertEquals("us", Names.normalise("U.S."));
    assertEquals("national police", Names.normalise("The National Police"));
    assertEquals("hague", Names.normalise("the Hague"));
    assertEquals("other side", Names.normalise("The other side"));
    assertEquals("theodore", Names.normalise("Theodore"));
    assertEquals("the", Names.normalise("The"));
    assertEquals("swedens nato accession", Names.normalise("Sweden’s NATO accession"));
  }

  @Test
  void contentWordsLeaveOutFunctionWords() {
    assertEquals(Set.of("agreement", "jets"), Names.contentWords("The agreement for the jets"));
    assertEquals(Set.of(), Names.contentWords("of the"));
  }

  @Test
  void startingWordsMustEndAtAWordBoundary() {
    assertTrue(Names.startsWithWords("“Yes, I think sooner than late,” he said", "Yes, I think"));
    assertTrue(Names.startsWithWords("There are plans", "There are plans"));
    assertFalse(Names.startsWithWords("There are plansible", "There are plans"));
    assertFalse(Names.startsWithWords("There are", "There are plans"));
    assertFalse(Names.startsWithWords("anything", "…"));
  }
}
