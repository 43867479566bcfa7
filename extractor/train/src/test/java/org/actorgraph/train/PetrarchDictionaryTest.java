package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.actorgraph.train.PetrarchDictionary.Actor;
import org.actorgraph.train.PetrarchDictionary.Agent;
import org.junit.jupiter.api.Test;

/** The PETRARCH actor and agent formats, on invented excerpts. */
class PetrarchDictionaryTest {

  @Test
  void readsRecordsSynonymsAndDatedCodes() {
    String text =
        "# comment\n"
            + "FREEDONIA_  [XFR]\n"
            + "+FREEDONIAN_ \n"
            + "+PORT_ASTER_ # the capital\n"
            + "\n"
            + "JOHN_ROE_  # CountryInfo.txt\n"
            + "+JOHN_Q._ROE_\n"
            + "\t[XFRELI 550101-011231]\n"
            + "\t[XFRGOV >020101]\n"
            + "\t[XFRGOV 19990101-991301]\n"
            + "JANE_DOE_\t[IGOUNO 030101-051231] [ELI]\n";
    List<Actor> actors = PetrarchDictionary.readActors(new StringReader(text));
    assertEquals(3, actors.size());
    assertEquals(List.of("FREEDONIA_", "FREEDONIAN_", "PORT_ASTER_"), actors.get(0).phrases());
    assertFalse(actors.get(0).dated());
    Actor roe = actors.get(1);
    assertEquals(List.of("JOHN_ROE_", "JOHN_Q._ROE_"), roe.phrases());
    assertEquals(2, roe.codes().size(), "the restriction with month 13 is dropped");
    assertEquals(Optional.of(LocalDate.of(1955, 1, 1)), roe.codes().get(0).from());
    assertEquals(Optional.of(LocalDate.of(2001, 12, 31)), roe.codes().get(0).to());
    assertEquals(Optional.of(LocalDate.of(2002, 1, 1)), roe.codes().get(1).from());
    assertTrue(roe.codes().get(1).to().isEmpty());
    assertEquals(List.of("JANE_DOE_"), actors.get(2).phrases());
    assertEquals("IGOUNO", actors.get(2).codes().get(0).code());
  }

  @Test
  void expandsAgentSubstitutionSets() {
    String text =
        "!MINIST! = MINISTER, MINISTERS, MINISTRY\n"
            + "AGRICULTURE_!MINIST! [~GOVAGR]\n"
            + "POLICE_CHIEF {} [~COP] # ab 01 Jan 2001\n";
    List<Agent> agents = PetrarchDictionary.readAgents(new StringReader(text));
    assertEquals(
        List.of(
            new Agent("AGRICULTURE_MINISTER", "~GOVAGR"),
            new Agent("AGRICULTURE_MINISTERS", "~GOVAGR"),
            new Agent("AGRICULTURE_MINISTRY", "~GOVAGR"),
            new Agent("POLICE_CHIEF", "~COP")),
        agents);
  }

  @Test
  void twoDigitYearsPivotAtThirty() {
    assertEquals(Optional.of(LocalDate.of(2029, 5, 1)), PetrarchDictionary.date("290501"));
    assertEquals(Optional.of(LocalDate.of(1930, 5, 1)), PetrarchDictionary.date("300501"));
    assertTrue(PetrarchDictionary.date("2004017").isEmpty());
  }
}
