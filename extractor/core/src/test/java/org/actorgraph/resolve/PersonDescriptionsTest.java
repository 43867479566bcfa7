package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.resolve.DescriptionFixture.Named;
import org.junit.jupiter.api.Test;

class PersonDescriptionsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final PersonDescriptions RESOLVER =
      new PersonDescriptions(
          new NameGroupingResolver(new Iris(Iris.DEFAULT_BASE), GAZETTEER::byKey), GAZETTEER);

  /** Resolves {@code body}, each of whose {@code people} is a person mention wherever it stands. */
  private static Map<String, String> described(String body, String... people) {
    return DescriptionFixture.described(
        RESOLVER,
        body,
        Arrays.stream(people)
            .map(p -> new Named(p, EntityType.PERSON, Optional.<String>empty()))
            .toList());
  }

  /** Resolves {@code body} with the article's names, each of its type and gazetteer key. */
  private static Map<String, String> described(String body, Named... names) {
    return DescriptionFixture.described(RESOLVER, body, Arrays.asList(names));
  }

  private static Named person(String name) {
    return new Named(name, EntityType.PERSON, Optional.empty());
  }

  private static Named country(String demonym, String key) {
    return new Named(demonym, EntityType.COUNTRY, Optional.of(key));
  }

  @Test
  void aDemonymDescriptionStandsForThePersonOfNoOtherCountrysTitle() {
    assertEquals(
        Map.of("The Peruvian president@53", "John Roe"),
        described(
            "Chilean President Jane Doe hosted John Roe in Arica. The Peruvian president praised"
                + " the deal.",
            person("Jane Doe"),
            person("John Roe"),
            country("Chilean", "Q298"),
            country("Peruvian", "Q419")));
    assertEquals(
        Map.of("The Peruvian leader@35", "Jane Doe"),
        described(
            "Peruvian President Jane Doe spoke. The Peruvian leader said the talks went well.",
            person("Jane Doe"),
            country("Peruvian", "Q419")));
  }

  @Test
  void twoPeopleOfNoKnownCountryLeaveADemonymDescriptionUnresolved() {
    assertEquals(
        Map.of(),
        described(
            "Jane Doe met John Roe in Arica. The Peruvian president praised the deal.",
            person("Jane Doe"),
            person("John Roe"),
            country("Peruvian", "Q419")));
  }

  @Test
  void aPersonTheGazetteerGivesAnotherCountryIsNoAntecedent() {
    assertEquals(
        Map.of("the Guinean transitional leader@58", "Jane Doe"),
        described(
            "Paul Kagame invited Jane Doe to Kigali for a visit, which the Guinean transitional"
                + " leader accepted.",
            new Named("Paul Kagame", EntityType.PERSON, Optional.of("person-paul-kagame")),
            person("Jane Doe"),
            country("Guinean", "Q1006")));
  }

  @Test
  void aTitleStandsForThePersonSoTitledBefore() {
    assertEquals(
        Map.of("The prime minister@56", "John Roe"),
        described(
            "President Jane Doe met Prime Minister John Roe in Lima. The prime minister criticised"
                + " Chile.",
            "Jane Doe",
            "John Roe"));
  }

  @Test
  void aNounOfTheOfficeStandsForItsHolder() {
    assertEquals(
        Map.of("The pontiff@28", "John Roe"),
        described(
            "Pope John Roe met Jane Doe. The pontiff urged Chile to act.", "John Roe", "Jane Doe"));
  }

  @Test
  void twoHoldersOrAPersonOfUnknownOfficeLeaveItUnresolved() {
    assertEquals(
        Map.of(),
        described(
            "President Jane Doe met President John Roe. The president left.",
            "Jane Doe",
            "John Roe"));
    assertEquals(
        Map.of(),
        described("President Jane Doe met John Roe. The president left.", "Jane Doe", "John Roe"));
  }

  @Test
  void anotherOfficeOrAFormerHolderIsNoDescriptionOfIt() {
    assertEquals(
        Map.of(),
        described(
            "Vice President Jane Doe met Prime Minister John Roe. The vice president and the former"
                + " prime minister left.",
            "Jane Doe",
            "John Roe"));
  }

  @Test
  void theSubjectOfTheVerbIsNoAntecedentOfItsObject() {
    assertEquals(
        Map.of(),
        described("President Jane Doe visited Chile. Jane Doe praised the president.", "Jane Doe"));
  }

  @Test
  void theSubjectAfterItsAppositionIsNoAntecedentOfItsObject() {
    assertEquals(
        Map.of(),
        described(
            "The chairman of the bank, Jane Doe, met the Peruvian president in Lima.",
            person("Jane Doe"),
            country("Peruvian", "Q419")));
    assertEquals(
        Map.of(),
        described(
            "Jane Doe, the head of the bank, met the Peruvian president in Lima.",
            person("Jane Doe"),
            country("Peruvian", "Q419")));
  }

  @Test
  void aJuntaStandsForTheLeaderTheArticleNamed() {
    assertEquals(
        Map.of("The junta@52", "John Roe"),
        described(
            "A junta led by Gen. John Roe seized power in Chile. The junta detained President Jane"
                + " Doe.",
            "John Roe",
            "Jane Doe"));
    assertEquals(
        Map.of(),
        described(
            "Soldiers led by John Roe seized power in Chile. The junta detained Jane Doe.",
            "John Roe",
            "Jane Doe"));
  }

  @Test
  void aTitleInACommaAppositionTitlesTheNameToo() {
    assertEquals(
        Map.of("The president@73", "Jane Doe"),
        described(
            "Jane Doe, the Freedonian president, met Prime Minister John Roe in Lima. The"
                + " president criticised Peru.",
            "Jane Doe",
            "John Roe"));
    assertEquals(Map.of(), described("Jane Doe, the president, met Chile.", "Jane Doe"));
  }
}
