package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GivenNamesTest {

  @Test
  void aGivenNameTellsItsSexWhateverItsCase() {
    assertEquals(Optional.of(GivenNames.Sex.FEMALE), GivenNames.sexOf("Jane"));
    assertEquals(Optional.of(GivenNames.Sex.MALE), GivenNames.sexOf("JOHN"));
    assertTrue(GivenNames.isGivenName("margaret"));
  }

  @Test
  void aNameOfBothSexesIsAGivenNameThatTellsNoSex() {
    assertTrue(GivenNames.isGivenName("Leslie"));
    assertTrue(GivenNames.isGivenName("Jordan"));
    assertEquals(Optional.empty(), GivenNames.sexOf("Leslie"));
  }

  @Test
  void otherWordsAndTitlesAreNoGivenNames() {
    assertFalse(GivenNames.isGivenName("Trade"));
    assertFalse(GivenNames.isGivenName("Major"));
    assertEquals(Optional.empty(), GivenNames.sexOf("Major"));
  }
}
