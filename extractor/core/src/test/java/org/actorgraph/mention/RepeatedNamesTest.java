package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

  private static List<String> found(String body) {
    return NamedAndKinded.found(body);
  }

  /** As {@link #found}, with the title rules' people ("President Sutarno Wibisono"). */
  private static List<String> titled(String body) {
    MentionFinder finder =
        new CompositeMentionFinder(List.of(new RuleMentionFinder(Gazetteer.standard())));
    return finder.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(m -> m.text() + ":" + m.finder())
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
  void aLowerCaseNameAfterAPossessiveDeterminerIsNoRepeat() {
    MentionFinder finder =
        new CompositeMentionFinder(List.of(new RuleMentionFinder(Gazetteer.standard())));
    List<String> found =
        finder
            .find(
                OpenNlpAnnotator.forThisThread()
                    .annotate(
                        Article.of(
                            "t",
                            "Germany reopened its embassy in Kabul on Monday. Russia's embassy in"
                                + " Kabul never closed.")))
            .stream()
            .filter(m -> m.type() == EntityType.ORGANISATION)
            .map(m -> m.text() + ":" + m.finder())
            .toList();
    assertEquals(List.of("embassy:rule:owned"), found);
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
  void aGivenNameTheArticleUsesAloneIsFoundWhereItsLastWordNeverStandsAlone() {
    assertEquals(
        List.of("Sutarno Wibisono:rule:title", "Sutarno:rule:repeat"),
        titled("President Sutarno Wibisono arrived on Sunday. \"We want peace,\" Sutarno said."));
    // the last word written alone shows a family name in use
    assertEquals(
        List.of("Sutarno Wibisono:rule:title", "Wibisono:rule:surname"),
        titled("President Sutarno Wibisono arrived on Sunday. Wibisono said Sutarno was tired."));
    // half of a hyphenated given name is no name of its own
    assertEquals(
        List.of("Sutar-Arno Wibisono:rule:title", "Sutar-Jarno Wibisono:rule:repeat"),
        titled("President Sutar-Arno Wibisono arrived on Sunday. Sutar-Jarno Wibisono said so."));
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
