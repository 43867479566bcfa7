package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

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
