package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class GazetteerMentionFinderTest {

  private static List<String> keyed(String body) {
    return new GazetteerMentionFinder(Gazetteer.standard())
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text() + "=" + m.key().orElse("-"))
            .toList();
  }

  private static List<String> found(String body) {
    return new GazetteerMentionFinder(Gazetteer.standard())
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aCountrysNameBeforeGovernorNamesAStateThatSharesIt() {
    List<String> state = found("Georgia Governor Jane Doe declared a state of emergency.");
    assertTrue(state.contains("Place:Georgia"), state.toString());
    assertFalse(state.contains("Country:Georgia"), state.toString());
    List<String> deputy = found("Georgia Lieutenant Governor Jane Doe opened the session.");
    assertTrue(deputy.contains("Place:Georgia"), deputy.toString());
    assertFalse(deputy.contains("Country:Georgia"), deputy.toString());
    List<String> country = found("New Zealand Governor-General Jane Doe opened parliament.");
    assertTrue(country.contains("Country:New Zealand"), country.toString());
  }

  @Test
  void theAfricanUnionsPeaceAndSecurityCouncilIsNotTheUnSecurityCouncil() {
    assertEquals(
        List.of(
            "Organisation:African Union=Q7159",
            "Organisation:Peace and Security Council=au-psc",
            "Country:Niger=Q1032"),
        keyed("The African Union's Peace and Security Council suspended Niger on Tuesday."));
  }

  @Test
  void aCentralBankOrACreditorGroupIsNotTheShorterNameInsideIt() {
    assertEquals(
        List.of("Country:Argentina=Q414", "Organisation:People's Bank of China=pboc"),
        keyed("Argentina renewed a swap line with the People's Bank of China on Monday."));
    assertEquals(
        List.of("Organisation:Paris Club=paris-club", "Country:Zambia=Q953"),
        keyed("The Paris Club of creditor nations met Zambia's envoys on Monday."));
  }

  @Test
  void anAcronymOfANationalGroupIsTheOtherBodysWhereItsCountryIsNeverNamed() {
    assertEquals(
        List.of("Country:Algeria=Q262", "Organisation:RSF=rsf-ngo"),
        keyed("A court in Algeria jailed Jane Doe on Monday. RSF called for her release.").stream()
            .filter(m -> !m.startsWith("Person"))
            .toList());
    assertEquals(
        List.of("Organisation:RSF=rapid-support-forces", "Country:Khartoum=Q1049"),
        keyed("RSF fighters entered Khartoum on Monday."),
        "its capital names the country");
    assertEquals(
        List.of("Country:Sudan=Q1049", "Organisation:RSF=rapid-support-forces"),
        keyed("Sudan's army attacked the RSF on Monday."));
  }

  @Test
  void theUnHumanRightsChiefIsAPersonNotTurkeysDemonym() {
    assertEquals(
        List.of(
            "Organisation:UN=Q1065",
            "Person:Volker Turk=person-volker-turk",
            "Country:Venezuela=Q717"),
        keyed(
            "UN High Commissioner for Human Rights Volker Turk said Venezuela must free Jane Doe."));
  }

  @Test
  void aListedSurnameMayOpenWithItsLowerCaseParticle() {
    assertEquals(
        List.of("Person:Ursula von der Leyen", "Person:von der Leyen"),
        found("Ursula von der Leyen arrived on Monday. Later, von der Leyen told reporters so."));
    assertEquals(List.of(), found("The ministers met de facto in private and van drivers waited."));
  }

  @Test
  void anAcronymGluedToALetterByAHyphenIsAPieceOfALongerOne() {
    assertEquals(List.of("Organisation:ANC"), found("The ANC-K split from the ANC in May."));
    assertEquals(
        List.of("Country:US", "Organisation:EU"), found("The US-EU talks ended on Monday."));
  }

  @Test
  void aCityInASportsClubsNameIsNoPlace() {
    assertEquals(
        List.of("Country:Spanish"), found("Real Madrid signed the Spanish striker on Monday."));
    assertEquals(List.of("Place:Madrid"), found("The striker signed in Madrid on Monday."));
  }

  @Test
  void aPortfolioOpeningATitleNamesNoEntry() {
    assertEquals(List.of(), found("Labour Minister Jane Marlow said wages would rise."));
    assertEquals(List.of("Organisation:Labour"), found("Jane Marlow said Labour would win."));
  }

  @Test
  void theLargestCompaniesByRevenueAreListed() {
    assertEquals(
        List.of("Organisation:Volkswagen", "Organisation:Shell"),
        found("Volkswagen and Shell will invest in Freedonia."));
  }

  @Test
  void aContextDependentCompanyNameIsTheCompanyNextToAWordOnlyACompanyHas() {
    for (String body :
        List.of(
            "Apple chief executive Jane Doe met the minister in Freedonia.",
            "Meta-owned WhatsApp sued the spyware maker on Tuesday.",
            "Freedonia's regulator fined Meta 1.2 billion euros on Monday.",
            "The regulator ordered the smartphone maker Apple to open its store.",
            "The regulator ordered Google and Apple to open their stores.")) {
      assertEquals(
          1,
          found(body).stream().filter(m -> m.matches("Organisation:(Apple|Meta)")).count(),
          body);
    }
    for (String body :
        List.of(
            "Freedonia exported apples and Apple cider to its neighbours last year.",
            "The Meta analysis showed that Freedonia received more aid.",
            "Apple growers in Freedonia said the harvest fell.")) {
      assertEquals(
          0,
          found(body).stream().filter(m -> m.matches("Organisation:(Apple|Meta)")).count(),
          body);
    }
  }

  @Test
  void aContextDependentCompanyNameCuedAnywhereIsTheCompanyThroughoutTheArticle() {
    assertEquals(
        List.of("Organisation:Apple", "Organisation:Apple"),
        found(
            "Apple said it would appeal the ruling. Apple chief executive Jane Doe called the fine"
                + " unfair."));
    assertEquals(List.of(), found("Apple said the harvest fell. The growers called it unfair."));
  }

  @Test
  void aCapitalUsedAsALocationIsAPlace() {
    assertEquals(
        List.of("Place:Tirana", "Place:Tirana", "Place:Tirana"),
        found(
            "Jane Doe ended her visit to Tirana on Monday. Before leaving Tirana she met"
                + " John Roe. She returned from Tirana late."));
  }

  @Test
  void aSeatStandsForTheBodyTheArticleNamedBefore() {
    assertEquals(
        List.of("European Union=Q458", "Brussels=Q458"),
        keyed("The European Union warned Jane Doe. Brussels imposed a fine on Monday.").stream()
            .map(k -> k.substring(k.indexOf(':') + 1))
            .toList());
    assertEquals(
        List.of("Country:Brussels"), found("Brussels imposed a fine on Jane Doe on Monday."));
    assertEquals(
        List.of("Organisation:EU", "Place:Brussels"),
        found("EU ministers met in Brussels on Monday."));
  }

  @Test
  void aSeatStandsForTheBodyTheArticleNamesAfterIt() {
    assertEquals(
        List.of("Brussels=Q458", "European Union=Q458"),
        keyed("Jane Doe clashed with Brussels. The European Union froze her funds on Monday.")
            .stream()
            .map(k -> k.substring(k.indexOf(':') + 1))
            .toList());
    assertEquals(
        List.of("Place:Brussels", "Organisation:European Union"),
        found("Jane Doe arrived in Brussels. The European Union froze her funds on Monday."));
  }

  @Test
  void aCapitalListedWithPlacesThatAreNoCapitalsIsAPlace() {
    assertEquals(
        List.of("Place:Canberra", "Place:Perth"),
        found("Jane Doe played Canberra, Perth and Darwin before moving abroad."));
    assertEquals(
        List.of("Place:Melbourne", "Place:London"),
        found("John Roe won tournaments at Melbourne and London last year."));
  }

  @Test
  void capitalsListedTogetherStillStandForTheirCountries() {
    assertEquals(
        List.of("Country:Washington", "Country:Beijing"),
        found("Washington and Beijing agreed to resume talks."));
    assertEquals(
        List.of("Country:London", "Country:Paris", "Country:Berlin", "Place:Bavaria"),
        found("Ministers from London, Paris and Berlin met in Bavaria."));
  }

  @Test
  void aCapitalBeforeItsOwnMayorOrGovernorIsAPlace() {
    assertEquals(List.of("Place:Paris"), found("Paris mayor Jane Doe said the city was ready."));
    assertEquals(
        List.of("Place:Tokyo"), found("Tokyo's deputy governor Jane Doe said the city was ready."));
    assertEquals(
        List.of("Country:Paris"), found("Paris ambassador Jane Doe said the talks were over."));
  }

  @Test
  void aCapitalANaturalHazardStrikesOrItsPeopleAreNamedWithIsThePlace() {
    assertEquals(List.of("Place:Tirana"), found("A strong earthquake shook Tirana on Tuesday."));
    assertEquals(List.of("Place:Tirana"), found("Tirana was hit by heavy rain on Monday."));
    assertEquals(List.of("Place:Tirana"), found("Tirana residents queued for water on Monday."));
    assertEquals(List.of("Country:Tirana"), found("Tirana was criticised by Jane Doe on Monday."));
    assertEquals(
        List.of("Country:Tirana"), found("After the storm, Tirana said it would send aid."));
  }

  @Test
  void aCapitalNamedWithItsCountryIsAPlace() {
    assertEquals(
        List.of("Place:Tirana", "Country:Albania"),
        found("Jane Doe will lead a delegation to Tirana, Albania for talks."));
  }

  @Test
  void aCapitalSetOffByCommasAfterAPlaceNounIsAPlace() {
    assertEquals(
        List.of("Place:Tirana"),
        found("Shelling hit the capital, Tirana, overnight, Jane Doe said."));
    assertEquals(
        List.of("Country:Tirana"), found("In the capital, Tirana said it would retaliate."));
  }

  @Test
  void aCapitalRightAfterAPlaceNounIsAPlace() {
    assertEquals(
        List.of("Country:Albania", "Place:Tirana"),
        found("Floods hit Albania's capital Tirana on Monday, Jane Doe said."));
    assertEquals(List.of("Place:Tirana"), found("Shelling hit the capital Tirana overnight."));
  }

  @Test
  void aCapitalBeforeBasedIsThePlace() {
    assertEquals(
        List.of("Place:Tirana"), found("Jane Doe, of a Tirana-based group, denied the claim."));
  }

  @Test
  void aPlaceNamedOnlyInContextIsThePlaceBeforeBased() {
    assertEquals(
        List.of("Place:New York=Q60"), keyed("Jane Doe, of a New York-based group, spoke."));
  }

  @Test
  void aCapitalAfterADemonymAndAPlaceNounIsAPlace() {
    assertEquals(
        List.of("Country:Albanian", "Place:Tirana"),
        found("Talks opened in the Albanian capital Tirana on Monday."));
  }

  @Test
  void aPlaceAfterARoyalTitleAndOfNamesTheTitle() {
    assertEquals(List.of(), found("The Prince of Asturias arrived on Monday."));
    assertEquals(List.of("Country:Qatar"), found("The Emir of Qatar arrived on Monday."));
  }

  @Test
  void aGeneratedNameMatchesWithItsArticleInLowerCase() {
    // the generated file writes "Deir Ez-Zor"; transliterations glue a lower-case article
    assertEquals(List.of("Place:Deir ez-Zor"), found("Shelling hit Deir ez-Zor on Monday."));
  }

  @Test
  void aSeatOfGovernmentIsItsGovernmentAndItsShortFormCountsAfterTheFullName() {
    assertEquals(
        List.of(
            "Organisation:Miraflores Palace=ve-miraflores",
            "Country:Venezuela=Q717",
            "Organisation:Miraflores=ve-miraflores"),
        keyed(
            "Miraflores Palace said on Monday that Venezuela would not yield. Miraflores repeated"
                + " it later."));
    assertEquals(List.of(), keyed("Jane Doe rented a flat in Miraflores."));
    // no seat is listed whose name opens with its country's name before a common noun
    assertEquals(List.of("Country:Jamaica"), found("Jamaica house prices rose in May."));
  }

  @Test
  void theOceansArePlaces() {
    assertEquals(
        List.of("Place:Pacific=Q98", "Place:Atlantic Ocean=Q97"),
        keyed("Ships crossed the Pacific and then the Atlantic Ocean."));
  }

  @Test
  void aPlaceInATitlesRemitIsPartOfTheOffice() {
    assertEquals(
        List.of("Country:Nigeria"),
        found(
            "Minister for Africa Jane Roe visited Nigeria. The Minister for the Middle East said."));
    assertEquals(
        List.of("Place:Middle East"),
        found("The Minister travelled to the Middle East for talks."));
    assertEquals(
        List.of("Country:Syria"), found("The Special Envoy for Syria, Jane Roe, said so."));
  }

  @Test
  void placesOfACountryComeFromTheFieldLexicon() {
    assertEquals(
        List.of("Place:Bavaria=bavaria", "Place:Ohio=ohio"),
        keyed("Floods hit Bavaria and Ohio on Monday."));
    assertEquals(List.of("Place:Ohio"), found("Ohio Governor Jane Roe said so."));
  }

  @Test
  void aFieldLexiconPlaceInsideALongerNameIsLeftToOtherFinders() {
    assertEquals(List.of(), found("The Houston Chronicle said so."));
    assertEquals(List.of(), found("Rain fell in Tampa-Velmora."));
    assertEquals(List.of(), found("Police said Jane Tampa and Ivor Columbus left."));
    assertEquals(List.of(), found("Ivor Columbus left."), "an unknown given name opening it");
    assertEquals(
        List.of("Place:Ohio", "Country:Indian", "Place:Kerala", "Place:Bavaria"),
        found("In Ohio, Indian Kerala and Western Bavaria it rained."));
  }

  @Test
  void aCapitalThatActsStandsForItsCountry() {
    assertEquals(List.of("Country:Tirana"), found("Jane Doe said Tirana would sign the pact."));
  }

  @Test
  void theCityOfADatelineIsAPlace() {
    assertEquals(
        List.of("Place:Tirana", "Country:Albania"),
        found("Tirana, May 3 (Northwind Press) - Albania signed a pact."));
  }

  @Test
  void aDemonymAfterACompassWordInLowerCaseIsItsCountrys() {
    assertEquals(
        List.of("Country:Chilean"), found("Floods hit the northern Chilean region of Atacama."));
  }

  @Test
  void aDemonymAfterACompassWordIsARegionsAdjective() {
    assertEquals(
        List.of("Country:Albania"), found("Albania gave the South American nation three days."));
  }

  @Test
  void aDemonymNamingAnEthnicCommunityStandsForNoCountry() {
    assertEquals(
        List.of("Country:Kosovo"), found("Kosovo police clashed with ethnic Serbs on Monday."));
    assertEquals(List.of("Country:Kosovo"), found("Kosovo Serbs boycotted the vote on Monday."));
    assertEquals(
        List.of("Country:Russian"),
        found("Bosnian Serb leader Jane Doe met the Russian envoy on Monday."));
    assertEquals(
        List.of("Country:Albanians"), found("Albanians voted in a general election on Sunday."));
  }

  @Test
  void aCountryNamingACurrencyStandsForNoCountry() {
    assertEquals(
        List.of("Country:Kenya"),
        found("The Red Cross appealed for 12 million Swiss francs to help Kenya on Monday."));
    assertEquals(
        List.of("Country:Indonesia"),
        found("Indonesia received 2 million Australian dollars and 5 million U.S. dollars."));
    assertEquals(
        List.of("Country:Swiss", "Country:Kenyan"),
        found("Swiss rescuers and Kenyan police searched the area on Monday."));
  }

  @Test
  void aNameSharedByTwoCountriesIsAnUnlinkedCountryWhenTheArticleNamesNeither() {
    assertEquals(
        List.of("Country:Congo=-", "Country:Rwanda=Q1037"),
        keyed("Congo accused Rwanda of backing rebels led by Jane Doe."));
  }

  @Test
  void aSharedNameTakesTheCountryTheArticleNamesElsewhere() {
    assertEquals(
        List.of("Country:Congo=Q974", "Country:Democratic Republic of the Congo=Q974"),
        keyed("Congo accused Jane Doe. The Democratic Republic of the Congo said so."));
    assertEquals(
        List.of("Country:Congo=Q971", "Place:Brazzaville=Q3844"),
        keyed("Congo accused Jane Doe of an attack in Brazzaville."));
    assertEquals(
        List.of("Country:South Korea=Q884", "Country:Korea=Q884"),
        keyed("South Korea said on Monday that Korea would not pay."));
  }

  @Test
  void aSharedNameTakesTheCountryOfAnOrganisationTheArticleNames() {
    assertEquals(
        List.of("Country:Congo=Q974", "Country:Rwanda=Q1037", "Organisation:M23 rebels=m23"),
        keyed("Congo accused Rwanda of backing the M23 rebels."));
    assertEquals(
        List.of("Country:Congolese=Q974", "Organisation:M23=m23"),
        keyed("Congolese President Jane Doe rejected talks with the M23."));
  }

  @Test
  void aSharedNameStaysUnlinkedWhenTheArticleNamesBothCountries() {
    assertEquals(
        List.of("Country:North Korea=Q423", "Country:South Korea=Q884", "Country:Korea=-"),
        keyed("North Korea warned South Korea. Korea will reply, Jane Doe said."));
  }

  @Test
  void aSharedDemonymNeedsTheArticleToNameItsCountry() {
    assertEquals(
        List.of("Country:Korean=Q423", "Country:North Korea=Q423"),
        keyed("Korean troops crossed the line, North Korea said."));
    assertEquals(List.of(), keyed("Korean troops crossed the line, Jane Doe said."));
  }

  @Test
  void aContextDependentDemonymStandsForItsCountryBeforeATitleOrTheState() {
    assertEquals(
        List.of("Country:Georgian=Q230", "Country:Georgian=Q230", "Country:Georgian=Q230"),
        keyed(
            "Georgian authorities detained Jane Doe. The Georgian Prime Minister spoke. The"
                + " Georgian Parliament met."));
    assertEquals(List.of(), keyed("The museum holds Georgian silver and Georgian houses."));
  }

  @Test
  void aDemonymThatIsAlsoARegionsAdjectiveNeedsItsCountryOrTheState() {
    assertEquals(
        List.of(), keyed("The Central African monetary union raised its key rate on Tuesday."));
    assertEquals(
        List.of("Country:Central African=Q929"),
        keyed("Central African authorities detained Jane Doe on Monday."));
  }

  @Test
  void aContextDependentDemonymStandsForItsCountryBeforeItsProsecutorsAndJudges() {
    assertEquals(
        List.of("Country:Georgian=Q230", "Country:Georgian=Q230"),
        keyed("Georgian prosecutors charged Jane Doe. Georgian judges convicted her."));
  }

  @Test
  void aContextDependentDemonymStandsForItsCountryBeforeCapital() {
    assertEquals(
        List.of("Place:Tbilisi=Q994", "Country:Georgian=Q230"),
        keyed("Police dispersed a rally in Tbilisi, the Georgian capital, on Monday."));
  }

  @Test
  void aSharedNameInsideALongerNameIsNoCountry() {
    assertEquals(
        List.of("Organisation:Bank of Korea=bok"),
        keyed("The Korea Herald and the Bank of Korea said the Korean War ended."));
  }

  @Test
  void aKnownNameMayStartWithTheArabicArticle() {
    assertEquals(
        List.of("Organisation:al-Shabaab=al-shabaab", "Country:Somalia=Q1045"),
        keyed("The army thwarted an attack by al-Shabaab in Somalia."));
    // written apart, as wire copy often writes it; an assimilated form is always glued
    assertEquals(
        List.of("Country:Somalia=Q1045", "Organisation:al Shabaab=al-shabaab"),
        keyed("Somalia's al Shabaab claimed the attack."));
    assertEquals(
        List.of("Organisation:al Qaeda=Q34490"), keyed("The al Qaeda affiliate said it did so."));
  }
}
