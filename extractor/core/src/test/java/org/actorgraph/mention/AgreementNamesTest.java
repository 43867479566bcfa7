package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class AgreementNamesTest {

  private static AnnotatedArticle annotated(String body) {
    return OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
  }

  private static List<String> names(String body) {
    AnnotatedArticle a = annotated(body);
    return a.sentences().stream()
        .flatMap(s -> AgreementNames.in(s).stream())
        .map(n -> n.span().of(a.body()) + (n.titled() ? "" : " (lower-case head)"))
        .toList();
  }

  private static List<String> mentions(String body) {
    return new CompositeMentionFinder(List.of(new GazetteerMentionFinder(Gazetteer.standard())))
        .find(annotated(body)).stream().map(m -> m.type().label() + ":" + m.text()).toList();
  }

  @Test
  void aTitleOrAHeadWithItsNameIsAnAgreementsName() {
    assertEquals(
        List.of("Port Aster Accord", "Treaty on the Limitation of Aster Arms"),
        names(
            "Freedonia ratified the Port Aster Accord in 2018. Sylvania signed the Treaty on the"
                + " Limitation of Aster Arms."));
    assertEquals(
        List.of("Comprehensive and Progressive Agreement for Trans-Aster Partnership"),
        names(
            "Freedonia joined the Comprehensive and Progressive Agreement for Trans-Aster"
                + " Partnership in 2023."));
    assertEquals(
        List.of("Comprehensive and Progressive Agreement for Trans-Aster Partnership"),
        names(
            "Freedonia joined the Comprehensive and Progressive Agreement for Trans-Aster"
                + " Partnership on Sunday."));
  }

  @Test
  void properNounsBeforeALowerCaseHeadNameAnAgreement() {
    assertEquals(
        List.of("New ASTER treaty (lower-case head)", "Aster accords (lower-case head)"),
        names("Freedonia left the New ASTER treaty. Sylvania signed the Aster accords."));
    assertEquals(
        List.of("Port Aster climate accord (lower-case head)"),
        names("Freedonia pulled out of the Port Aster climate accord in 2020."));
    assertEquals(List.of(), names("Freedonia signed a new climate accord with Sylvania."));
  }

  @Test
  void aSentencesFirstWordOrADayIsNoName() {
    assertEquals(
        List.of(),
        names("Trade agreements were signed. They signed agreements on Friday agreements."));
  }

  @Test
  void aPlaceInsideAnAgreementsNameIsNoMention() {
    assertEquals(
        List.of("Country:Kenya", "Place:Geneva"),
        mentions("Kenya ratified the Geneva Accord in 2019. Talks were later held in Geneva."));
    assertEquals(List.of("Country:Kenya"), mentions("Kenya signed the Geneva accords."));
  }

  @Test
  void aCapitalInsideAnAgreementsNameIsWhereItWasSignedNotItsCountry() {
    assertEquals(
        List.of("Country:Ethiopia"),
        mentions("Ethiopia said it would honour the 2022 Pretoria agreement."));
    assertEquals(
        List.of("Country:Ethiopia", "Country:Pretoria"),
        mentions("Ethiopia honoured the 2022 Pretoria agreement. Pretoria welcomed the move."));
  }

  @Test
  void aModelsPersonThatIsAnAgreementsNameIsNoMention() {
    Gazetteer gazetteer = Gazetteer.standard();
    GivenNameFinder people = new GivenNameFinder(gazetteer);
    MentionFinder finder =
        new CompositeMentionFinder(
            List.of(
                new GazetteerMentionFinder(gazetteer),
                new RuleMentionFinder(gazetteer),
                new PatternMentionFinder(gazetteer),
                new CheckedNameFinder(OpenNlpNameFinder.fromClassPath(), gazetteer),
                people,
                new KindNameFinder(gazetteer, people),
                new CuedNameFinder(gazetteer, people)));
    assertEquals(
        List.of("Country:Kenya"),
        finder.find(annotated("Jane Roe said the Port Aster Accord was unfair to Kenya.")).stream()
            .filter(m -> !m.text().equals("Jane Roe"))
            .map(m -> m.type().label() + ":" + m.text())
            .toList());
  }

  @Test
  void anUnknownUnionBeforeALowerCaseHeadIsTheAgreementsName() {
    ProposedMentions p =
        ProposedMentions.of(
            "Kenya and Ruritania signed the Aster Union treaty on Friday.",
            EntityType.ORGANISATION,
            "rule:head",
            "Aster Union");
    assertEquals(List.of(), AgreementNames.withoutInnerNames(p.article(), p.mentions()));
    ProposedMentions company =
        ProposedMentions.of(
            "Kenya signed the Aster Energy agreement on Friday.",
            EntityType.ORGANISATION,
            "rule:head",
            "Aster Energy");
    assertEquals(
        company.mentions(),
        AgreementNames.withoutInnerNames(company.article(), company.mentions()));
  }
}
