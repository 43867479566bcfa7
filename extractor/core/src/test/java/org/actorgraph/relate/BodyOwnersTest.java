package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class BodyOwnersTest {

  private static Set<String> links(TestArticles world, String body) {
    return links(BodyOwners.withoutGazetteer(), world, body);
  }

  private static Set<String> links(BodyOwners owners, TestArticles world, String body) {
    return owners.find(world.resolve(body)).stream()
        .map(BodyOwnersTest::describe)
        .collect(Collectors.toSet());
  }

  private static String describe(Fact f) {
    if (f instanceof Fact.PartOf p) {
      return p.part().label() + " partOf " + p.whole().label();
    }
    if (f instanceof Fact.LocatedIn l) {
      return l.located().label() + " locatedIn " + l.location().label();
    }
    return f.toString();
  }

  /** The countries, after the given organisations and places so those keep their full names. */
  private static TestArticles world(String name, EntityType type) {
    return new TestArticles()
        .entity(name, type, name)
        .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
        .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan");
  }

  @Test
  void aBodyNamedWithADemonymIsPartOfThatCountry() {
    TestArticles w = world("Valdorian Parliament", EntityType.ORGANISATION);
    assertEquals(
        Set.of("Valdorian Parliament partOf Valdoria"),
        links(w, "The Valdorian Parliament voted on Monday. Valdoria and Estrella welcomed it."));
  }

  @Test
  void aDemonymTheArticleWritesOnlyInTheBodysNameComesFromTheGazetteer() {
    TestArticles w =
        new TestArticles()
            .entity("Peruvian Congress", EntityType.ORGANISATION, "Peruvian Congress")
            .entity("Korean Central Office", EntityType.ORGANISATION, "Korean Central Office")
            .known("Peru", EntityType.COUNTRY, "Q419", "PE", "Peru")
            .known("South Korea", EntityType.COUNTRY, "Q884", "KR", "South Korea");
    Set<String> found =
        links(
            new BodyOwners(Gazetteer.standard()),
            w,
            "The Peruvian Congress voted. The Korean Central Office spoke. Peru and South Korea"
                + " replied.");
    assertEquals(Set.of("Peruvian Congress partOf Peru"), found, "'Korean' names two countries");
  }

  @Test
  void aCountryWordBeforeAListedArmedGroupMakesNoBodyOfTheState() {
    TestArticles w =
        new TestArticles()
            .entity("Valdorian Taliban", EntityType.ORGANISATION, "Valdorian Taliban")
            .entity("Valdorian Parliament", EntityType.ORGANISATION, "Valdorian Parliament")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan");
    assertEquals(
        Set.of("Valdorian Parliament partOf Valdoria"),
        links(
            new BodyOwners(Gazetteer.standard()),
            w,
            "Troops killed six militants of the Valdorian Taliban. The Valdorian Parliament met."
                + " Valdoria and Estrella spoke."));
  }

  @Test
  void aPartyNamedWithItsCountryIsLocatedThereNotPartOfTheState() {
    TestArticles w = world("Valdoria Unity Party", EntityType.ORGANISATION);
    assertEquals(
        Set.of("Valdoria Unity Party locatedIn Valdoria"),
        links(w, "The Valdoria Unity Party won the vote. Valdoria and Estrella welcomed it."));
    TestArticles unnamed = world("Unity Party", EntityType.ORGANISATION);
    assertEquals(
        Set.of(),
        links(unnamed, "The Unity Party won. Valdoria voted. Valdoria counted. Valdoria is calm."));
  }

  @Test
  void aBodyTheGazetteerPlacesElsewhereIsNoBodyOfTheArticlesCountry() {
    TestArticles w =
        new TestArticles()
            .knownBody("Kremlin", "kremlin", "Kremlin")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria");
    Set<String> found =
        links(
            new BodyOwners(Gazetteer.standard()),
            w,
            "Valdoria bought tanks. Valdoria paid. Valdoria will deploy them. "
                + "The Kremlin criticised the purchase.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aBodyNamedWithOfACountryIsPartOfThatCountry() {
    TestArticles w = world("National Assembly of Estrella", EntityType.ORGANISATION);
    assertEquals(
        Set.of("National Assembly of Estrella partOf Estrella"),
        links(w, "The National Assembly of Estrella met. Valdoria objected to Estrella."));
  }

  @Test
  void aTownThingsHappenInLiesInTheCountryTheArticleIsAbout() {
    TestArticles w = world("Korvo", EntityType.PLACE);
    Set<String> found =
        links(
            w,
            "Valdoria bought tanks. Valdoria paid. Valdoria will deploy them. "
                + "Valdorian tanks arrive in Korvo next year.");
    assertEquals(Set.of("Korvo locatedIn Valdoria"), found);
  }

  @Test
  void aTownIsNotPlacedByADemonymThatNamesWhoLeadsSomethingThere() {
    TestArticles w = world("Korvo", EntityType.PLACE);
    Set<String> found =
        links(
            w,
            "Valdoria sent troops. Valdoria paid. Valdoria will deploy them. "
                + "The troops will join a Valdorian-led battlegroup based in Korvo.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aTownGetsNoCountryWhenTheArticleIsAboutTwo() {
    TestArticles w = world("Korvo", EntityType.PLACE);
    Set<String> found =
        links(
            w,
            "Valdoria and Estrella met. Estrella and Valdoria talked. Valdoria and Estrella agreed. "
                + "Talks end in Korvo.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aTownIsNotPlacedWhenItsSentenceNamesAnotherCountry() {
    TestArticles w = world("Korvo", EntityType.PLACE);
    Set<String> found =
        links(
            w,
            "Valdoria bought tanks. Valdoria paid. Valdoria will deploy them. Valdoria trains. "
                + "Valdorian troops will train with Estrella in Korvo.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aBodyWrittenAsABlocsNameAndAKindOfBodyIsPartOfTheBloc() {
    TestArticles w =
        new TestArticles()
            .international("Refugee Office", "Union refugee agency", "Refco")
            .international("Union", "Union")
            .entity("Wire", EntityType.ORGANISATION, "Union news agency");
    Set<String> found =
        links(
            w,
            "The Union refugee agency said 5,000 people fled. The Union appealed for aid. The"
                + " Union news agency reported it.");
    assertTrue(found.contains("Refugee Office partOf Union"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Wire")), found.toString());
  }

  @Test
  void aSeatWrittenOutsideTheNamesCountryMakesNoBodyOfIt() {
    TestArticles w =
        world("Valdorian Observatory for Human Rights", EntityType.ORGANISATION)
            .entity("Port Aster", EntityType.PLACE, "Port Aster");
    assertEquals(
        Set.of(),
        links(
            w,
            "The Port Aster-based Valdorian Observatory for Human Rights said 12 people died."
                + " The Estrella-based Valdorian Observatory for Human Rights repeated it."
                + " Valdoria denied it."));
    assertEquals(
        Set.of("Valdorian Observatory for Human Rights partOf Valdoria"),
        links(w, "The Valdoria-based Valdorian Observatory for Human Rights said 12 people died."),
        "a seat in the name's own country");
  }
}
