package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

  private static List<String> found(String body) {
    return NamedAndKinded.found(body);
  }

  @Test
  void aNameFoundOnceIsFoundWhereverItIsWrittenAgain() {
    assertEquals(
        List.of(
            "Organisation:Asterwerk:rule:kind",
            "Person:Maria Vandermolen:model:given-name",
            "Organisation:Asterwerk:rule:repeat",
            "Person:Vandermolen:rule:repeat"),
        found(
            "Freedonian carmaker Asterwerk hired Maria Vandermolen. Asterwerk said Vandermolen"
                + " starts on Monday."));
  }

  @Test
  void aRepeatInsideALongerNameIsNoMention() {
    assertEquals(
        List.of("Organisation:Asterwerk:rule:kind"),
        found("The carmaker Asterwerk grew. The Asterwerk Foundation Trust gave money."));
  }

  @Test
  void aFullNameSpelledAnotherWayIsTheSamePersonsMention() {
    assertEquals(
        List.of(
            "Person:Maria Vandermolen:model:given-name", "Person:Marija Vandermolen:rule:repeat"),
        found(
            "Police arrested Maria Vandermolen on Sunday. Marija Vandermolen was released on"
                + " Monday."));
  }

  @Test
  void aFamilyNameWrittenFirstIsFoundAlone() {
    assertEquals(
        List.of(
            "Person:Chen Jianguo:model:given-name",
            "Person:Chen:rule:repeat",
            "Person:Chen:rule:repeat"),
        found(
            "Police arrested Chen Jianguo on Sunday. Chen said he was innocent, and his lawyer"
                + " said Chen would appeal."));
  }

  @Test
  void aGivenNameWrittenFirstIsNotFoundAlone() {
    assertEquals(
        List.of("Person:Maria Vandermolen:model:given-name"),
        found("Police arrested Maria Vandermolen on Sunday. Maria was released on Monday."));
  }

  @Test
  void aFamilyNameThatIsAlsoAGivenNameIsNotFoundAloneInAWesternOrderName() {
    assertEquals(
        List.of("Person:Lee Vandermolen:model:given-name", "Person:Vandermolen:rule:repeat"),
        found(
            "Police arrested Lee Vandermolen on Sunday. Vandermolen said Lee was a common"
                + " name."));
  }

  @Test
  void aFamilyNameOpeningASentenceMustReadAsAName() {
    assertEquals(
        List.of("Person:Park Jianguo:model:given-name", "Person:Park:rule:repeat"),
        found(
            "Police arrested Park Jianguo on Sunday. Park rangers found his car. Park said he was"
                + " innocent."));
  }
}
