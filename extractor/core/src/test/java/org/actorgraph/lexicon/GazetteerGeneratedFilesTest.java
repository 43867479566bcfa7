package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated field-lexicon files: country variants, organisations, people with offices. */
class GazetteerGeneratedFilesTest {

  private static final String COUNTRIES =
      "id\tname\tiso2\tiso3\tstatus\tcapital\tcapital_id\taliases\tdemonyms\n"
          + "freedonia\tFreedonia\tXF\tXFR\tmember\tPort Aster\t\t\tFreedonian|Freedonians\n"
          + "sylvania\tSylvania\tXS\tXSY\tmember\t\t\t\tSylvanian|Sylvanians\n";
  private static final String VARIANTS =
      "# generated; do not edit\niso3\taliases\tdemonyms\nXFR\tRepublic of Freedonia\tFreedonish\n";
  private static final String ORGS =
      "id\tname\tsubtype\tcountry\taliases\n"
          + "freedonia-relief-fund\tFreedonia Relief Fund\tNGO\t\tFRF\n";
  private static final String PLACES =
      "id\tname\tsubtype\tcountry\taliases\n"
          + "aster-valley\tAster Valley\tRegion\tXF\t\n"
          + "borda\tBorda\t\tXF\t\n";
  private static final String PEOPLE =
      "id\tname\tcountry\taliases\toffices\n"
          + "john-roe\tJohn Roe\tXF\tJohn Q. Roe\t"
          + "XFRGOV 2001-01-01..2004-12-31|XFRELI 2005-01-01..\n";

  private static Gazetteer gazetteer() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.countryVariants("countries_petrarch.tsv", new StringReader(VARIANTS));
    loader.countries("countries.tsv", new StringReader(COUNTRIES));
    loader.checkVariantsUsed();
    loader.generatedOrganisations("organisations_petrarch.tsv", new StringReader(ORGS));
    loader.generatedPlaces("places_petrarch.tsv", new StringReader(PLACES));
    loader.leaders("people_petrarch.tsv", new StringReader(PEOPLE));
    return Gazetteer.of(loader);
  }

  @Test
  void countryVariantsJoinTheirCountry() {
    Gazetteer g = gazetteer();
    GazetteerEntry freedonia = g.byName("Freedonia").orElseThrow();
    assertEquals(Optional.of(freedonia), g.byName("Republic of Freedonia"));
    assertEquals(Optional.of(freedonia), g.byDemonym("Freedonish"));
    assertTrue(freedonia.aliases().contains("Republic of Freedonia"));
    assertTrue(freedonia.demonyms().contains("Freedonish"));
  }

  @Test
  void aVariantForAnUnknownCountryFailsWithFileAndLine() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.countryVariants(
        "countries_petrarch.tsv", new StringReader("iso3\taliases\tdemonyms\nXRU\tRuritania\t\n"));
    loader.countries("countries.tsv", new StringReader(COUNTRIES));
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, loader::checkVariantsUsed);
    assertEquals(
        "countries_petrarch.tsv:2: iso3 'XRU' is not a country in the gazetteer", e.getMessage());
  }

  @Test
  void generatedNamesMatchOnlyWithTheirCapitals() {
    Gazetteer g = gazetteer();
    List<String> text = List.of("the", "Freedonia", "Relief", "Fund", "said");
    assertEquals(
        "freedonia-relief-fund",
        g.longestMatchAt(text, 1).orElseThrow().unique().orElseThrow().key());
    List<String> lower = List.of("a", "Freedonia", "relief", "fund");
    assertEquals(
        "freedonia",
        g.longestMatchAt(lower, 1).orElseThrow().unique().orElseThrow().key(),
        "only the curated country matches when the generated name is not capitalised");
    assertEquals(
        EntityType.ORGANISATION, g.byName("FRF").orElseThrow().type(), "acronym as written");
  }

  @Test
  void aGeneratedPlaceHasItsCountryAndASubtypeOnlyWhenTold() {
    Gazetteer g = gazetteer();
    GazetteerEntry borda = g.byName("Borda").orElseThrow();
    assertEquals(EntityType.PLACE, borda.type());
    assertEquals(Optional.empty(), borda.subtype());
    assertEquals(Optional.of("XF"), borda.country());
    assertTrue(g.isGenerated(borda));
    assertEquals(
        Optional.of(EntitySubtype.REGION), g.byName("Aster Valley").orElseThrow().subtype());
    assertTrue(
        g.longestMatchAt(List.of("the", "borda", "said"), 1).isEmpty(),
        "a generated place matches only as written with its capital");
  }

  @Test
  void aGeneratedPlaceOfAnotherKindFailsWithFileAndLine() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.countries("countries.tsv", new StringReader(COUNTRIES));
    String bad = PLACES.replace("Region", "Company");
    GazetteerFormatException e =
        assertThrows(
            GazetteerFormatException.class,
            () -> loader.generatedPlaces("places_petrarch.tsv", new StringReader(bad)));
    assertEquals("places_petrarch.tsv:2: subtype 'Company' is not a kind of PLACE", e.getMessage());
  }

  @Test
  void aGeneratedPersonHasCountryAndDatedOffices() {
    Gazetteer g = gazetteer();
    GazetteerEntry roe = g.byName("John Roe").orElseThrow();
    assertEquals(EntityType.PERSON, roe.type());
    assertEquals("person-john-roe", roe.key());
    assertEquals(Optional.of("XF"), roe.country());
    assertTrue(g.isGenerated(roe));
    List<GazetteerOffice> offices = g.offices(roe);
    assertEquals(2, offices.size());
    assertEquals("GOV", offices.get(0).role());
    assertEquals(Optional.of("XF"), offices.get(0).country());
    assertEquals(Optional.of(LocalDate.of(2004, 12, 31)), offices.get(0).to());
  }

  @Test
  void anOfficeIsNeverAssertedOutsideItsDates() {
    Gazetteer g = gazetteer();
    GazetteerEntry roe = g.byName("John Roe").orElseThrow();
    assertEquals(1, g.officesOn(roe, LocalDate.of(2003, 6, 1)).size());
    assertTrue(g.officesOn(roe, LocalDate.of(2000, 12, 31)).isEmpty());
    assertTrue(g.officesOn(roe, LocalDate.of(2005, 1, 1)).isEmpty(), "first day after the end");
    assertTrue(
        g.officesOn(roe, LocalDate.of(2010, 1, 1)).isEmpty(),
        "an open end is unknown, not still in office");
    assertFalse(g.offices(roe).get(1).holdsOn(LocalDate.of(2006, 1, 1)));
  }

  @Test
  void aMalformedOfficeFailsWithFileAndLine() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.countries("countries.tsv", new StringReader(COUNTRIES));
    String bad = PEOPLE.replace("2001-01-01..2004-12-31", "2001-01-01-2004-12-31");
    GazetteerFormatException e =
        assertThrows(
            GazetteerFormatException.class,
            () -> loader.leaders("people_petrarch.tsv", new StringReader(bad)));
    assertEquals(
        "people_petrarch.tsv:2: office 'XFRGOV 2001-01-01-2004-12-31' is not CODE from..to",
        e.getMessage());
  }
}
