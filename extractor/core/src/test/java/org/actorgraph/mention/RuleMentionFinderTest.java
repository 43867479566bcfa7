package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class RuleMentionFinderTest {

  private static List<String> found(String body) {
    return new RuleMentionFinder(Gazetteer.standard())
        .find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
            .map(m -> m.type().label() + ":" + m.text())
            .toList();
  }

  @Test
  void aKnownBodysNameDoesNotRunOnWithFor() {
    List<String> found =
        found("The warrant issued by the International Criminal Court for Jane Doe stands.");
    assertTrue(found.stream().noneMatch(f -> f.contains("for Jane")), found.toString());
  }

  @Test
  void aNameAfterATitlesRemitIsItsHolder() {
    List<String> found =
        found(
            "Minister for the Middle East Jane Roe met Special Envoy for Syria John Doe and"
                + " Minister for Africa and the Middle East Ann Poe.");
    assertTrue(
        found.containsAll(List.of("Person:Jane Roe", "Person:John Doe", "Person:Ann Poe")),
        found.toString());
  }

  @Test
  void aBodyOpeningATitleAtTheSentencesStartIsNoOrganisation() {
    List<String> found = found("Army chief General Jane Roe rejected the deal.");
    assertTrue(found.contains("Person:Jane Roe"), found.toString());
    assertFalse(found.contains("Organisation:Army"), found.toString());
    // the body alone, or with a title that is not its own continuation, still names it
    found = found("Army officers said the National Assembly chief Jane Roe resigned.");
    assertTrue(found.contains("Organisation:National Assembly"), found.toString());
  }

  @Test
  void aNameEndingInAnOutletsWordIsAnOrganisation() {
    List<String> found =
        found(
            "The Port Aster Times said so, the Aster Daily News agreed and the Marlow Sentinel"
                + " and the Kestrel Courier disagreed.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Port Aster Times",
                "Organisation:Aster Daily News",
                "Organisation:Marlow Sentinel",
                "Organisation:Kestrel Courier")),
        found.toString());
  }

  @Test
  void anAllianceIsAnOrganisationButATreatyOfAllianceIsNot() {
    List<String> found =
        found("The Andean Alliance met. Freedonia and Sylvania signed a Treaty of Alliance.");
    assertTrue(found.contains("Organisation:Andean Alliance"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Treaty")), found.toString());
  }

  @Test
  void aHyphenatedFirstWordBelongsToTheOrganisationsName() {
    List<String> found =
        found(
            "The Sylvanian Export-Import Bank and the Anti-Graft Bureau met the"
                + " Inter-Sylvanian Dairy Union on Monday.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Sylvanian Export-Import Bank",
                "Organisation:Anti-Graft Bureau",
                "Organisation:Inter-Sylvanian Dairy Union")),
        found.toString());
  }

  @Test
  void aCompanysLegalFormWrittenWithoutDotsEndsItsName() {
    List<String> found =
        found("Valdoria signed a deal with Kovo SpA and Brenholt Energy ASA on Monday.");
    assertTrue(
        found.containsAll(List.of("Organisation:Kovo SpA", "Organisation:Brenholt Energy ASA")),
        found.toString());
  }

  @Test
  void aPluralsPossessiveInsideAnOrganisationsName() {
    List<String> found =
        found(
            "The ruling Workers' Party, the Sylvanian People's Party and the Farmers’ Union met"
                + " Freedonia's National Police and the Coalition's Small Group.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Workers' Party",
                "Organisation:Sylvanian People's Party",
                "Organisation:Farmers’ Union")),
        found.toString());
    assertTrue(
        found.stream().noneMatch(f -> f.contains("Freedonia's") || f.contains("Coalition's")),
        found.toString());
  }

  @Test
  void aGivenNameEndsAPortfolioNoGazetteerKnows() {
    List<String> found =
        found(
            "Minister for Foreign Trade Jane Roe met the Secretary of State for Health and Social"
                + " Care Matt Doe.");
    assertTrue(found.containsAll(List.of("Person:Jane Roe", "Person:Matt Doe")), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Trade")), found.toString());
  }

  @Test
  void aTitledNameKeepsItsParticles() {
    List<String> found = found("He met Foreign Secretary Juan Ramon de la Fuente in Mexico City.");
    assertTrue(found.contains("Person:Juan Ramon de la Fuente"), found.toString());
  }

  @Test
  void namesAfterCreditsAndCounterpartsArePeople() {
    List<String> found =
        found(
            "They held talks with their counterparts Ann Poe and Ruben Castellano.\n"
                + "Writing by Ibrahim Sadiq\n(Production: Anna Kowal)");
    assertTrue(
        found.containsAll(
            List.of(
                "Person:Ann Poe",
                "Person:Ruben Castellano",
                "Person:Ibrahim Sadiq",
                "Person:Anna Kowal")),
        found.toString());
  }

  @Test
  void aNewsAgencyAfterByIsNoPerson() {
    List<String> found = found("Reporting by Reuters");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person")), found.toString());
  }

  @Test
  void anIndefiniteArticleIsNoPartOfAnOrganisationName() {
    List<String> found = found("A Foreign Office spokesperson said so.");
    assertTrue(found.contains("Organisation:Foreign Office"), found.toString());
  }

  @Test
  void aStatesBodyAfterItsCountryIsAnOrganisationEvenInLowerCase() {
    List<String> found =
        found("Albania's foreign ministry protested. The Albanian embassy stayed shut.");
    assertTrue(found.contains("Organisation:foreign ministry"), found.toString());
    assertTrue(found.contains("Organisation:embassy"), found.toString());
    assertTrue(found("The foreign ministry protested.").isEmpty());
  }

  @Test
  void aCountrysRoleOfTheRelateStageCuesThePersonSetOffByCommas() {
    List<String> found =
        found("Freedonia met Kenya's top diplomat, Wanjala Okumu, in Nairobi on Monday.");
    assertTrue(found.contains("Person:Wanjala Okumu"), found.toString());
    found = found("Officials met Mali's spy chief, Oumar Kanoute, on Friday.");
    assertTrue(found.contains("Person:Oumar Kanoute"), found.toString());
  }

  @Test
  void anOrganisationsTitleInLowerCaseCuesThePersonSetOffByCommas() {
    List<String> found =
        found("The European Union's climate commissioner, Wopke Vandermolen, praised it.");
    assertTrue(found.contains("Person:Wopke Vandermolen"), found.toString());
    found = found("The European Union's climate policy, Green Deal Plus, was praised.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void aTitleThatIsAlsoANameCuesAPersonWhenACountryOwnsIt() {
    List<String> found = found("Oman's Sultan Rashid bin Aster received the envoy.");
    assertTrue(found.contains("Person:Rashid bin Aster"), found.toString());
    found = found("Jordanian King Karim Vandermolen met the envoy.");
    assertTrue(found.contains("Person:Karim Vandermolen"), found.toString());
    found = found("Jordan's King Aster Bridge was closed on Monday.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void aRoyalTitleThatIsAlsoAWordCuesAPersonBeforeAGivenNameAnOfCountryOrAfterATitle() {
    List<String> found = found("King Oliver hosted the envoy at the palace on Tuesday.");
    assertTrue(found.contains("Person:Oliver"), found.toString());
    found = found("Queen Karima of Jordan called for a ceasefire.");
    assertTrue(found.contains("Person:Karima"), found.toString());
    found = found("Sultan Karim bin Aster met the envoy. King Hamid ibn Aster left.");
    assertTrue(
        found.containsAll(List.of("Person:Karim bin Aster", "Person:Hamid ibn Aster")),
        found.toString());
    found = found("Foreign Minister Prince Rashid bin Aster arrived in Cairo.");
    assertTrue(found.contains("Person:Rashid bin Aster"), found.toString());
    found = found("Fishermen in Prince Edward Island and traffic on King Oliver Bridge were hit.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void aRoyalsOrClericsTitleBeforeANameEndingInAThingsHeadOpensTheThingsName() {
    List<String> found =
        found("Crowds filled King Oliver Park and Cardinal Jane Roe Memorial on Sunday.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
    found = found("Sir Jane Park and Cardinal Jane Roe spoke on Sunday.");
    assertTrue(found.contains("Person:Jane Park"), found.toString());
  }

  @Test
  void aRoyalsNameBeforeAPossessiveAndAThingsHeadOpensTheThingsName() {
    List<String> found = found("Police in Prince Oliver's County arrested three men.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
    found = found("Prince Oliver's office said he would attend.");
    assertTrue(found.contains("Person:Oliver"), found.toString());
  }

  @Test
  void aPersonSetOffByCommasAfterTheRoyalTitleOfACountryIsThePerson() {
    List<String> found = found("The Sultan of Oman, Karim bin Aster, hosted the talks.");
    assertTrue(found.contains("Person:Karim bin Aster"), found.toString());
  }

  @Test
  void anHonorificBeforeANameEndingInARoadsHeadOpensTheRoadsName() {
    List<String> found = found("Traffic was backed up on Sheikh Karim Road in Dubai.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void aCountrysRoyalTitleInLowerCaseCuesThePersonSetOffByCommas() {
    List<String> found = found("The Jordanian king, Karim bin Aster, was admitted to hospital.");
    assertTrue(found.contains("Person:Karim bin Aster"), found.toString());
  }

  @Test
  void theStyleOfARoyalOrPeerWithItsTerritoryNamesThePerson() {
    List<String> found = found("The Duchess of Aster met the envoy, and the Earl of Kestrel left.");
    assertTrue(
        found.containsAll(List.of("Person:Duchess of Aster", "Person:Earl of Kestrel")),
        found.toString());
    found =
        found(
            "The Prince of Aster Hospital opened, HMS Prince of Aster sailed and the Duke of"
                + " Kestrel's Award was given.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Person:")), found.toString());
  }

  @Test
  void everyMinisterialPortfolioHasItsMinistry() {
    List<String> found =
        found(
            "Albania's external affairs ministry protested. The Albanian home ministry and"
                + " Albania's ministry of information stayed silent.");
    assertTrue(found.contains("Organisation:external affairs ministry"), found.toString());
    assertTrue(found.contains("Organisation:home ministry"), found.toString());
    assertTrue(found.contains("Organisation:ministry of information"), found.toString());
  }

  @Test
  void aStatesGoverningCouncilAfterItsCountryIsAnOrganisation() {
    List<String> found =
        found("Haiti's transitional presidential council met. Sudan's sovereignty council met.");
    assertTrue(found.contains("Organisation:transitional presidential council"), found.toString());
    assertTrue(found.contains("Organisation:sovereignty council"), found.toString());
    assertTrue(found("The council met.").isEmpty());
  }

  @Test
  void aPersonAfterTitleOfCountryIsFoundWhole() {
    List<String> found =
        found("President of Albania Jana Doe-Roe and her aides held talks in Port Aster.");
    assertTrue(found.contains("Person:Jana Doe-Roe"), found.toString());
  }

  @Test
  void anHonorificOrParticleInsideANameStaysInIt() {
    List<String> found =
        found(
            "The talks included his counterpart Omar Sheikh Rashid. Sheikh Karim Adel al-Rashid spoke.");
    assertTrue(found.contains("Person:Omar Sheikh Rashid"), found.toString());
    assertTrue(found.contains("Person:Karim Adel al-Rashid"), found.toString());
    assertTrue(!found.contains("Person:Rashid"), found.toString());
  }

  @Test
  void aTitledPersonsSurnameAloneLaterIsAMention() {
    List<String> found =
        found(
            "Okafor arrived first. This was how President Okafor explained the warrant.\n"
                + "\u201cWe kept our word,\u201d Okafor said.");
    assertEquals(
        2, found.stream().filter(f -> f.equals("Person:Okafor")).count(), found.toString());
  }

  @Test
  void aNameAfterATitleTheSplitterCutOffIsAPerson() {
    List<String> found = found("The junta leader Senior Gen. Min Aung Roe attended as well.");
    assertTrue(found.contains("Person:Min Aung Roe"), found.toString());
  }

  @Test
  void aNameAfterAnOppositionLeadersOrAMinisterOfStatesTitleIsAPerson() {
    List<String> found =
        found(
            "Opposition leader Kato Mwesigye said the vote was rigged. The Minister of State for"
                + " Energy, Ruth Akello, disagreed.");
    assertTrue(found.contains("Person:Kato Mwesigye"), found.toString());
    assertTrue(found.contains("Person:Ruth Akello"), found.toString());
  }

  @Test
  void aNameAfterAnEnlistedRankIsAPerson() {
    List<String> found =
        found("Petty Officer Ann B. Denver arrived. Lance Cpl. Mary Jones and Pfc. Bob Poe died.");
    assertTrue(found.contains("Person:Ann B. Denver"), found.toString());
    assertTrue(found.contains("Person:Mary Jones"), found.toString());
    assertTrue(found.contains("Person:Bob Poe"), found.toString());
  }

  @Test
  void aBankOfACountryIsOneName() {
    List<String> found = found("The Central Bank of Freedonia and the Bank of Sylvania met.");
    assertTrue(found.contains("Organisation:Central Bank of Freedonia"), found.toString());
    assertTrue(found.contains("Organisation:Bank of Sylvania"), found.toString());
  }

  @Test
  void aBankOfACountryEndsBeforeTheTitleOfItsHead() {
    List<String> found =
        found("Reserve Bank of Freedonia Governor Jane Doe said the Bank of Sylvania agreed.");
    assertTrue(found.contains("Organisation:Reserve Bank of Freedonia"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Governor")), found.toString());
  }

  @Test
  void aListedSurnameAfterItsCountrysPossessiveIsAPerson() {
    List<String> found =
        found("Algeria's Dorbani said Morocco's Dorbani Group and Algeria's Acme would not.");
    assertEquals(
        1, found.stream().filter(f -> f.equals("Person:Dorbani")).count(), found.toString());
    assertTrue(!found.contains("Person:Acme"), found.toString());
  }

  @Test
  void airBeforeACountrysNameIsItsAirline() {
    List<String> found = found("Air Canada said it would cut flights.");
    assertTrue(found.contains("Organisation:Air Canada"), found.toString());
  }

  @Test
  void aNameEndingInAirOrAirwaysIsAnAirline() {
    List<String> found =
        found("Aster Air and Aster Airways flew there, but the Aster Air Force did not.");
    assertEquals(
        1,
        found.stream().filter(f -> f.equals("Organisation:Aster Air")).count(),
        found.toString());
    assertTrue(found.contains("Organisation:Aster Airways"), found.toString());
  }

  @Test
  void aServiceBeforeARankIsPartOfATitleNotAnOrganisation() {
    List<String> found = found("Navy Capt. Jane Roe commanded the ship.");
    assertTrue(!found.contains("Organisation:Navy"), found.toString());
  }

  @Test
  void aBodyOpeningAMinistersTitleIsNoOrganisationButTheBodyAloneIs() {
    List<String> found =
        found(
            "Kenya's Interior Cabinet Secretary Jane Wambui and Cabinet Minister John Obi spoke."
                + " The Cabinet approved the budget.");
    assertEquals(
        1, found.stream().filter(f -> f.equals("Organisation:Cabinet")).count(), found.toString());
  }

  @Test
  void aWordThatNamesNoActorAloneStaysInsideATitledName() {
    List<String> found =
        found(
            "Iraqi Prime Minister Mohammed Shia al-Rahim met Foreign Minister Ali Sunni Hassan."
                + " Shia leaders welcomed it.");
    assertTrue(found.contains("Person:Mohammed Shia al-Rahim"), found.toString());
    assertTrue(found.contains("Person:Ali Sunni Hassan"), found.toString());
  }

  @Test
  void aPersonSetOffByCommasAfterATitleIsAPerson() {
    List<String> found =
        found(
            "Minister for the Aster Region, Jana Roebuck, said so. Foreign Minister, Omar Rashid, agreed.");
    assertTrue(found.contains("Person:Jana Roebuck"), found.toString());
    assertTrue(found.contains("Person:Omar Rashid"), found.toString());
  }

  @Test
  void aPersonSetOffByCommasAfterACountrysTitleInLowerCaseIsAPerson() {
    List<String> found =
        found(
            "Kenya's finance minister, Jana Roebuck, said so. The Ghanaian central bank governor,"
                + " Omar Rashid, agreed.");
    assertTrue(found.contains("Person:Jana Roebuck"), found.toString());
    assertTrue(found.contains("Person:Omar Rashid"), found.toString());
    List<String> unowned = found("The new minister, Jana Roebuck, said so.");
    assertTrue(!unowned.contains("Person:Jana Roebuck"), unowned.toString());
  }

  @Test
  void aWordThatEndsBusinessNamesMakesAnOrganisation() {
    List<String> found =
        found(
            "Brenholt Capital bought the stake. Kestrel Holdings and Marlow Ventures invested in"
                + " Peru. Tallis Technologies signed.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Brenholt Capital",
                "Organisation:Kestrel Holdings",
                "Organisation:Marlow Ventures",
                "Organisation:Tallis Technologies")),
        found.toString());
  }

  @Test
  void aLineOfBusinessEndsACompanysName() {
    List<String> found =
        found(
            "Kestrel Entertainment sold its stake to Marlow Pictures. Tallis Software and Brenholt"
                + " Cars signed, and Corven Communications agreed.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Kestrel Entertainment",
                "Organisation:Marlow Pictures",
                "Organisation:Tallis Software",
                "Organisation:Brenholt Cars",
                "Organisation:Corven Communications")),
        found.toString());
  }

  @Test
  void aWordThatOpensBusinessNamesMakesAnOrganisation() {
    List<String> found =
        found(
            "Bank Kestrel and Grupo Freedonia sold stakes. Banco Marlow Tallis Chairman Jane Roe"
                + " said so.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Bank Kestrel",
                "Organisation:Grupo Freedonia",
                "Organisation:Banco Marlow Tallis")),
        found.toString());
    List<String> described = found("Bank Kestrel's rival, the Bank Marlow, and the Bank of Peru.");
    assertTrue(described.stream().noneMatch(f -> f.contains("Marlow")), described.toString());
  }

  @Test
  void aBusinessWordBeforeACountrysNameNamesItsCompany() {
    List<String> found = found("Telecom Argentina and Air India signed a deal.");
    assertTrue(
        found.containsAll(List.of("Organisation:Telecom Argentina", "Organisation:Air India")),
        found.toString());
    List<String> longer = found("Kestrel Telecom Argentina signed a deal.");
    assertTrue(
        longer.stream().noneMatch(f -> f.equals("Organisation:Telecom Argentina")),
        longer.toString());
  }

  @Test
  void aCommodityOrTradeEndsACompanysName() {
    List<String> found =
        found(
            "Kestrel Cement said sales rose. Valdoria's Marlow Oil and Tallis Construction signed,"
                + " and Brenholt Holding agreed.");
    assertTrue(
        found.containsAll(
            List.of(
                "Organisation:Kestrel Cement",
                "Organisation:Marlow Oil",
                "Organisation:Tallis Construction",
                "Organisation:Brenholt Holding")),
        found.toString());
  }

  @Test
  void aSentencesFirstWordThatNoNameBeginsWithIsLeftOut() {
    List<String> found = found("Like Kestrel Holdings, the group sold its stake.");
    assertTrue(found.contains("Organisation:Kestrel Holdings"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Like")), found.toString());
  }

  @Test
  void aBusinessWordAfterAnArticleIsADescription() {
    List<String> found =
        found("Assets of the State Enterprises were frozen. The Development Partners met.");
    assertTrue(found.stream().noneMatch(f -> f.contains("Enterprises")), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Partners")), found.toString());
  }

  @Test
  void aSurnameWithAParticleAfterATitleIsAPerson() {
    List<String> found = found("UN Special Envoy de Vroom said the talks would resume.");
    assertTrue(found.contains("Person:de Vroom"), found.toString());
  }

  @Test
  void aFullNameAfterATitleInLowerCaseIsAPerson() {
    for (String body :
        List.of(
            "The race includes former Northern Aster governor Ganjar Wiratmo.",
            "The Asterian governor Ganjar Wiratmo spoke.")) {
      List<String> found = found(body);
      assertTrue(found.contains("Person:Ganjar Wiratmo"), body + found);
    }
    List<String> one = found("The talks were led by governor Wiratmo.");
    assertTrue(one.stream().noneMatch(f -> f.startsWith("Person")), one.toString());
    List<String> bank = found("The talks were led by governor Aster Bank.");
    assertTrue(bank.stream().noneMatch(f -> f.startsWith("Person")), bank.toString());
  }

  @Test
  void aRankBeforeAWordThatNamesNobodyIsACompanysName() {
    List<String> company = found("General Turbonics won the contract to supply engines.");
    assertTrue(company.stream().noneMatch(f -> f.startsWith("Person")), company.toString());
    List<String> officer =
        found("General Ana Turbonics arrived in Accra. General Turbonics met the envoy.");
    assertEquals(
        1, officer.stream().filter(f -> f.equals("Person:Turbonics")).count(), officer.toString());
    List<String> given = found("General John met the envoy.");
    assertTrue(given.contains("Person:John"), given.toString());
    List<String> abbreviated = found("Gen. Turbonics met the envoy.");
    assertTrue(abbreviated.contains("Person:Turbonics"), abbreviated.toString());
  }

  @Test
  void aTitleThatIsAlsoAWordCuesAPersonAfterACourt() {
    List<String> found = found("Supreme Court Justice Ana Turbonics ordered the ban.");
    assertTrue(found.contains("Person:Ana Turbonics"), found.toString());
  }
}
