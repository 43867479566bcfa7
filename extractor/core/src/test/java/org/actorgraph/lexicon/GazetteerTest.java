package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.actorgraph.text.TokenSpan;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.standard();

  private static String key(Optional<GazetteerEntry> entry) {
    return entry.map(GazetteerEntry::key).orElse("(none)");
  }

  private static List<String> keys(List<NameCandidate> candidates) {
    return candidates.stream().map(c -> c.entry().key()).toList();
  }

  @Test
  void isLoadedOnceAndShared() {
    assertSame(G, Gazetteer.standard());
  }

  @Test
  void findsTheUnitedStatesByAcronymDottedAcronymFullNameAndWithThe() {
    for (String name :
        List.of(
            "US",
            "U.S.",
            "U.S",
            "USA",
            "United States",
            "the United States",
            "The United States",
            "United States of America",
            "America",
            "UNITED STATES")) {
      assertEquals("Q30", key(G.byName(name)), name);
    }
  }

  @Test
  void acronymsMatchOnlyAsWritten() {
    assertEquals("(none)", key(G.byName("us")));
    assertEquals("(none)", key(G.byName("Us")));
    assertEquals("(none)", key(G.byName("who")));
    assertEquals("(none)", key(G.byName("Who")));
    assertEquals("Q7817", key(G.byName("WHO")));
  }

  @Test
  void namesMatchInAnotherCaseOrWithoutAccentsOnlyWhenCapitalised() {
    assertEquals("Q43", key(G.byName("Turkey")));
    assertEquals("Q43", key(G.byName("Türkiye")));
    assertEquals("Q43", key(G.byName("TURKEY")));
    assertEquals("(none)", key(G.byName("turkey")));
    assertEquals("Q2841", key(G.byName("Bogota")));
    assertEquals("Q38799", key(G.byName("HAMAS")));
  }

  @Test
  void aNameOpeningWithTheArabicArticleMatchesWithTheArticleInLowerCase() {
    assertEquals("al-shabaab", key(G.byName("al Shabaab")));
    assertEquals("Q34490", key(G.byName("al Qaeda")));
    assertEquals("(none)", key(G.byName("al shabaab")));
  }

  @Test
  void normalisesCurlyApostrophes() {
    assertEquals("Q148", key(G.byName("People’s Republic of China")));
    assertEquals("pkk", key(G.byName("Kurdistan Workers’ Party")));
  }

  @Test
  void findsCountriesByDemonym() {
    assertEquals("Q30", key(G.byDemonym("American")));
    assertEquals("Q30", key(G.byDemonym("Americans")));
    assertEquals("Q736", key(G.byDemonym("Ecuadorian")));
    assertEquals("Q928", key(G.byDemonym("Filipino")));
    assertEquals("Q928", key(G.byDemonym("Philippine")));
    assertEquals("Q145", key(G.byDemonym("British")));
    assertEquals("Q159", key(G.byDemonym("Russians")));
    assertEquals("Q865", key(G.byDemonym("Taiwanese")));
  }

  @Test
  void ambiguousDemonymsResolveToNothingButListTheirCandidates() {
    assertEquals("(none)", key(G.byDemonym("Korean")));
    assertEquals(
        List.of("Q423", "Q884").stream().sorted().toList(),
        keys(G.demonymCandidates("Korean")).stream().sorted().toList());
    assertEquals("(none)", key(G.byDemonym("Congolese")));
    assertEquals("Q423", key(G.byDemonym("North Korean")));
  }

  @Test
  void capitalsStandForTheirCountryAndAreCitiesByName() {
    assertEquals("Q30", key(G.byCapital("Washington")));
    assertEquals("Q212", key(G.byCapital("Kyiv")));
    assertEquals("Q212", key(G.byCapital("Kiev")));
    assertEquals("Q736", key(G.byCapital("Quito")));
    GazetteerEntry quito = G.byName("Quito").orElseThrow();
    assertEquals(EntityType.PLACE, quito.type());
    assertEquals(Optional.of(EntitySubtype.CITY), quito.subtype());
    assertEquals(Optional.of("EC"), quito.country());
    assertEquals(quito, G.capitalOf(G.byWikidata("Q736").orElseThrow()).orElseThrow());
  }

  @Test
  void contextDependentAliasesAreCandidatesButNeverResolveAlone() {
    assertEquals("Q7184", key(G.byName("NATO")));
    assertEquals("Q7184", key(G.byName("North Atlantic Treaty Organization")));
    assertEquals("(none)", key(G.byName("the Alliance")));
    assertEquals(List.of("Q7184"), keys(G.candidates("the Alliance")));
    assertEquals(NameCandidate.Form.CONTEXTUAL, G.candidates("Alliance").get(0).form());
  }

  @Test
  void aNameSharedByTwoEntriesIsAmbiguous() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.organisations(
        "organisations.tsv",
        new java.io.StringReader(
            "id\tname\tsubtype\tcountry\taliases\n"
                + "fd-mod\tFreedonian Ministry of Defence\tGovernmentBody\t\tMinistry of Defence\n"
                + "sy-mod\tSylvanian Ministry of Defence\tGovernmentBody\t\tMinistry of Defence\n"),
        org.actorgraph.lexicon.EntityType.ORGANISATION);
    Gazetteer g = Gazetteer.of(loader);
    assertEquals("(none)", key(g.byName("Ministry of Defence")));
    assertEquals(2, g.candidates("Ministry of Defence").size());
    assertEquals("Q40464", key(G.byName("AFP")));
  }

  @Test
  void findsEntriesByWikidataIdAndIsoCode() {
    assertEquals("Ecuador", G.byWikidata("Q736").orElseThrow().name());
    assertEquals("Q736", key(G.byIsoCode("EC")));
    assertEquals("Q736", key(G.byIsoCode("ECU")));
    assertEquals("(none)", key(G.byWikidata("kremlin")));
    assertEquals("RU", G.byKey("kremlin").orElseThrow().country().orElseThrow());
  }

  @Test
  void seatsOfGovernmentAreGovernmentBodiesOfTheirCountry() {
    for (String name :
        List.of("Malacañang", "Malacanang", "Malacañang Palace", "Malacanan Palace")) {
      GazetteerEntry seat = G.byName(name).orElseThrow();
      assertEquals("ph-malacanang", seat.key(), name);
      assertEquals(Optional.of(EntitySubtype.GOVERNMENT_BODY), seat.subtype());
      assertEquals(Optional.of("PH"), seat.country());
      assertFalse(G.isGenerated(seat), name + " is curated, no longer a generated place");
    }
    assertEquals("ve-miraflores", key(G.byName("Palacio de Miraflores")));
    assertEquals("ve-miraflores", key(G.byName("the Miraflores Palace")));
    // the bare name is also a district of Lima: it counts only after the full name
    assertEquals("(none)", key(G.byName("Miraflores")));
    assertEquals(NameCandidate.Form.CONTEXTUAL, G.candidates("Miraflores").get(0).form());
    // "La Moncloa" is the palace; "Moncloa" alone is also a district of Madrid
    assertEquals("es-moncloa", key(G.byName("La Moncloa")));
    assertEquals("(none)", key(G.byName("Moncloa")));
    // a name many states give their seat is no entry
    assertEquals("(none)", key(G.byName("State House")));
    assertEquals("(none)", key(G.byName("Presidential Palace")));
  }

  @Test
  void typesOrganisationsBySubtypeAndCountry() {
    GazetteerEntry whiteHouse = G.byName("White House").orElseThrow();
    assertEquals(Optional.of(EntitySubtype.GOVERNMENT_BODY), whiteHouse.subtype());
    assertEquals(Optional.of("US"), whiteHouse.country());
    assertEquals("Q11209", key(G.byName("Pentagon")));
    assertEquals(Optional.of(EntitySubtype.ARMED_GROUP), G.byName("Daesh").get().subtype());
    assertEquals(Optional.of(EntitySubtype.MEDIA_OUTLET), G.byName("Reuters").get().subtype());
    assertEquals(
        Optional.of(EntitySubtype.INTERNATIONAL_ORGANISATION), G.byName("ASEAN").get().subtype());
  }

  @Test
  void knowsTheStateEnergyCompaniesAndTheirCountries() {
    assertEquals("rosatom", key(G.byName("Rosatom")));
    assertEquals(Optional.of(EntitySubtype.COMPANY), G.byName("Equinor").get().subtype());
    assertEquals(Optional.of("NO"), G.byName("Statoil").get().country());
    assertEquals(Optional.of("QA"), G.byName("QatarEnergy").get().country());
    assertEquals("adnoc", key(G.byName("ADNOC")));
    assertEquals(Optional.of("US"), G.byName("Chevron").get().country());
  }

  @Test
  void knowsTheTechnologyCompaniesAndRegulators() {
    assertEquals("openai", key(G.byName("OpenAI")));
    assertEquals(Optional.of(EntitySubtype.COMPANY), G.byName("TikTok").get().subtype());
    assertEquals(Optional.of("CN"), G.byName("ByteDance").get().country());
    assertEquals("softbank", key(G.byName("SoftBank")));
    assertEquals(Optional.of("NL"), G.byName("ASML").get().country());
    // a bare "Micron" is also a word of other names ("Hana Micron"): only after the full name
    assertTrue(G.byName("Micron").isEmpty());
    assertEquals(
        Optional.of(EntitySubtype.GOVERNMENT_BODY),
        G.byName("Competition and Markets Authority").get().subtype());
    List<String> tokens =
        List.of("the", "Cybersecurity", "and", "Infrastructure", "Security", "Agency", "said");
    assertEquals(new TokenSpan(1, 6), G.longestMatchAt(tokens, 1).orElseThrow().span());
    assertEquals(Optional.of("US"), G.byName("CISA").get().country());
  }

  @Test
  void longestMatchPrefersTheLongestName() {
    List<String> tokens = List.of("the", "United", "States", "said");
    GazetteerMatch m = G.longestMatchAt(tokens, 1).orElseThrow();
    assertEquals(new TokenSpan(1, 3), m.span());
    assertEquals("Q30", key(m.unique()));
    List<String> dprk = List.of("Democratic", "People", "'s", "Republic", "of", "Korea", "fired");
    assertEquals(new TokenSpan(0, 6), G.longestMatchAt(dprk, 0).orElseThrow().span());
    List<String> bissau = List.of("Guinea", "-", "Bissau", "and", "Guinea");
    assertEquals("Q1007", key(G.longestMatchAt(bissau, 0).orElseThrow().unique()));
    assertEquals("Q1006", key(G.longestMatchAt(bissau, 4).orElseThrow().unique()));
    assertEquals(Optional.empty(), G.longestMatchAt(tokens, 0));
    assertEquals(Optional.empty(), G.longestMatchAt(tokens, 9));
  }

  @Test
  void longestMatchNormalisesTokensAsWritten() {
    List<String> tokens = List.of("U.S.", "officials", "met", "Kim");
    assertEquals(new TokenSpan(0, 1), G.longestMatchAt(tokens, 0).orElseThrow().span());
    assertEquals(
        new TokenSpan(0, 2),
        G.longestDemonymAt(List.of("South", "Korean", "troops"), 0).orElseThrow().span());
  }

  @Test
  void anOrganisationsDirectorsAreTitles() {
    assertEquals(
        "managing director",
        G.titleAt(List.of("IMF", "Managing", "Director", "Jane", "Roe"), 1)
            .orElseThrow()
            .value()
            .role());
    assertTrue(G.title("Executive Director").orElseThrow().head());
  }

  @Test
  void aPortfolioGivesItsMinistersTitleInEveryOrder() {
    assertEquals("education minister", G.title("Minister of Education").orElseThrow().role());
    assertEquals("education minister", G.title("Minister for Education").orElseThrow().role());
    assertEquals("education minister", G.title("Education Minister").orElseThrow().role());
    assertEquals("defence minister", G.title("Minister for Defense").orElseThrow().role());
    assertEquals("labour minister", G.title("Minister of Labor").orElseThrow().role());
    assertEquals("commerce secretary", G.title("Secretary of Commerce").orElseThrow().role());
    assertEquals("trade secretary", G.title("Trade Secretary").orElseThrow().role());
    assertEquals("education secretary", G.title("Secretary for Education").orElseThrow().role());
    assertEquals(Optional.empty(), G.title("Minister for Foreign"));
    assertEquals(Optional.empty(), G.title("Minister of Prime"));
  }

  @Test
  void thePortfoliosOfPetrarchsRoleDictionaryGiveTheirMinisters() {
    assertEquals("development minister", G.title("development minister").orElseThrow().role());
    assertEquals("oil minister", G.title("Oil Minister").orElseThrow().role());
    assertEquals("planning minister", G.title("Minister of Planning").orElseThrow().role());
    assertEquals(
        "public works minister", G.title("Minister for Public Works").orElseThrow().role());
  }

  @Test
  void theMinistersOfPeopleWhoCrossBordersHaveTheirTitles() {
    assertEquals("migration minister", G.title("Migration Minister").orElseThrow().role());
    assertEquals("asylum minister", G.title("Minister for Asylum").orElseThrow().role());
  }

  @Test
  void theEnergyAndClimatePortfoliosGiveTheirMinisters() {
    assertEquals("climate minister", G.title("Climate Minister").orElseThrow().role());
    assertEquals(
        "climate change minister", G.title("Minister for Climate Change").orElseThrow().role());
    assertEquals("ecology minister", G.title("Ecology Minister").orElseThrow().role());
    assertEquals(
        "mineral resources minister", G.title("Mineral Resources Minister").orElseThrow().role());
    assertEquals("mining minister", G.title("Minister of Mining").orElseThrow().role());
  }

  @Test
  void anAffairsPortfolioGivesTheTitlesOfItsOffice() {
    assertEquals(
        "external affairs minister", G.title("External Affairs Minister").orElseThrow().role());
    assertEquals(
        "external affairs minister", G.title("Minister of External Affairs").orElseThrow().role());
    assertEquals(
        "external affairs minister", G.title("external affairs minister").orElseThrow().role());
    assertEquals("foreign minister", G.title("foreign affairs minister").orElseThrow().role());
    assertEquals("interior minister", G.title("Home Affairs Minister").orElseThrow().role());
    assertEquals("interior minister", G.title("Minister of Home Affairs").orElseThrow().role());
    assertEquals(Optional.empty(), G.title("Affairs Minister"));
  }

  @Test
  void findsTitlesWithTheirRoleAndHeadFlag() {
    PersonTitle president = G.title("President").orElseThrow();
    assertTrue(president.head());
    assertEquals("foreign minister", G.title("foreign minister").orElseThrow().role());
    assertEquals("general", G.title("Gen.").orElseThrow().role());
    assertEquals("general", G.title("Gen").orElseThrow().role());
    assertEquals(Optional.empty(), G.title("general"));
    assertTrue(G.title("Prince").orElseThrow().ambiguous());
    TokenMatch<PersonTitle> m = G.titleAt(List.of("said", "Lt.", "Gen.", "Smith"), 1).get();
    assertEquals(new TokenSpan(1, 3), m.span());
    assertEquals("lieutenant general", m.value().role());
    assertEquals(
        "prime minister",
        G.titleAt(List.of("Prime", "Minister", "Modi"), 0).orElseThrow().value().role());
  }

  @Test
  void recognisesGovernmentBodyHeadsAndPhrases() {
    GovernmentBodyPattern ministry = G.governmentBodyHead("Ministry").orElseThrow();
    assertTrue(ministry.forms().contains(GovernmentBodyPattern.Form.HEAD_OF));
    assertTrue(ministry.forms().contains(GovernmentBodyPattern.Form.MODIFIER_HEAD));
    List<String> tokens = List.of("the", "National", "Police", "arrested");
    assertEquals(new TokenSpan(1, 3), G.governmentBodyPhraseAt(tokens, 1).orElseThrow().span());
    assertEquals(Optional.empty(), G.governmentBodyPhraseAt(List.of("armed", "forces"), 0));
    assertEquals(Optional.empty(), G.governmentBodyHead("Ecuador"));
  }

  @Test
  void knowsNamesThatNameNothing() {
    assertTrue(G.isStopName("Sunday"));
    assertTrue(G.isStopName("December"));
    assertTrue(G.isStopName("Christmas"));
    assertTrue(G.isStopName("LNG"));
    assertFalse(G.isStopName("May"));
    assertFalse(G.isStopName("Ecuador"));
  }
}
