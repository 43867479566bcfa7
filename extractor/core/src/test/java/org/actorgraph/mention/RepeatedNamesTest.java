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
}
