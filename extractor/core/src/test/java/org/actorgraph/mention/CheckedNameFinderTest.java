package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckedNameFinderTest {

  /** What the checker keeps of one proposed span, as "Type:text", or "" when it drops it. */
  private static String check(String body, String proposed, EntityType type) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    int start = body.indexOf(proposed);
    CharSpan span = new CharSpan(start, start + proposed.length());
    int sentence = a.sentenceOf(span).orElseThrow().index();
    MentionFinder proposer =
        article ->
            List.of(new Mention(span, proposed, type, sentence, "model", 0.3, Optional.empty()));
    List<Mention> kept = new CheckedNameFinder(proposer, Gazetteer.standard()).find(a);
    return kept.isEmpty() ? "" : kept.get(0).type().label() + ":" + kept.get(0).text();
  }

  /**
   * Asserts what the checker keeps of one proposed span: "Type:text", or nothing (an empty table
   * cell) when it drops it.
   */
  private static void assertKept(String kept, String body, String proposed, EntityType type) {
    assertEquals(kept == null ? "" : kept, check(body, proposed, type));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Noboa told CNN on Tuesday that he agreed. | CNN on Tuesday | ORGANISATION | Organisation:CNN
          He spoke to CNN Last week about it.       | CNN Last       | ORGANISATION | Organisation:CNN
          """)
  void aSpanEndsBeforeNewsPhrasing(String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Turkish President Recep Tayyip Erdoğan agreed in principle. | Turkish President Recep Tayyip Erdoğan | ORGANISATION | Person:Recep Tayyip Erdoğan
          Deputy Secretary of State Tony Blinken travelled.           | State Tony Blinken                     | ORGANISATION | Person:Tony Blinken
          """)
  void aTitleIsCutOffAndWhatFollowsItIsAPerson(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          UN Special Envoy for Sudan Tom Roe arrived.                   | Sudan Tom Roe                        | ORGANISATION | Person:Tom Roe
          "We hope so," U.S. special envoy for Sudan Tom Roe told reporters. | Sudan Tom Roe              | ORGANISATION | Person:Tom Roe
          Ambassador to the United Nations Linda Roe-Park criticised it. | United Nations Linda Roe-Park        | ORGANISATION | Person:Linda Roe-Park
          The Kenya Red Cross is a member of the federation.            | Red Cross                            | PERSON       | Person:Red Cross
          Kenya Tom Roe Holdings shares fell.                           | Kenya Tom Roe Holdings               | ORGANISATION | Organisation:Kenya Tom Roe Holdings
          """)
  void aPersonsNameRunOnFromTheKnownRemitOfATitleIsThatPerson(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Kenya PM Jana Roe resigns   | Kenya PM Jana Roe   | ORGANISATION | Person:Jana Roe
          British PM Jana Roe resigns | British PM Jana Roe | ORGANISATION | Person:Jana Roe
          Aster PM Group shares fell. | Aster PM Group      | ORGANISATION | Organisation:Aster PM Group
          """)
  void aTitleThatIsAlsoAnAbbreviationIsCutOffOnlyAfterACountry(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Traffic was backed up on Sheikh Karim Road in Dubai.  | Karim Road  |
          Police in Prince Oliver's County arrested three men.  | Oliver      |
          Crowds filled Queen Jane Olympic Park on Sunday.      | Jane Olympic Park |
          Prince Oliver's office said he would attend.          | Oliver      | Person:Oliver
          Sir Jane Park spoke on Sunday.                        | Jane Park   | Person:Jane Park
          """)
  void aPersonAfterATitleThatNamesAThingAfterTheHolderIsDropped(
      String body, String proposed, String kept) {
    assertKept(kept, body, proposed, EntityType.PERSON);
  }

  @Test
  void aLeadingArticleIsDroppedSoTheGazetteerSpanMatches() {
    assertEquals(
        "Place:United States",
        check("Troops arrived in the United States today.", "the United States", EntityType.PLACE));
  }

  @Test
  void aSpanGrowsOverAJoiningHyphen() {
    assertEquals(
        "Person:Ko Wen-je",
        check("The former mayor Ko Wen-je was detained.", "Ko Wen", EntityType.PERSON));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Jane Doe of the Aster People's Party (APP) won 3 seats. | Aster People     | ORGANISATION | Organisation:Aster People's Party
          The Sylvania Workers' Union called a strike.            | Sylvania Workers | ORGANISATION | Organisation:Sylvania Workers' Union
          John Roe's Party colleagues left.                       | John Roe         | PERSON       | Person:John Roe
          """)
  void aSpanGrowsOverThePossessiveOfACollectiveNounInAName(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Sylvania passed an anti-gay law last year.          | anti-gay    | ORGANISATION |
          The pro-government militia attacked the town.       | pro-government militia | ORGANISATION |
          Fighters of al-Shabaab attacked the town.           | al-Shabaab  | ORGANISATION | Organisation:al-Shabaab
          """)
  void aSpanWithNoCapitalLetterIsNoName(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Data from the centre show a rise.                        | Data      | PLACE |
          They will arrive in Wegorzewo next month.                | Wegorzewo | PLACE | Place:Wegorzewo
          The attacks in Qamenas, Sarmin and Talamenes were grave. | Talamenes | PLACE | Place:Talamenes
          """)
  void anUnknownPlaceNeedsALocativeContext(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Police searched Kestrova's headquarters on Friday. | Kestrova | PLACE | Place:Kestrova
          Mirovka's residents fled to Poland.                | Mirovka  | PLACE | Place:Mirovka
          Kestrova's case was heard on Friday.               | Kestrova | PLACE |
          """)
  void anUnknownPlaceWithAStrongTypeCueIsKeptForTheResolver(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          They cited UN Security Council Resolution 2254 again.  | UN Security Council Resolution | ORGANISATION | Organisation:UN Security Council
          They signed the Strategic Framework Agreement in 2008. | Strategic Framework Agreement  | PLACE        |
          """)
  void aDocumentWordKeepsOnlyTheKnownNameBeforeIt(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @Test
  void aPersonReadingAfterInIsAPlace() {
    assertEquals(
        "Place:Marea", check("Chemical weapons were used in Marea.", "Marea", EntityType.PERSON));
  }

  @Test
  void aBodySpanEndsBeforeATitleThatEndsIt() {
    assertEquals(
        "Organisation:U.S. Embassy",
        check(
            "The U.S. Embassy Chargé spoke at the museum.",
            "U.S. Embassy Chargé",
            EntityType.ORGANISATION));
  }

  @Test
  void aSpanRunningPastAResolutionKeepsOnlyTheKnownBodyBeforeIt() {
    assertEquals(
        "Organisation:UN Security Council",
        check(
            "They cited UN Security Council Resolution 2254 again.",
            "UN Security Council Resolution 2254",
            EntityType.ORGANISATION));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          They called for a Cessation of Hostilities at once. | Cessation of Hostilities | ORGANISATION |
          The tribe of Al Bu Nimr was attacked.               | Al                       | ORGANISATION |
          """)
  void anActionNounAndALoneParticleNameNoOrganisation(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Thousands fled to Port Aster-in a hurry.            | Port Aster-in                 | PLACE        | Place:Port Aster
          Troops retook a Aster Front-held town.              | Aster Front-held              | ORGANISATION | Organisation:Aster Front
          Delegates of the Sylvania-majority Aster Front met. | Sylvania-majority Aster Front | ORGANISATION | Organisation:Aster Front
          The 12-member Aster Council voted on Monday.        | member Aster Council          | ORGANISATION | Organisation:Aster Council
          Leaders of the three-nation Aster Pact met.         | nation Aster Pact             | ORGANISATION | Organisation:Aster Pact
          """)
  void aLowerCaseWordGluedByAHyphenIsNoPartOfTheName(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @Test
  void aPossessiveOrAFullStopInsideTheLastTokenIsCutOff() {
    assertEquals(
        "Organisation:Aster Front",
        check(
            "The importance of Aster Front‘s efforts grew.",
            "Aster Front‘s",
            EntityType.ORGANISATION));
    assertEquals(
        "Person:Jane Roebuck",
        check(
            "The border is open, the paper quotes Jane Roebuck.\nIt said more.",
            "Jane Roebuck.",
            EntityType.PERSON));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          A junta led by Gen. Jane Doe took over.    | Gen                | ORGANISATION |
          She was in Port Aster from Oct. 28 to 31.  | Oct. 28            | PLACE        |
          They praised Albanian-Ukrainian relations. | Albanian-Ukrainian | PLACE        |
          A meeting of West Asterian leaders.        | West Asterian      | PLACE        |
          """)
  void aTitleADateOrARegionAdjectiveAloneNamesNothing(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @Test
  void aCountryAfterTitleOfIsCutFromTheNameAfterIt() {
    assertEquals(
        "Person:Jana Roe",
        check("President of Albania Jana Roe held talks.", "Albania Jana Roe", EntityType.PLACE));
  }

  @Test
  void anAcronymGluedAfterItsNameIsCutOff() {
    assertEquals(
        "Organisation:Union of Aster States",
        check(
            "The Union of Aster States UAS met.",
            "Union of Aster States UAS",
            EntityType.ORGANISATION));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Trade between NATO Member States fell.        | NATO Member States                   | ORGANISATION | Organisation:NATO
          The Presidents of Freedonia and Sylvania met. | Presidents of Freedonia and Sylvania | ORGANISATION |
          Assets in Commercial Banks were frozen.       | Commercial Banks                     | PLACE        |
          """)
  void aGroupOfRolesOrBodiesIsNoOrganisation(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Radio Aster reported the talks.     | Radio Aster | PERSON | Organisation:Radio Aster
          The Aster Times reported the talks. | Aster Times | PERSON | Organisation:Aster Times
          """)
  void anOutletNamedLikeAPersonIsAnOrganisation(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The spokesman spoke on Al-Velmor TV on Monday. | Al-Velmor TV   | PLACE | Organisation:Al-Velmor TV
          Boats sank near Velmor Channel.                | Velmor Channel | PLACE | Place:Velmor Channel
          """)
  void anUnknownPlaceNamedLikeAnOutletIsAnOrganisation(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The European Union and Mercosur signed the deal. | European Union and Mercosur    | ORGANISATION |
          The Ministry of Trade and Industry said so.      | Ministry of Trade and Industry | ORGANISATION | Organisation:Ministry of Trade and Industry
          """)
  void twoKnownNamesJoinedByAndAreNoOneName(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Leaders of BRICS - Brazil, Russia and India - met. | BRICS - Brazil    | ORGANISATION |
          Leaders of Guinea-Bissau met on Monday.           | Guinea-Bissau     | COUNTRY      | Country:Guinea-Bissau
          """)
  void twoKnownNamesOnEitherSideOfASpacedDashAreNoOneName(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          UN envoy Jan de Vroom met leaders in Geneva. | Jan de Vroom       | ORGANISATION | Person:Jan de Vroom
          Karel van der Hoek said so.                  | Karel van der Hoek | ORGANISATION | Person:Karel van der Hoek
          Banco do Brasil said so.                     | Banco do Brasil    | ORGANISATION | Organisation:Banco do Brasil
          The Bank of Aster said so.                   | Bank of Aster      | ORGANISATION | Organisation:Bank of Aster
          """)
  void anOrganisationNamedLikeAPersonWithAParticleIsAPerson(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }

  @Test
  void aSpanEndsBeforeALinkingWord() {
    assertEquals(
        "Organisation:Northwind",
        check(
            "Sylvania accused Northwind of supplying the rebels.",
            "Northwind of",
            EntityType.ORGANISATION));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          A Freedonian Marine was killed on Monday.    | Freedonian Marine | ORGANISATION |
          The Marine was killed on Monday.             | Marine            | ORGANISATION |
          The Freedonian Marine Corps said on Monday.  | Freedonian Marine Corps | ORGANISATION | Organisation:Freedonian Marine Corps
          """)
  void anOrganisationOfDescribingWordsOrCountedByAIsDropped(
      String body, String proposed, EntityType type, String kept) {
    assertKept(kept, body, proposed, type);
  }
}
