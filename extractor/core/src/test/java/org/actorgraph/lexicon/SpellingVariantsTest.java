package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

  private static boolean same(String a, String b) {
    return SpellingVariants.names(List.of(a.split(" ")), List.of(b.split(" ")));
  }

  @Test
  void transliterationsOfOneNameAreOneName() {
    assertTrue(same("Kassym - Zhomart Tokayev", "Kassym - Jomart Tokayev"));
    assertTrue(same("mohammed ardanu", "muhammad ardanu"));
    assertTrue(same("Marc Ardoin", "Mark Ardoin"));
    assertTrue(same("Shavkat Mirziyoyev", "Shavkat Mirziyayev"));
  }

  @Test
  void relativesAndNearNamesStayApart() {
    assertFalse(same("Kim Jong - un", "Kim Jong - il"), "short words must be alike");
    assertFalse(same("Jon Roe", "Jan Roe"));
    assertFalse(same("Louis Ardoin", "Louise Ardoin"));
    assertFalse(same("Alexander Doe", "Alexandra Doe"));
    assertFalse(same("Pavel Ivanov", "Pavel Ivanova"));
    assertFalse(same("Daniel Roe", "Danielle Roe"));
    assertFalse(same("Jane Doe", "John Doe"));
    assertFalse(same("Ardoin", "Ardoni"), "one word is no full name");
    assertFalse(same("Jane Doe", "Jane Doe"), "the same name is no variant");
    assertFalse(same("Marc Ardoin", "Mark Ardoni"), "one word must be written alike");
  }

  @Test
  void distanceCountsSwapsAsOneAndStopsAtTheLimit() {
    assertEquals(1, SpellingVariants.distance("ardoin", "ardion", 2));
    assertEquals(2, SpellingVariants.distance("zhomart", "jomart", 2));
    assertEquals(3, SpellingVariants.distance("abcdefgh", "zyxwvuts", 2));
  }
}
