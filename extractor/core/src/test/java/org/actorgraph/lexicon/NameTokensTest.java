package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokensTest {

  @Test
  void tokensAreSplitOnAnyRunOfWhitespaceWithoutALeadingThe() {
    assertEquals(
        List.of("Republic", "of", "Freedonia"),
        NameTokens.tokenize("  the Republic \t of\n\nFreedonia "));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), NameTokens.tokenize(" \t "));
  }
}
