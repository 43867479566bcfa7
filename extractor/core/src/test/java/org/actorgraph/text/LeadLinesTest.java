package org.actorgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeadLinesTest {

  @Test
  void theDatelineOpensTheFirstLine() {
    assertEquals(0, LeadLines.datelineStart("PORT ASTER (AFP) - Talks began.\nThey ended."));
    assertEquals(2, LeadLines.datelineStart("\n\nPORT ASTER (AFP) - Talks began."));
    assertEquals(0, LeadLines.datelineStart("Freedonia and Sylvania signed a pact.\nMore."));
  }

  @Test
  void afterAHeadlineTheDatelineOpensTheNextLine() {
    String body = "Freedonia and Sylvania sign defence pact\n\nPORT ASTER (AFP) - They signed.";
    assertEquals(body.indexOf("PORT"), LeadLines.datelineStart(body));
  }

  @Test
  void aDatelineOnALineOfItsOwnIsNoHeadline() {
    assertEquals(0, LeadLines.datelineStart("PORT ASTER, Freedonia (AFP) -\nTalks began."));
    assertEquals(0, LeadLines.datelineStart("Port Aster (AFP)\nTalks began."));
  }

  @Test
  void aSentenceOrALoneLineIsNoHeadline() {
    assertEquals(0, LeadLines.datelineStart("Talks began, officials said.\nThey ended."));
    assertEquals(0, LeadLines.datelineStart("\"We will win,\" she said.”\nThey ended."));
    assertEquals(0, LeadLines.datelineStart("Freedonia and Sylvania sign defence pact"));
    String longLine = "word ".repeat(LeadLines.MAX_HEADLINE_WORDS + 1) + "\nPORT ASTER - Talks.";
    assertEquals(0, LeadLines.datelineStart(longLine));
  }
}
