package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PETRARCH conversion on small invented excerpts in the PETRARCH formats. */
class PetrarchActorConverterTest {

  @TempDir Path petrarch;
  @TempDir Path gazetteer;
  Path words;

  @BeforeEach
  void setUp() throws IOException {
    write(
        petrarch.resolve(PetrarchActorConverter.COUNTRIES),
        "FREEDONIA_  [XFR]",
        "+FREEDONIAN_",
        "+FREEDONIANISH_",
        "+REPUBLIC_OF_FREEDONIA_",
        "+FREEDONIA_NORTH_PROVINCE_",
        "+PORT_ASTER_",
        "+FREEDOINA_",
        "+SYLVANIAN_",
        "+ASTER_RIVER_",
        "+COLE_PROVINCE_",
        "+ANN_",
        "+POE_",
        "+WIDGETS_",
        "+BORDAMAN_",
        "+DORN_",
        "",
        "SYLVANIA_  [XSY]",
        "+SYLVA_",
        "+DORN_",
        "",
        "RURITANIA_  [XRU]",
        "+RURITANIAN_",
        "+STRELSAU_",
        "",
        "JOHN_ROE_  # CountryInfo.txt",
        "+JOHN_Q._ROE_",
        "\t[XFRELI 550101-011231]",
        "\t[XFRGOV 020101-041231]",
        "ROE_",
        "\t[XFRGOV 020101-041231]",
        "GENERAL_JANE_DOE_",
        "\t[XFRMIL 020101-041231]",
        "MARK_GENERAL_",
        "\t[XSYGOV 050101-061231]",
        "ANN_POE_",
        "\t[XFRGOV 020101-041231]",
        "ANN_POE_",
        "\t[XSYGOV 050101-061231]");
    write(
        petrarch.resolve(PetrarchActorConverter.INTERNATIONAL),
        "FREEDONIA_RELIEF_FUND_ [NGO]",
        "+FRF_",
        "+ARM_",
        "UN_ENVOY_ [IGOUNO]",
        "ASTER_WIDGETS_INC_ [MNCXFR]",
        "MARY_ROE_ [IGOUNO 050101-061231]");
    write(
        petrarch.resolve(PetrarchActorConverter.ARMED),
        "SYLVANIAN_LIBERATION_FRONT_(SLF)_ [XSYREB]",
        "+SLF_FIGHTERS_",
        "ANGRY_FIGHTERS_ [XSYREB]");
    write(
        petrarch.resolve(PetrarchActorConverter.AGENTS),
        "!MINIST! = MINISTER, MINISTERS, MINISTRY",
        "AGRICULTURE_!MINIST! [~GOVAGR]",
        "FOREIGN_!MINIST! [~GOV]",
        "FORMER_PRESIDENT [~ELI]",
        "FARMER [~AGR]",
        "CHIEF EXECUTIVE [~GOV]");
    write(
        petrarch.resolve("LICENSE"), "The MIT License (MIT)", "Copyright (c) 2014 Open Event Data");
    write(
        gazetteer.resolve("countries.tsv"),
        "id\tname\tiso2\tiso3\tstatus\tcapital\tcapital_id\taliases\tdemonyms",
        "freedonia\tFreedonia\tXF\tXFR\tmember\tPort Aster\t\t\tFreedonians",
        "sylvania\tSylvania\tXS\tXSY\tmember\tSylva\t\t\tSylvanian|Sylvanians",
        "ruritania\tRuritania\tXR\tXRU\tmember\t\t\t\tRuritanian");
    write(gazetteer.resolve("people.tsv"), "id\tname\tcountry\taliases");
    write(gazetteer.resolve("organisations.tsv"), "id\tname\tsubtype\tcountry\taliases");
    write(
        gazetteer.resolve("person_titles.tsv"),
        "title\trole\tkind\thead\tcase\tambiguous",
        "Foreign Minister\tforeign minister\trole\tyes\tany\tno",
        "General\tgeneral\trank\tno\tcapitalised\tyes");
    words = petrarch.resolve("words");
    write(words, "arm", "angry", "fighters", "fund", "relief", "widgets", "envoy", "Ann");
  }

  @Test
  void countriesGetDemonymsAndFormalNamesButNotPlacesOrMisspellings() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    List<String> rows = data("countries_petrarch.tsv");
    assertEquals(
        List.of("iso3\taliases\tdemonyms", "XFR\tRepublic of Freedonia\tFreedonian"), rows);
  }

  @Test
  void placesAreTheSynonymsAfterTheCapitalThatNoCountryPersonOrWordClaims() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    assertEquals(
        List.of(
            "id\tname\tsubtype\tcountry\taliases",
            "aster-river\tAster River\t\tXF\t",
            "cole-province\tCole Province\tRegion\tXF\t"),
        data("places_petrarch.tsv"),
        "not the variants before the capital, a given name (Ann), a family name (Poe), a word,"
            + " a word for a person, a name two countries list (Dorn), nor anything of a record"
            + " whose capital is unknown (Strelsau)");
  }

  @Test
  void editDistanceCountsASwapOfNeighboursAsOneEdit() {
    assertEquals(1, PetrarchPlaces.distance("STATES", "STAETS"));
    assertEquals(2, PetrarchPlaces.distance("INDIA", "INDYAA"));
    assertEquals(0, PetrarchPlaces.distance("ASTER", "ASTER"));
  }

  @Test
  void peopleAreFullNamesWithCountryAndDatedOffices() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    List<String> rows = data("people_petrarch.tsv");
    assertEquals("id\tname\tcountry\taliases\toffices", rows.get(0));
    assertEquals(
        "john-roe\tJohn Roe\tXF\tJohn Q. Roe\tXFRELI 1955-01-01..2001-12-31|XFRGOV"
            + " 2002-01-01..2004-12-31",
        rows.get(1));
    assertEquals(
        "mark-general\tMark General\tXS\t\tXSYGOV 2005-01-01..2006-12-31",
        rows.get(2),
        "a title word last is a surname");
    assertEquals("mary-roe\tMary Roe\t\t\tIGOUNO 2005-01-01..2006-12-31", rows.get(3));
    assertEquals(4, rows.size(), "one-word names, titled names and names two countries share go");
  }

  @Test
  void organisationsKeepUnambiguousAcronymsAndDropGenericPhrases() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    List<String> rows = data("organisations_petrarch.tsv");
    assertEquals(
        List.of(
            "id\tname\tsubtype\tcountry\taliases",
            "freedonia-relief-fund\tFreedonia Relief Fund\tNGO\t\tFRF",
            "sylvanian-liberation-front\tSylvanian Liberation Front\tArmedGroup\tXS\tSLF"),
        rows);
  }

  @Test
  void titlesAreRoleWordsOfPeopleNotAlreadyListed() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    assertEquals(
        List.of(
            "title\trole\tkind\thead\tcase\tambiguous",
            "Agriculture Minister\tagriculture minister\trole\tno\tany\tno"),
        data("person_titles_petrarch.tsv"));
  }

  @Test
  void generatedFilesSayWhereTheyComeFromAndTheLicenceTravelsWithThem() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    String first = Files.readAllLines(gazetteer.resolve("people_petrarch.tsv")).get(0);
    assertTrue(first.contains("generated by org.actorgraph.train.PetrarchActorConverter"), first);
    assertTrue(first.endsWith("do not edit."), first);
    String licence = Files.readString(gazetteer.resolve("PETRARCH-LICENSE.txt"));
    assertTrue(licence.contains("Open Event Data"), licence);
  }

  @Test
  void reRunningGivesTheSameFiles() throws IOException {
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    List<String> before = Files.readAllLines(gazetteer.resolve("organisations_petrarch.tsv"));
    PetrarchActorConverter.convert(petrarch, gazetteer, words);
    assertEquals(before, Files.readAllLines(gazetteer.resolve("organisations_petrarch.tsv")));
    assertFalse(before.isEmpty());
  }

  @Test
  void casingKeepsAcronymsAndLowersConnectors() {
    PetrarchNames names =
        new PetrarchNames(java.util.Set.of("MISSION"), java.util.Set.of(), java.util.Set.of("UN"));
    assertEquals(
        "UN Mission in Freedonia",
        names.organisationName(PetrarchNames.tokens("UN_MISSION_IN_FREEDONIA_")));
    assertEquals(
        "Omar al-Rashid McRoe O'Doe",
        names.personName(PetrarchNames.tokens("OMAR_AL_RASHID_MCROE_O'DOE_")));
  }

  @Test
  void regnalNumbersStayUpperCaseButInitialsDoNot() {
    PetrarchNames names =
        new PetrarchNames(java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
    assertEquals("Omar II", names.personName(PetrarchNames.tokens("OMAR_II_")));
    assertEquals("Carl XVI Roe", names.personName(PetrarchNames.tokens("CARL_XVI_ROE_")));
    assertEquals("John Roe XXIV", names.personName(PetrarchNames.tokens("JOHN_ROE_XXIV_")));
    assertEquals("John V Roe", names.personName(PetrarchNames.tokens("JOHN_V_ROE_")));
    assertEquals("Ivy Roe", names.personName(PetrarchNames.tokens("IVY_ROE_")));
  }

  private List<String> data(String file) throws IOException {
    return Files.readAllLines(gazetteer.resolve(file), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#"))
        .toList();
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
  }
}
