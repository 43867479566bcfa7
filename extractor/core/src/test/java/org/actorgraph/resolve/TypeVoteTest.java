package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class TypeVoteTest {

  /** Every occurrence of {@code name} in {@code body}, as a mention of one finder and type. */
  private static List<Mention> retype(String body, String name, EntityType type, String finder) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      CharSpan span = new CharSpan(at, at + name.length());
      int sentence = a.sentenceOf(span).orElseThrow().index();
      mentions.add(new Mention(span, name, type, sentence, finder, 0.6, Optional.empty()));
    }
    return TypeVote.retype(a, mentions);
  }

  @Test
  void aPartyTheModelTookForAPersonIsAnOrganisationByItsContext() {
    List<Mention> out =
        retype(
            "Jane Doe, the main opposition Unity candidate, lost the vote in Freedonia.",
            "Unity",
            EntityType.PERSON,
            "model");
    assertEquals(EntityType.ORGANISATION, out.get(0).type());
  }

  @Test
  void aPossessiveBeforeTheCueWordCounts() {
    List<Mention> out =
        retype("Asterism's chairman resigned on Monday.", "Asterism", EntityType.PERSON, "model");
    assertEquals(EntityType.ORGANISATION, out.get(0).type());
  }

  @Test
  void aPersonsTitleVotesForAPerson() {
    List<Mention> out =
        retype("Mr Roe arrived in Port Aster.", "Roe", EntityType.ORGANISATION, "model");
    assertEquals(EntityType.PERSON, out.get(0).type());
  }

  @Test
  void whoAfterACommaVotesForAPersonAndWeakCuesAddUp() {
    assertEquals(
        EntityType.PERSON,
        retype("Roe, who leads the party, spoke.", "Roe", EntityType.ORGANISATION, "model")
            .get(0)
            .type());
    assertEquals(
        EntityType.ORGANISATION,
        retype("The FUP leader spoke.", "FUP", EntityType.PERSON, "model").get(0).type());
  }

  @Test
  void aCueNeverRetypesAPlaceOrAMentionOfAMoreTrustedFinder() {
    assertEquals(
        EntityType.PLACE,
        retype("Port Aster members met.", "Port Aster", EntityType.PLACE, "model").get(0).type());
    assertEquals(
        EntityType.PERSON,
        retype("John Roe members met.", "John Roe", EntityType.PERSON, "rule:title").get(0).type());
  }

  @Test
  void withoutCuesTheModelsTypeStands() {
    List<Mention> out =
        retype("Sylvan Roe spoke in Freedonia.", "Sylvan Roe", EntityType.PERSON, "model");
    assertEquals(EntityType.PERSON, out.get(0).type());
  }

  @Test
  void aRoleOfACompanyRetypesAPlaceTheModelFound() {
    assertEquals(
        EntityType.ORGANISATION,
        retype(
                "Carlos Vega, the chief executive of Asterpetro, resigned.",
                "Asterpetro",
                EntityType.PLACE,
                "model")
            .get(0)
            .type());
    assertEquals(
        EntityType.ORGANISATION,
        retype("Kestrova's shareholders met in Lyon.", "Kestrova", EntityType.PERSON, "model")
            .get(0)
            .type());
  }

  @Test
  void whatOnlyATownHasRetypesAPersonOrOrganisationTheModelFound() {
    assertEquals(
        EntityType.PLACE,
        retype("The mayor of Corvanto, Elisa Marr, spoke.", "Corvanto", EntityType.PERSON, "model")
            .get(0)
            .type());
    assertEquals(
        EntityType.PLACE,
        retype(
                "Residents of Pellingford were evacuated.",
                "Pellingford",
                EntityType.ORGANISATION,
                "model")
            .get(0)
            .type());
  }

  @Test
  void aCueThatFitsAPersonTooMakesAPlaceAnOrganisationButLeavesAPerson() {
    assertEquals(
        EntityType.ORGANISATION,
        retype(
                "A spokesman for Norvanta declined to comment.",
                "Norvanta",
                EntityType.PLACE,
                "model")
            .get(0)
            .type());
    assertEquals(
        EntityType.PERSON,
        retype(
                "A spokesman for Jane Roe declined to comment.",
                "Jane Roe",
                EntityType.PERSON,
                "model")
            .get(0)
            .type());
    assertEquals(
        EntityType.PERSON,
        retype("Velmora's shares were sold.", "Velmora", EntityType.PERSON, "model").get(0).type());
  }

  /** Four place cues outweigh one rule mention, yet the rule's name takes none of them. */
  @Test
  void aNameAGazetteerOrRuleFoundTakesNoCueVotes() {
    String body =
        "The mayor of Aster said the residents of Aster, the suburbs of Aster and Aster's streets wept.";
    List<Mention> out = new ArrayList<>();
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    for (int at = body.indexOf("Aster"), i = 0; at >= 0; at = body.indexOf("Aster", at + 1), i++) {
      CharSpan span = new CharSpan(at, at + 5);
      out.add(
          new Mention(
              span,
              "Aster",
              i == 0 ? EntityType.ORGANISATION : EntityType.PERSON,
              0,
              i == 0 ? "rule:kind" : "model",
              0.6,
              Optional.empty()));
    }
    for (Mention m : TypeVote.retype(a, out)) {
      assertEquals(EntityType.ORGANISATION, m.type());
    }
  }
}
