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

  @Test
  void aSpanEndsBeforeNewsPhrasing() {
    assertEquals(
        "Organisation:CNN",
        check(
            "Noboa told CNN on Tuesday that he agreed.",
            "CNN on Tuesday",
            EntityType.ORGANISATION));
    assertEquals(
        "Organisation:CNN",
        check("He spoke to CNN Last week about it.", "CNN Last", EntityType.ORGANISATION));
  }

  @Test
  void aTitleIsCutOffAndWhatFollowsItIsAPerson() {
    assertEquals(
        "Person:Recep Tayyip Erdoğan",
        check(
            "Turkish President Recep Tayyip Erdoğan agreed in principle.",
            "Turkish President Recep Tayyip Erdoğan",
            EntityType.ORGANISATION));
    assertEquals(
        "Person:Tony Blinken",
        check(
            "Deputy Secretary of State Tony Blinken travelled.",
            "State Tony Blinken",
            EntityType.ORGANISATION));
  }

  @Test
  void aTitleThatIsAlsoAnAbbreviationIsCutOffOnlyAfterACountry() {
    assertEquals(
        "Person:Jana Roe",
        check("Kenya PM Jana Roe resigns", "Kenya PM Jana Roe", EntityType.ORGANISATION));
    assertEquals(
        "Person:Jana Roe",
        check("British PM Jana Roe resigns", "British PM Jana Roe", EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Aster PM Group",
        check("Aster PM Group shares fell.", "Aster PM Group", EntityType.ORGANISATION));
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

  @Test
  void aSpanGrowsOverThePossessiveOfACollectiveNounInAName() {
    assertEquals(
        "Organisation:Aster People's Party",
        check(
            "Jane Doe of the Aster People's Party (APP) won 3 seats.",
            "Aster People",
            EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Sylvania Workers' Union",
        check(
            "The Sylvania Workers' Union called a strike.",
            "Sylvania Workers",
            EntityType.ORGANISATION));
    assertEquals(
        "Person:John Roe",
        check("John Roe's Party colleagues left.", "John Roe", EntityType.PERSON));
  }

  @Test
  void anUnknownPlaceNeedsALocativeContext() {
    assertEquals("", check("Data from the centre show a rise.", "Data", EntityType.PLACE));
    assertEquals(
        "Place:Wegorzewo",
        check("They will arrive in Wegorzewo next month.", "Wegorzewo", EntityType.PLACE));
    assertEquals(
        "Place:Talamenes",
        check(
            "The attacks in Qamenas, Sarmin and Talamenes were grave.",
            "Talamenes",
            EntityType.PLACE));
  }

  @Test
  void anUnknownPlaceWithAStrongTypeCueIsKeptForTheResolver() {
    assertEquals(
        "Place:Kestrova",
        check("Police searched Kestrova's headquarters on Friday.", "Kestrova", EntityType.PLACE));
    assertEquals(
        "Place:Mirovka", check("Mirovka's residents fled to Poland.", "Mirovka", EntityType.PLACE));
    assertEquals("", check("Kestrova's case was heard on Friday.", "Kestrova", EntityType.PLACE));
  }

  @Test
  void aDocumentWordKeepsOnlyTheKnownNameBeforeIt() {
    assertEquals(
        "Organisation:UN Security Council",
        check(
            "They cited UN Security Council Resolution 2254 again.",
            "UN Security Council Resolution",
            EntityType.ORGANISATION));
    assertEquals(
        "",
        check(
            "They signed the Strategic Framework Agreement in 2008.",
            "Strategic Framework Agreement",
            EntityType.PLACE));
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

  @Test
  void anActionNounAndALoneParticleNameNoOrganisation() {
    assertEquals(
        "",
        check(
            "They called for a Cessation of Hostilities at once.",
            "Cessation of Hostilities",
            EntityType.ORGANISATION));
    assertEquals("", check("The tribe of Al Bu Nimr was attacked.", "Al", EntityType.ORGANISATION));
  }

  @Test
  void aLowerCaseWordGluedByAHyphenIsNoPartOfTheName() {
    assertEquals(
        "Place:Port Aster",
        check("Thousands fled to Port Aster-in a hurry.", "Port Aster-in", EntityType.PLACE));
    assertEquals(
        "Organisation:Aster Front",
        check(
            "Troops retook a Aster Front-held town.", "Aster Front-held", EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Aster Front",
        check(
            "Delegates of the Sylvania-majority Aster Front met.",
            "Sylvania-majority Aster Front",
            EntityType.ORGANISATION));
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

  @Test
  void aTitleADateOrARegionAdjectiveAloneNamesNothing() {
    assertEquals(
        "", check("A junta led by Gen. Jane Doe took over.", "Gen", EntityType.ORGANISATION));
    assertEquals(
        "", check("She was in Port Aster from Oct. 28 to 31.", "Oct. 28", EntityType.PLACE));
    assertEquals(
        "",
        check(
            "They praised Albanian-Ukrainian relations.", "Albanian-Ukrainian", EntityType.PLACE));
    assertEquals(
        "", check("A meeting of West Asterian leaders.", "West Asterian", EntityType.PLACE));
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

  @Test
  void aGroupOfRolesOrBodiesIsNoOrganisation() {
    assertEquals(
        "Organisation:NATO",
        check(
            "Trade between NATO Member States fell.",
            "NATO Member States",
            EntityType.ORGANISATION));
    assertEquals(
        "",
        check(
            "The Presidents of Freedonia and Sylvania met.",
            "Presidents of Freedonia and Sylvania",
            EntityType.ORGANISATION));
    assertEquals(
        "", check("Assets in Commercial Banks were frozen.", "Commercial Banks", EntityType.PLACE));
  }

  @Test
  void anOutletNamedLikeAPersonIsAnOrganisation() {
    assertEquals(
        "Organisation:Radio Aster",
        check("Radio Aster reported the talks.", "Radio Aster", EntityType.PERSON));
    assertEquals(
        "Organisation:Aster Times",
        check("The Aster Times reported the talks.", "Aster Times", EntityType.PERSON));
  }

  @Test
  void anUnknownPlaceNamedLikeAnOutletIsAnOrganisation() {
    assertEquals(
        "Organisation:Al-Velmor TV",
        check("The spokesman spoke on Al-Velmor TV on Monday.", "Al-Velmor TV", EntityType.PLACE));
    assertEquals(
        "Place:Velmor Channel",
        check("Boats sank near Velmor Channel.", "Velmor Channel", EntityType.PLACE));
  }

  @Test
  void twoKnownNamesJoinedByAndAreNoOneName() {
    assertEquals(
        "",
        check(
            "The European Union and Mercosur signed the deal.",
            "European Union and Mercosur",
            EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Ministry of Trade and Industry",
        check(
            "The Ministry of Trade and Industry said so.",
            "Ministry of Trade and Industry",
            EntityType.ORGANISATION));
  }

  @Test
  void anOrganisationNamedLikeAPersonWithAParticleIsAPerson() {
    assertEquals(
        "Person:Jan de Vroom",
        check(
            "UN envoy Jan de Vroom met leaders in Geneva.",
            "Jan de Vroom",
            EntityType.ORGANISATION));
    assertEquals(
        "Person:Karel van der Hoek",
        check("Karel van der Hoek said so.", "Karel van der Hoek", EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Banco do Brasil",
        check("Banco do Brasil said so.", "Banco do Brasil", EntityType.ORGANISATION));
    assertEquals(
        "Organisation:Bank of Aster",
        check("The Bank of Aster said so.", "Bank of Aster", EntityType.ORGANISATION));
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
}
