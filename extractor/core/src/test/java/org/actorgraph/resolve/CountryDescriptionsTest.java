package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.DescriptionFixture.Named;
import org.junit.jupiter.api.Test;

class CountryDescriptionsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final CountryDescriptions RESOLVER =
      new CountryDescriptions(
          new NameGroupingResolver(new Iris(Iris.DEFAULT_BASE), GAZETTEER::byKey), GAZETTEER);

  /**
   * Resolves {@code body}, each of whose {@code names} is a mention wherever it stands (a country
   * the gazetteer knows, else an organisation), and returns each description found with the country
   * it was made a mention of.
   */
  private static Map<String, String> described(String body, String... names) {
    return DescriptionFixture.described(
        RESOLVER, body, Arrays.stream(names).map(CountryDescriptionsTest::named).toList());
  }

  private static Named named(String name) {
    Optional<GazetteerEntry> country =
        GAZETTEER
            .byName(name)
            .filter(GazetteerEntry::isCountry)
            .or(() -> GAZETTEER.byDemonym(name));
    return new Named(
        name,
        country.isPresent() ? EntityType.COUNTRY : EntityType.ORGANISATION,
        country.map(GazetteerEntry::key));
  }

  private static String only(Map<String, String> described) {
    assertEquals(1, described.size(), described.toString());
    return described.values().iterator().next();
  }

  @Test
  void aBareDescriptionStandsForTheSubjectOfThePreviousSentence() {
    assertEquals(
        "Norway",
        only(
            described(
                "Norway accused Russia of arming rebels. The country said it would respond.",
                "Norway",
                "Russia")));
  }

  @Test
  void aDescriptionInThePredicateIsNotItsOwnClausesSubject() {
    assertEquals(
        "Norway",
        only(
            described(
                "Norway expelled Russia's envoy. Russia accused the country of spying.",
                "Norway",
                "Russia")));
    assertEquals(
        "Russia",
        only(
            described(
                "Norway expelled Russia's envoy. Russia said the country would respond.",
                "Norway",
                "Russia")));
  }

  @Test
  void aRegionWordReadAsAPlaceStillDescribesTheCountry() {
    assertEquals(
        "Estonia",
        only(
            DescriptionFixture.described(
                RESOLVER,
                "Estonia expelled two envoys. Russia threatened the Baltic state with reprisals.",
                List.of(
                    named("Estonia"),
                    named("Russia"),
                    new Named("Baltic", EntityType.PLACE, Optional.empty())))));
  }

  @Test
  void aResolvedDescriptionIsTheAntecedentOfTheNextOne() {
    Map<String, String> d =
        described(
            "Norway accused Russia of lying. The country expelled Russia's envoy. The country"
                + " also condemned Iran.",
            "Norway",
            "Russia",
            "Iran");
    assertEquals(List.of("Norway", "Norway"), List.copyOf(d.values()));
  }

  @Test
  void aRegionWordPicksTheCountryOfThatRegion() {
    assertEquals(
        "Ghana",
        only(
            described(
                "France accused Ghana of lying. The West African nation denied it.",
                "France",
                "Ghana")));
    assertEquals(
        "Estonia",
        only(
            described(
                "Russia warned Estonia. The Baltic state said it would not yield.",
                "Russia",
                "Estonia")));
  }

  @Test
  void aGovernmentFormFitsOnlyTheCountriesWhoseFormalNameHasIt() {
    assertEquals(
        "Jordan",
        only(
            described(
                "Egypt thanked Jordan on Monday. The kingdom said it was ready.",
                "Egypt",
                "Jordan")));
    assertEquals(
        "Oman",
        only(
            described(
                "Iran met Oman; the sultanate also praised Qatar.", "Iran", "Oman", "Qatar")));
  }

  @Test
  void twoCountriesThatFitEquallyLeaveTheDescriptionUnresolved() {
    assertEquals(
        Map.of(),
        described(
            "Norway and Sweden signed a deal. The Scandinavian country said it was pleased.",
            "Norway",
            "Sweden"));
  }

  @Test
  void aDescriptionNeverRefersForwardNorFarBack() {
    assertEquals(
        Map.of(), described("The country said on Monday that Norway would act.", "Norway"));
    assertEquals(
        Map.of(),
        described(
            "Norway accused Russia of lying. Talks began. Jane Doe spoke. The country left.",
            "Norway",
            "Russia"));
  }

  @Test
  void aContrastiveModifierOrANounModifierMakesNoDescription() {
    assertEquals(
        Map.of(),
        described("Egypt praised Jordan. The other country stayed silent.", "Egypt", "Jordan"));
    assertEquals(
        Map.of(),
        described(
            "Denmark criticised Russia. The host country also warned Belarus.",
            "Denmark",
            "Russia",
            "Belarus"));
  }

  @Test
  void theStateIsADescriptionOnlyWithARegionAndOnlyAsTheHeadOfItsPhrase() {
    assertEquals(
        Map.of(),
        described(
            "The United States sued Jane Doe. The state said it would appeal.", "United States"));
    assertEquals(
        Map.of(),
        described("Kuwait criticised Iraq. The Gulf state media said so.", "Kuwait", "Iraq"));
    assertEquals(
        "Kuwait",
        only(described("Kuwait criticised Israel. The Gulf state said so.", "Kuwait", "Israel")));
  }

  @Test
  void aNearerActorOfAnotherKindWithTheSameHeadTakesTheDescription() {
    assertEquals(
        Map.of(),
        described(
            "Egypt criticised the Free Republic on Monday. The republic said it would respond.",
            "Egypt",
            "Free Republic"));
  }

  @Test
  void aLowerCaseHyphenatedAdjectiveIsAnOrdinaryModifier() {
    assertEquals(
        "Pakistan",
        only(
            described(
                "Pakistan accepted aid on Monday. The flood-battered country thanked donors.",
                "Pakistan")));
  }

  @Test
  void aBreakawayOrForeignBackedStateIsNotTheCountryNamedBefore() {
    assertEquals(
        Map.of(),
        described(
            "Moldova warned Russia on Monday. The breakaway republic said it would hold a vote.",
            "Moldova",
            "Russia"));
    assertEquals(
        Map.of(),
        described(
            "Moldova warned Russia on Monday. The Moscow-backed republic held a vote.",
            "Moldova",
            "Russia"));
  }

  @Test
  void aDemonymInsideANameDoesNotPutItsCountryForward() {
    assertEquals(
        "Sweden",
        only(
            described(
                "The Committee against the Finnish White Terror was founded in Sweden. Its"
                    + " members held protests across the country.",
                "Finnish",
                "Sweden")));
    assertEquals(
        "Norway",
        only(
            described(
                "Norwegian officials accused Jane Doe of lying. The country said it would act.",
                "Norwegian")));
  }
}
