package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitialismsTest {

  private static List<String> found(String body) {
    return NamedAndKinded.found(body);
  }

  @Test
  void anOrganisationsInitialsWrittenAloneAreItsMention() {
    assertEquals(
        List.of(
            "Organisation:Sylvania Adl Front:rule:kind",
            "Organisation:SAF:rule:initials",
            "Organisation:SAF:rule:initials"),
        found(
            "The opposition party Sylvania Adl Front won. The SAF said its lawmakers would"
                + " stay. SAF supporters marched."));
  }

  @Test
  void initialsInsideALongerNameOrOfNoFoundNameAreNoMention() {
    assertEquals(
        List.of("Organisation:Kovo Air:rule:kind"),
        found("The airline Kovo Air grew. The KA Foundation gave money, and GDP rose."));
  }

  @Test
  void theInitialsOfANameCountItsCapitalisedWordsAndHyphenedParts() {
    assertEquals("PTI", Initialisms.initials("Pakistan Tehreek-e-Insaf"));
    assertEquals("MDC", Initialisms.initials("Movement for Democratic Change"));
    assertEquals("", Initialisms.initials("Asterwerk"));
  }
}
