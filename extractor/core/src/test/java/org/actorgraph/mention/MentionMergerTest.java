package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

  private static Mention mention(int start, String text, EntityType type, String finder) {
    return mention(start, text, type, finder, 0.5);
  }

  private static Mention mention(
      int start, String text, EntityType type, String finder, double confidence) {
    return new Mention(
        new CharSpan(start, start + text.length()),
        text,
        type,
        0,
        finder,
        confidence,
        Optional.empty());
  }

  private static List<String> merged(Mention... proposals) {
    return MentionMerger.merge(List.of(proposals)).stream().map(Mention::text).toList();
  }

  @Test
  void theLongerSpanWins() {
    assertEquals(
        List.of("Bank of Sylvania"),
        merged(
            mention(0, "Sylvania", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Bank of Sylvania", EntityType.ORGANISATION, "model")));
  }

  @Test
  void aModelSpanDoesNotRunOnFromAKnownNameWithFor() {
    assertEquals(
        List.of("Northern Court"),
        merged(
            mention(0, "Northern Court", EntityType.ORGANISATION, "gazetteer"),
            mention(0, "Northern Court for Jane Doe", EntityType.ORGANISATION, "model")));
  }

  @Test
  void anotherBearerOfAKnownSurnameKeepsHisWholeName() {
    assertEquals(
        List.of("Hunter Roe"),
        merged(
            mention(0, "Hunter Roe", EntityType.PERSON, "model"),
            mention(7, "Roe", EntityType.PERSON, "gazetteer")));
    assertEquals(
        List.of("Israel"),
        merged(
            mention(0, "Trump said Israel", EntityType.PERSON, "model"),
            mention(11, "Israel", EntityType.COUNTRY, "gazetteer")));
  }

  @Test
  void onEqualSpansAndTrustTheSurerReadingWins() {
    Mention model = mention(0, "Jane Roe", EntityType.PERSON, "model", 0.19);
    Mention given = mention(0, "Jane Roe", EntityType.PERSON, "model:given-name", 0.6);
    assertEquals(List.of(given), MentionMerger.merge(List.of(model, given)));
    assertEquals(List.of(given), MentionMerger.merge(List.of(given, model)));
  }

  @Test
  void aTitledPersonBeatsAModelSpanRunningBackIntoTheTitle() {
    assertEquals(
        List.of("Jane Roe"),
        merged(
            mention(13, "Africa Jane Roe", EntityType.ORGANISATION, "model"),
            mention(20, "Jane Roe", EntityType.PERSON, "rule:title")));
    assertEquals(
        List.of("Africa Jane Roe"),
        merged(
            mention(13, "Africa Jane Roe", EntityType.ORGANISATION, "model"),
            mention(20, "Jane Roe", EntityType.PERSON, "model:given-name")));
  }

  @Test
  void aModelSpanDoesNotCoordinateKnownCountries() {
    assertEquals(
        List.of("Sylvania", "Ruritania"),
        merged(
            mention(0, "Sylvania and Ruritania", EntityType.ORGANISATION, "model"),
            mention(0, "Sylvania", EntityType.COUNTRY, "gazetteer"),
            mention(13, "Ruritania", EntityType.COUNTRY, "gazetteer")));
  }

  @Test
  void aModelSpanDoesNotJoinTwoKnownNamesWithADash() {
    assertEquals(
        List.of("US", "Sylvania"),
        merged(
            mention(0, "US-Sylvania", EntityType.ORGANISATION, "model"),
            mention(0, "US", EntityType.COUNTRY, "gazetteer"),
            mention(3, "Sylvania", EntityType.COUNTRY, "gazetteer")));
    assertEquals(
        List.of("Union", "Sylvania"),
        merged(
            mention(0, "Union–Sylvania", EntityType.ORGANISATION, "model"),
            mention(0, "Union", EntityType.ORGANISATION, "gazetteer"),
            mention(6, "Sylvania", EntityType.COUNTRY, "gazetteer")));
    assertEquals(
        List.of("Sylvania-Aster Railway"),
        merged(
            mention(0, "Sylvania-Aster Railway", EntityType.ORGANISATION, "model"),
            mention(0, "Sylvania", EntityType.COUNTRY, "gazetteer"),
            mention(9, "Aster", EntityType.COUNTRY, "gazetteer")));
  }

  @Test
  void aModelPersonDoesNotSwallowAKnownName() {
    assertEquals(
        List.of("Sylvania"),
        merged(
            mention(10, "Sylvania", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Jane said Sylvania", EntityType.PERSON, "model")));
  }

  @Test
  void aModelPersonWhoseGivenNameIsACountryKeepsItsName() {
    assertEquals(
        List.of("Jordan Bardella"),
        merged(
            mention(0, "Jordan", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Jordan Bardella", EntityType.PERSON, "model")));
  }

  @Test
  void aPersonWhoseSurnameIsADemonymKeepsItsName() {
    assertEquals(
        List.of("Volker Turk"),
        merged(
            mention(7, "Turk", EntityType.COUNTRY, "gazetteer:demonym"),
            mention(0, "Volker Turk", EntityType.PERSON, "model")));
    // a demonym in "-ese" names a people, and a second demonym makes two names
    assertEquals(
        List.of("Chinese"),
        merged(
            mention(4, "Chinese", EntityType.COUNTRY, "gazetteer:demonym"),
            mention(0, "Han Chinese", EntityType.PERSON, "model")));
    assertEquals(
        List.of("Bosnian", "Serb"),
        merged(
            mention(0, "Bosnian", EntityType.COUNTRY, "gazetteer:demonym"),
            mention(8, "Serb", EntityType.COUNTRY, "gazetteer:demonym"),
            mention(0, "Bosnian Serb", EntityType.PERSON, "model")));
  }

  @Test
  void aModelPersonOpenedByACapitalReadAsItsCountryKeepsItsName() {
    assertEquals(
        List.of("Paris Hilton"),
        merged(
            mention(0, "Paris", EntityType.COUNTRY, "gazetteer:capital"),
            mention(0, "Paris Hilton", EntityType.PERSON, "model")));
    assertEquals(
        List.of("Paris"),
        merged(
            mention(0, "Paris", EntityType.PLACE, "gazetteer"),
            mention(0, "Paris Hilton", EntityType.PERSON, "model")));
    assertEquals(
        List.of("Paris"),
        merged(
            mention(0, "Paris", EntityType.COUNTRY, "gazetteer:capital"),
            mention(0, "Paris Saint-Germain", EntityType.PERSON, "model")));
  }

  @Test
  void aModelPersonThatIsNoNamesakeLosesTheCountry() {
    // "Oman" is no given name
    assertEquals(
        List.of("Oman"),
        merged(
            mention(0, "Oman", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Oman Bardella", EntityType.PERSON, "model")));
    // a second gazetteer name inside: two countries, not one person
    assertEquals(
        List.of("Georgia", "Armenia"),
        merged(
            mention(0, "Georgia", EntityType.COUNTRY, "gazetteer"),
            mention(8, "Armenia", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Georgia Armenia", EntityType.PERSON, "model")));
    // an organisation's head at the end
    assertEquals(
        List.of("Israel"),
        merged(
            mention(0, "Israel", EntityType.COUNTRY, "gazetteer"),
            mention(0, "Israel Defense Forces", EntityType.PERSON, "model")));
  }

  @Test
  void aReadingThatLostOnlyToAnEvictedSpanIsHeardAgain() {
    // the model runs "Jane Doe of Kenya" on into the country, which evicts it
    assertEquals(
        List.of("Jane Doe", "Kenya"),
        merged(
            mention(0, "Jane Doe of Kenya", EntityType.PERSON, "model"),
            mention(0, "Jane Doe", EntityType.PERSON, "rule:title"),
            mention(12, "Kenya", EntityType.COUNTRY, "gazetteer")));
  }

  @Test
  void aKnownNameAfterTheArabicArticleIsAFamilyName() {
    assertEquals(
        List.of("Omar al-Houthi"),
        merged(
            mention(0, "Omar al-Houthi", EntityType.PERSON, "model"),
            mention(8, "Houthi", EntityType.ORGANISATION, "gazetteer")));
  }
}
