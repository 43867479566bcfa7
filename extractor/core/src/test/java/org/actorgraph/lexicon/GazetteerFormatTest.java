package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Malformed data lines fail loading with {@code file:line: problem}. */
class GazetteerFormatTest {

  private static final String COUNTRY_HEADER =
      "id\tname\tiso2\tiso3\tstatus\tcapital\tcapital_id\taliases\tdemonyms\n";
  private static final String ECUADOR =
      "Q736\tEcuador\tEC\tECU\tmember\tQuito\tQ2900\tRepublic of Ecuador\tEcuadorian\n";
  private static final String ORG_HEADER = "id\tname\tsubtype\tcountry\taliases\n";

  private static String countriesError(String text) {
    GazetteerLoader loader = new GazetteerLoader();
    return assertThrows(
            GazetteerFormatException.class,
            () -> loader.countries("countries.tsv", new StringReader(text)))
        .getMessage();
  }

  private static String organisationsError(String text) {
    GazetteerLoader loader = new GazetteerLoader();
    loader.countries("countries.tsv", new StringReader(COUNTRY_HEADER + ECUADOR));
    return assertThrows(
            GazetteerFormatException.class,
            () ->
                loader.organisations(
                    "organisations.tsv", new StringReader(text), EntityType.ORGANISATION))
        .getMessage();
  }

  @Test
  void aLineWithTooFewFieldsNamesFileAndLine() {
    assertEquals(
        "countries.tsv:3: expected 9 tab-separated fields (found 8)",
        countriesError("# comment\n" + COUNTRY_HEADER + "Q736\tEcuador\tEC\tECU\tmember\t\t\t\n"));
  }

  @Test
  void aWrongHeaderIsRejected() {
    String message = countriesError("id\tname\n");
    assertEquals("countries.tsv:1: expected header", message.substring(0, 32));
  }

  @Test
  void badCodesAndStatusesAreRejected() {
    assertEquals(
        "countries.tsv:2: iso2 'Ec' does not match [A-Z]{2}",
        countriesError(COUNTRY_HEADER + ECUADOR.replace("\tEC\t", "\tEc\t")));
    assertEquals(
        "countries.tsv:2: status 'state' is not one of " + GazetteerLoader.STATUSES,
        countriesError(COUNTRY_HEADER + ECUADOR.replace("member", "state")));
    assertEquals(
        "countries.tsv:2: id 'ecuador!' does not match Q[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*",
        countriesError(COUNTRY_HEADER + ECUADOR.replace("Q736", "ecuador!")));
  }

  @Test
  void anEmptyListItemIsRejected() {
    assertEquals(
        "countries.tsv:2: aliases has an empty item in 'Republic of Ecuador||EC'",
        countriesError(COUNTRY_HEADER + ECUADOR.replace("of Ecuador", "of Ecuador||EC")));
  }

  @Test
  void aDuplicateKeyNamesWhereItFirstAppeared() {
    assertEquals(
        "organisations.tsv:2: duplicate key Q736 (first at countries.tsv:2)",
        organisationsError(ORG_HEADER + "Q736\tEcuador Inc\tCompany\tEC\t\n"));
  }

  @Test
  void anOrganisationOfAnUnknownCountryOrWithAPlaceSubtypeIsRejected() {
    assertEquals(
        "organisations.tsv:2: country 'XX' is not a country in the gazetteer",
        organisationsError(ORG_HEADER + "acme\tAcme\tCompany\tXX\t\n"));
    assertEquals(
        "organisations.tsv:2: subtype 'City' is not a kind of ORGANISATION",
        organisationsError(ORG_HEADER + "acme\tAcme\tCity\tEC\t\n"));
  }

  @Test
  void badTitleAndGovernmentBodyLinesAreRejected() {
    GazetteerLoader loader = new GazetteerLoader();
    String titles =
        "title\trole\tkind\thead\tcase\tambiguous\nPresident\tpresident\trole\tmaybe\tany\tno\n";
    assertEquals(
        "person_titles.tsv:2: head must be yes or no (found 'maybe')",
        assertThrows(
                GazetteerFormatException.class,
                () -> loader.titles("person_titles.tsv", new StringReader(titles)))
            .getMessage());
    String bodies = "words\tkind\tforms\texample\nForeign Ministry\thead\tmodifier-head\tx\n";
    assertEquals(
        "government_bodies.tsv:2: a head is one word with at least one form (found [Foreign,"
            + " Ministry], [MODIFIER_HEAD])",
        assertThrows(
                GazetteerFormatException.class,
                () -> loader.governmentBodies("government_bodies.tsv", new StringReader(bodies)))
            .getMessage());
  }
}
