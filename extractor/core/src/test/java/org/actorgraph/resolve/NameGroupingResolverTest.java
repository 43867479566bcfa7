package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class NameGroupingResolverTest {

  private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

  private record Proposed(String text, int occurrence, EntityType type, String finder) {}

  private static List<Entity> resolve(String body, Proposed... proposed) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (Proposed p : proposed) {
      int at = -1;
      for (int i = 0; i <= p.occurrence(); i++) {
        at = body.indexOf(p.text(), at + 1);
      }
      CharSpan span = new CharSpan(at, at + p.text().length());
      int sentence = a.sentenceOf(span).orElseThrow().index();
      double confidence = p.finder().equals("model") ? 0.3 : 0.85;
      mentions.add(
          new Mention(
              span, p.text(), p.type(), sentence, p.finder(), confidence, Optional.empty()));
    }
    return resolve(a, mentions);
  }

  private static List<Entity> resolve(AnnotatedArticle a, List<Mention> mentions) {
    return new NameGroupingResolver(IRIS, key -> Optional.empty()).resolve(a, mentions).entities();
  }

  /** The one entity {@link #resolve} makes of {@code body}; fails when it makes more or none. */
  private static Entity oneEntity(String body, Proposed... proposed) {
    List<Entity> entities = resolve(body, proposed);
    assertEquals(1, entities.size(), entities.toString());
    return entities.get(0);
  }

  @Test
  void aFirstNameTheModelTypedAsAPlaceJoinsThePerson() {
    Entity bruce =
        oneEntity(
            "Bruce Belcher is an author. Bruce is known for his analysis.",
            new Proposed("Bruce Belcher", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Bruce", 1, EntityType.PLACE, "model"));
    assertEquals(List.of("Bruce"), bruce.aliases());
    assertEquals(EntityType.PERSON, bruce.type());
  }

  @Test
  void aFullNameSpelledAnotherWayJoinsThePersonButARelativeDoesNot() {
    List<Entity> entities =
        resolve(
            "Kassym-Zhomart Ardanov arrived. Kassym-Jomart Ardanov spoke. Louise Ardanov left.",
            new Proposed("Kassym-Zhomart Ardanov", 0, EntityType.PERSON, "model"),
            new Proposed("Kassym-Jomart Ardanov", 0, EntityType.PERSON, "rule:repeat"),
            new Proposed("Louise Ardanov", 0, EntityType.PERSON, "model"));
    assertEquals(2, entities.size(), entities.toString());
    assertEquals(List.of("Kassym-Jomart Ardanov"), entities.get(0).aliases());
  }

  @Test
  void aFamilyNameTwoPeopleShareJoinsNeither() {
    List<Entity> entities =
        resolve(
            "Premier Chen Jianguo met the envoy Chen Hui. Chen said the talks were useful.",
            new Proposed("Chen Jianguo", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Chen Hui", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Chen", 2, EntityType.PERSON, "rule:repeat"));
    assertEquals(3, entities.size(), entities.toString());
    assertTrue(entities.stream().allMatch(e -> e.aliases().isEmpty()), entities.toString());
  }

  @Test
  void aFamilyNameOnePersonHasJoinsThatPerson() {
    Entity chen =
        oneEntity(
            "Premier Chen Jianguo arrived. Chen said the talks were useful.",
            new Proposed("Chen Jianguo", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Chen", 1, EntityType.PERSON, "rule:repeat"));
    assertEquals(List.of("Chen"), chen.aliases());
  }

  @Test
  void aPersonNamedOnlyAsTheHeadOfAGovernmentIsNoEntity() {
    assertEquals(
        List.of(),
        resolve(
            "The Roe regime used force. Later the Roe government denied it.",
            new Proposed("Roe", 0, EntityType.PERSON, "rule"),
            new Proposed("Roe", 1, EntityType.PERSON, "rule")));
    oneEntity(
        "The Roe regime used force. John Roe denied it.",
        new Proposed("Roe", 0, EntityType.PERSON, "rule"),
        new Proposed("John Roe", 0, EntityType.PERSON, "rule"));
  }

  @Test
  void aPersonNamedWithATitleBeforeTheirGovernmentIsAnEntity() {
    oneEntity(
        "Valdorian President John Roe's government used force.",
        new Proposed("John Roe", 0, EntityType.PERSON, "rule"));
    assertEquals(
        List.of(),
        resolve(
            "Valdorian troops and the Roe government used force.",
            new Proposed("Roe", 0, EntityType.PERSON, "rule")));
  }

  @Test
  void anAcronymInParenthesesJoinsTheNameBeforeIt() {
    Entity center =
        oneEntity(
            "The Organized Crime Research Center (OCRC) said so. The OCRC counted 2,500 deaths.",
            new Proposed("Organized Crime Research Center", 0, EntityType.ORGANISATION, "rule"),
            new Proposed("OCRC", 1, EntityType.ORGANISATION, "model"));
    assertEquals("Organized Crime Research Center", center.label());
  }

  @Test
  void theModelsTypesForOneNameAreOutvotedByAMoreTrustedFinder() {
    Entity ellwood =
        oneEntity(
            "Ellwood spoke. Tobias Ellwood met them. Later Tobias Ellwood left.",
            new Proposed("Tobias Ellwood", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Tobias Ellwood", 1, EntityType.PLACE, "model"));
    assertEquals(EntityType.PERSON, ellwood.type());
  }

  @Test
  void aSurnameAloneGetsAnotherIriThanTheFullNameInAnotherArticle() {
    Entity full =
        resolve("Daniel Noboa spoke.", new Proposed("Daniel Noboa", 0, EntityType.PERSON, "model"))
            .get(0);
    Entity surname =
        resolve("Noboa spoke.", new Proposed("Noboa", 0, EntityType.PERSON, "model")).get(0);
    Entity again =
        resolve(
                "Yesterday Daniel Noboa left.",
                new Proposed("Daniel Noboa", 0, EntityType.PERSON, "model"))
            .get(0);
    assertEquals(full.iri(), again.iri());
    assertNotEquals(full.iri(), surname.iri());
  }

  @Test
  void anEntityOnlyTheModelFoundIsLessCertainThanOneARuleFound() {
    List<Entity> entities =
        resolve(
            "Hanwha Defense and Wegorzewo Works signed.",
            new Proposed("Hanwha Defense", 0, EntityType.ORGANISATION, "rule:head"),
            new Proposed("Wegorzewo Works", 0, EntityType.ORGANISATION, "model"));
    assertTrue(entities.get(0).confidence() > entities.get(1).confidence());
    assertTrue(entities.get(1).confidence() < 0.8);
  }

  @Test
  void aBodyAfterItsOwnerIsNamedWithItSoTwoOwnersBodiesStayApart() {
    List<Entity> entities =
        resolve(
            "Freedonia's foreign ministry protested, and the Sylvanian foreign ministry replied."
                + " Freedonia's Embassy in Port Aster closed.",
            new Proposed("Freedonia", 0, EntityType.COUNTRY, "gazetteer"),
            new Proposed("foreign ministry", 0, EntityType.ORGANISATION, "rule:owned"),
            new Proposed("Sylvanian", 0, EntityType.COUNTRY, "gazetteer:demonym"),
            new Proposed("foreign ministry", 1, EntityType.ORGANISATION, "rule:owned"),
            new Proposed("Freedonia", 1, EntityType.COUNTRY, "gazetteer"),
            new Proposed("Embassy", 0, EntityType.ORGANISATION, "rule:owned"),
            new Proposed("Port Aster", 0, EntityType.PLACE, "model"));
    List<String> labels = entities.stream().map(Entity::label).toList();
    assertTrue(labels.contains("Freedonia's foreign ministry"), labels.toString());
    assertTrue(labels.contains("Sylvanian foreign ministry"), labels.toString());
    assertTrue(labels.contains("Freedonia's Embassy in Port Aster"), labels.toString());
  }

  @Test
  void aNameBeforeAKnownAcronymInParenthesesJoinsTheKnownEntry() {
    String body = "Leaders of the Union of Aster States (UAS) met. The UAS agreed.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    int name = body.indexOf("Union of Aster States");
    int acronym = body.indexOf("UAS");
    List<Mention> mentions =
        List.of(
            new Mention(
                new CharSpan(name, name + 21),
                "Union of Aster States",
                EntityType.ORGANISATION,
                0,
                "model",
                0.3,
                Optional.empty()),
            new Mention(
                new CharSpan(acronym, acronym + 3),
                "UAS",
                EntityType.ORGANISATION,
                0,
                "gazetteer",
                0.95,
                Optional.of("uas")));
    List<Entity> entities = resolve(a, mentions);
    assertEquals(1, entities.size(), entities.toString());
  }

  @Test
  void britishAndAmericanSpellingsOfANameAreOneEntity() {
    oneEntity(
        "The Aster Defence Organisation met. The Aster Defense Organization agreed.",
        new Proposed("Aster Defence Organisation", 0, EntityType.ORGANISATION, "model"),
        new Proposed("Aster Defense Organization", 0, EntityType.ORGANISATION, "model"));
  }

  @Test
  void aNameIntroducedWithKnownAsIsAnAlias() {
    Entity roe =
        oneEntity(
            "President John Roe, known as Big Johnny, spoke. Big Johnny left.",
            new Proposed("John Roe", 0, EntityType.PERSON, "rule:title"),
            new Proposed("Big Johnny", 0, EntityType.PERSON, "model"),
            new Proposed("Big Johnny", 1, EntityType.PERSON, "model"));
    assertEquals("John Roe", roe.label());
  }

  @Test
  void anAcronymSpellsTheInitialsOfWordsSplitAtSpacesAndHyphens() {
    assertTrue(NameGroupingResolver.isAcronymOf("FPL", "Freedonian People's-Liberation"));
    assertFalse(NameGroupingResolver.isAcronymOf("FP", "Freedonian People's-Liberation"));
  }

  @Test
  void aRiversNameAloneIsItsAliasAndJoinsItButAMosquesDoesNot() {
    List<Entity> entities =
        resolve(
            "The Varna river flooded. The Varna rose. The al-Zarqin mosque stood. Al-Zarqin spoke.",
            new Proposed("Varna river", 0, EntityType.PLACE, "rule:facility"),
            new Proposed("Varna", 1, EntityType.ORGANISATION, "model"),
            new Proposed("al-Zarqin mosque", 0, EntityType.PLACE, "rule:facility"),
            new Proposed("Al-Zarqin", 0, EntityType.PERSON, "model"));
    assertEquals(3, entities.size(), entities.toString());
    assertEquals("Varna river", entities.get(0).label());
    assertEquals(List.of("Varna"), entities.get(0).aliases());
    assertEquals(EntityType.PLACE, entities.get(0).type());
    assertEquals(List.of(), entities.get(1).aliases());
  }

  @Test
  void aFamilyNameWithoutItsArabicArticleJoinsThePerson() {
    oneEntity(
        "Omar Farid al-Rashid arrived. Rashid spoke.",
        new Proposed("Omar Farid al-Rashid", 0, EntityType.PERSON, "model"),
        new Proposed("Rashid", 1, EntityType.PERSON, "model"));
  }

  @Test
  void aCompanysRegisteredNameAndItsEverydayNameAreOneOrganisation() {
    Entity kovo =
        oneEntity(
            "Kovo Motor Corp won the contract. Kovo said it would deliver in May.",
            new Proposed("Kovo Motor Corp", 0, EntityType.ORGANISATION, "rule"),
            new Proposed("Kovo", 1, EntityType.PERSON, "model"));
    assertEquals(EntityType.ORGANISATION, kovo.type());
    assertEquals(List.of("Kovo"), kovo.aliases());
    oneEntity(
        "Aster Energy Ltd signed. Aster Energy said so.",
        new Proposed("Aster Energy Ltd", 0, EntityType.ORGANISATION, "rule"),
        new Proposed("Aster Energy", 1, EntityType.ORGANISATION, "rule"));
  }

  @Test
  void aRegisteredNameJoinsTheKnownCompanyItsShortNameWasFoundAs() {
    String body = "Kovo Aero Corp won the deal. Kovo chief executive Jane Roe said so.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    int full = body.indexOf("Kovo Aero Corp");
    int alone = body.indexOf("Kovo chief");
    GazetteerEntry kovoAero =
        new GazetteerEntry(
            "kovo-aero",
            "Kovo Aero",
            EntityType.ORGANISATION,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of("Kovo"),
            List.of());
    List<Mention> mentions =
        List.of(
            new Mention(
                new CharSpan(full, full + 14),
                "Kovo Aero Corp",
                EntityType.ORGANISATION,
                0,
                "rule",
                0.85,
                Optional.empty()),
            new Mention(
                new CharSpan(alone, alone + 4),
                "Kovo",
                EntityType.ORGANISATION,
                1,
                "gazetteer",
                0.95,
                Optional.of("kovo-aero")));
    List<Entity> entities =
        new NameGroupingResolver(
                IRIS, key -> key.equals("kovo-aero") ? Optional.of(kovoAero) : Optional.empty())
            .resolve(a, mentions)
            .entities();
    assertEquals(1, entities.size(), entities.toString());
    assertEquals("Kovo Aero", entities.get(0).label());
  }

  @Test
  void anAcronymTheArticleDefinesForANameOfItsOwnIsNotTheKnownEntryOfThatAcronym() {
    String body = "The Aster Investment Fund (AIF) paid. AIF said so.";
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    GazetteerEntry forum =
        new GazetteerEntry(
            "aif",
            "Atlantic Islands Forum",
            EntityType.ORGANISATION,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of("AIF"),
            List.of());
    List<Mention> mentions = new ArrayList<>();
    int name = body.indexOf("Aster Investment Fund");
    mentions.add(
        new Mention(
            new CharSpan(name, name + 21),
            "Aster Investment Fund",
            EntityType.ORGANISATION,
            0,
            "rule",
            0.85,
            Optional.empty()));
    for (int at = body.indexOf("AIF"); at >= 0; at = body.indexOf("AIF", at + 1)) {
      mentions.add(
          new Mention(
              new CharSpan(at, at + 3),
              "AIF",
              EntityType.ORGANISATION,
              a.sentenceOf(new CharSpan(at, at + 3)).orElseThrow().index(),
              "gazetteer",
              0.95,
              Optional.of("aif")));
    }
    List<Entity> entities =
        new NameGroupingResolver(
                IRIS, key -> key.equals("aif") ? Optional.of(forum) : Optional.empty())
            .resolve(a, mentions)
            .entities();
    assertEquals(1, entities.size(), entities.toString());
    assertEquals("Aster Investment Fund", entities.get(0).label());
  }

  @Test
  void aSubsidiaryNamedWithItsLineOfBusinessStaysApartFromItsParent() {
    assertEquals(
        2,
        resolve(
                "Kovo Trading SA, a unit of Kovo, was fined. Kovo said so.",
                new Proposed("Kovo Trading SA", 0, EntityType.ORGANISATION, "rule"),
                new Proposed("Kovo", 1, EntityType.ORGANISATION, "model"))
            .size());
  }
}
