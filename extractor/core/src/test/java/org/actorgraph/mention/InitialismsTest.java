package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class InitialismsTest {

  private static List<String> found(String body) {
    Gazetteer gazetteer = Gazetteer.standard();
    GivenNameFinder people = new GivenNameFinder(gazetteer);
    MentionFinder finder =
        new CompositeMentionFinder(List.of(people, new KindNameFinder(gazetteer, people)));
    return finder.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text() + ":" + m.finder())
        .toList();
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
