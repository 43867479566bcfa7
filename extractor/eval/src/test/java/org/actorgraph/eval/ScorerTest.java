package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String ENTITIES =
      """
      "entities": [
        {"id": "noboa", "type": "Person", "names": ["Daniel Noboa", "Noboa"], "wikidata": "Q56240979"},
        {"id": "prince", "type": "Person", "names": ["Erik Prince"]},
        {"id": "gonzalez", "type": "Person", "names": ["Luisa González"]},
        {"id": "ecuador", "type": "Country", "names": ["Ecuador", "Ecuadorian"], "wikidata": "Q736"},
        {"id": "usa", "type": "Country", "names": ["United States", "U.S."], "wikidata": "Q30"},
        {"id": "police", "type": "Organisation", "names": ["The National Police"]},
        {"id": "manta", "type": "Place", "names": ["Manta"]}
      ]""";

  /** Extracted entities matching every gold entity; ids are the gold ids with an x prefix. */
  private static final String EXTRACTED_ENTITIES =
      """
      "entities": [
        {"id": "xnoboa", "type": "Person", "names": ["Daniel Noboa"], "wikidata": "Q56240979"},
        {"id": "xprince", "type": "Person", "names": ["Erik Prince"]},
        {"id": "xgonzalez", "type": "Person", "names": ["Luisa Gonzalez"]},
        {"id": "xecuador", "type": "Country", "names": ["Ecuador"], "wikidata": "Q736"},
        {"id": "xusa", "type": "Country", "names": ["US"], "wikidata": "Q30"},
        {"id": "xpolice", "type": "Organisation", "names": ["national police"]},
        {"id": "xmanta", "type": "Place", "names": ["Manta"]}
      ]""";

  private final Scorer scorer = new Scorer();

  private static EvalDocument gold(String body) {
    return GoldReader.read("gold", "{\"doc\": \"t\", " + body + "}");
  }

  private static EvalDocument extracted(String body) {
    return GoldReader.readExtracted("extracted", "{\"doc\": \"t\", " + body + "}");
  }

  private ArticleScore score(String goldBody, String extractedBody) {
    return scorer.score(gold(goldBody), extracted(extractedBody));
  }

  private ArticleScore scoreRelations(String goldRelations, String extractedRelations) {
    return score(
        ENTITIES + ", \"relations\": [" + goldRelations + "]",
        EXTRACTED_ENTITIES + ", \"relations\": [" + extractedRelations + "]");
  }

  @Test
  void entityNamesMatchAfterNormalisation() {
    ArticleScore s = score(ENTITIES, EXTRACTED_ENTITIES);
    // "Luisa Gonzalez" ~ "Luisa González", "US" ~ "U.S.", "national police" ~ "The National Police"
    assertEquals(new Counts(7, 0, 0), s.counts().get("entities"));
    assertEquals(new Counts(3, 0, 0), s.counts().get("entities/Person"));
    assertEquals(new Counts(1, 0, 0), s.counts().get("entities/Place"));
  }

  @Test
  void eachGoldEntityIsMatchedAtMostOnce() {
    ArticleScore s =
        score(
            ENTITIES,
            """
            "entities": [
              {"id": "a", "type": "Person", "names": ["Daniel Noboa"]},
              {"id": "b", "type": "Person", "names": ["Noboa"]},
              {"id": "c", "type": "Person", "names": ["Erik Prince"]}
            ]""");
    Counts persons = s.counts().get("entities/Person");
    assertEquals(new Counts(2, 1, 1), persons);
    assertEquals(2.0 / 3, persons.precision(), 1e-12);
    assertEquals(2.0 / 3, persons.recall(), 1e-12);
    assertEquals(new Counts(2, 1, 5), s.counts().get("entities"));
  }

  @Test
  void anEntityOfAnotherTypeDoesNotMatch() {
    ArticleScore s =
        score(
            ENTITIES,
            """
            "entities": [{"id": "a", "type": "Place", "names": ["Ecuador"]}]""");
    assertEquals(new Counts(0, 1, 7), s.counts().get("entities"));
    assertEquals(new Counts(0, 1, 1), s.counts().get("entities/Place"));
    assertEquals(new Counts(0, 0, 2), s.counts().get("entities/Country"));
  }

  @Test
  void interactionsAndOpponentsMatchInEitherOrderButPositionsDoNot() {
    ArticleScore s =
        scoreRelations(
            """
            {"s": "ecuador", "p": "interaction", "o": "usa", "cameo": "04"},
            {"s": "gonzalez", "p": "opponentOf", "o": "noboa"},
            {"s": "noboa", "p": "position", "o": "ecuador"}""",
            """
            {"s": "xusa", "p": "interaction", "o": "xecuador", "cameo": "04"},
            {"s": "xnoboa", "p": "opponentOf", "o": "xgonzalez"},
            {"s": "xecuador", "p": "position", "o": "xnoboa"}""");
    assertEquals(new Counts(2, 1, 1), s.counts().get("relations/strict"));
    assertEquals(new Counts(2, 1, 1), s.counts().get("relations/loose"));
    assertEquals(new Counts(0, 1, 1), s.counts().get("relations/strict/position"));
    assertEquals(new Counts(1, 0, 0), s.counts().get("relations/strict/interaction"));
  }

  @Test
  void severalInteractionsOfOnePairCountOnceLooselyButEachStrictly() {
    ArticleScore s =
        scoreRelations(
            """
            {"s": "ecuador", "p": "interaction", "o": "usa", "cameo": "02"},
            {"s": "ecuador", "p": "interaction", "o": "usa", "cameo": "04"},
            {"s": "usa", "p": "interaction", "o": "ecuador", "cameo": "06"}""",
            """
            {"s": "xecuador", "p": "interaction", "o": "xusa", "cameo": "04"},
            {"s": "xusa", "p": "interaction", "o": "xecuador", "cameo": "11"}""");
    assertEquals(new Counts(1, 0, 0), s.counts().get("relations/loose"));
    assertEquals(new Counts(1, 1, 2), s.counts().get("relations/strict"));
  }

  @Test
  void strictScoringWantsTheGoldRoleInsideTheExtractedRole() {
    ArticleScore s =
        scoreRelations(
            """
            {"s": "noboa", "p": "position", "o": "ecuador", "role": "president"},
            {"s": "prince", "p": "position", "o": "usa", "role": "founder"},
            {"s": "gonzalez", "p": "position", "o": "ecuador"}""",
            """
            {"s": "xnoboa", "p": "position", "o": "xecuador", "role": "President-elect"},
            {"s": "xprince", "p": "position", "o": "xusa", "role": "minister"},
            {"s": "xgonzalez", "p": "position", "o": "xecuador", "role": "candidate"}""");
    assertEquals(new Counts(3, 0, 0), s.counts().get("relations/loose"));
    assertEquals(new Counts(2, 1, 1), s.counts().get("relations/strict"));
  }

  @Test
  void aGoldPredicateListAcceptsAnyOfItsPredicates() {
    ArticleScore s =
        scoreRelations(
            """
            {"s": "police", "p": ["position", "memberOf", "partOf"], "o": "ecuador"},
            {"s": "manta", "p": ["position", "memberOf"], "o": "ecuador"}""",
            """
            {"s": "xpolice", "p": "partOf", "o": "xecuador"},
            {"s": "xmanta", "p": "locatedIn", "o": "xecuador"}""");
    assertEquals(new Counts(1, 1, 1), s.counts().get("relations/strict"));
    assertEquals(new Counts(1, 0, 0), s.counts().get("relations/strict/position|memberOf|partOf"));
    assertEquals(new Counts(0, 0, 1), s.counts().get("relations/strict/position|memberOf"));
    assertEquals(new Counts(0, 1, 0), s.counts().get("relations/strict/locatedIn"));
  }

  @Test
  void relationEndsMustBeTheExtractedEntitiesMatchedToTheGoldEnds() {
    ArticleScore s =
        score(
            ENTITIES
                + ", \"relations\": [{\"s\": \"manta\", \"p\": \"locatedIn\", \"o\": \"ecuador\"}]",
            """
            "entities": [
              {"id": "m1", "type": "Place", "names": ["Manta"]},
              {"id": "m2", "type": "Place", "names": ["Manta"], "confidence": 0.2},
              {"id": "e", "type": "Country", "names": ["Ecuador"]}
            ],
            "relations": [
              {"s": "m2", "p": "locatedIn", "o": "e"},
              {"s": "unknown", "p": "locatedIn", "o": "e"}
            ]""");
    // m1 and m2 both match Manta; m2 carries a confidence (0.2 > none), so it takes it
    assertEquals(new Counts(2, 1, 5), s.counts().get("entities"));
    assertEquals(new Counts(1, 1, 0), s.counts().get("relations/strict"));
  }

  @Test
  void partialMeasuresAndPredicatesAreSkipped() {
    String goldBody =
        "\"partial\": [\"agreements\", \"quotes\", \"cameo\", \"locatedIn\"], "
            + ENTITIES
            + """
            , "relations": [
              {"s": "ecuador", "p": "interaction", "o": "usa"},
              {"s": "manta", "p": "locatedIn", "o": "ecuador"}
            ]""";
    String extractedBody =
        EXTRACTED_ENTITIES
            + """
            , "relations": [
              {"s": "xecuador", "p": "interaction", "o": "xusa", "cameo": "04"},
              {"s": "xusa", "p": "interaction", "o": "xecuador", "cameo": "12"},
              {"s": "xpolice", "p": "locatedIn", "o": "xecuador"}
            ],
            "agreements": [{"id": "a", "names": ["deal"], "parties": ["xecuador"]}],
            "quotes": [{"speaker": "xnoboa", "starts": "We will win"}]""";
    ArticleScore s = score(goldBody, extractedBody);
    assertEquals(new Counts(1, 0, 0), s.counts().get("relations/strict"));
    assertEquals(new Counts(1, 0, 0), s.counts().get("relations/loose"));
    assertFalse(s.counts().containsKey("relations/strict/locatedIn"));
    assertFalse(s.counts().containsKey("agreements"));
    assertFalse(s.counts().containsKey("quotes"));
    assertFalse(s.ratios().containsKey("quotes/speaker"));
    assertFalse(s.bands().containsKey("agreements"));
    assertTrue(s.counts().containsKey("entities"));
  }

  @Test
  void agreementsMatchOnASharedContentWordAndAMatchedParty() {
    String goldBody =
        ENTITIES
            + """
            , "agreements": [
              {"id": "alliance", "names": ["strategic alliance"], "kind": "security",
               "parties": ["noboa", "prince"], "status": "announced", "date": "2025-03"},
              {"id": "bases", "names": ["military bases"], "kind": "security",
               "parties": ["ecuador", "usa"], "status": "negotiating"}
            ]""";
    String extractedBody =
        EXTRACTED_ENTITIES
            + """
            , "agreements": [
              {"id": "a1", "names": ["the Alliance"], "kind": "security", "status": "signed",
               "parties": ["xnoboa", "xecuador"], "date": "2025-03"},
              {"id": "a2", "names": ["an agreement of the bases"], "kind": "defence",
               "parties": ["xgonzalez"]},
              {"id": "a3", "names": ["the deal of the"], "parties": ["xecuador", "xusa"]}
            ]""";
    ArticleScore s = score(goldBody, extractedBody);
    // a1 ~ alliance (word "alliance", party noboa); a2 shares "bases" but no party; a3 no word
    assertEquals(new Counts(1, 2, 1), s.counts().get("agreements"));
    assertEquals(new Counts(1, 1, 1), s.counts().get("agreements/parties"));
    assertEquals(new Ratio(1, 1), s.ratios().get("agreements/kind"));
    assertEquals(new Ratio(0, 1), s.ratios().get("agreements/status"));
    assertEquals(new Ratio(1, 1), s.ratios().get("agreements/date"));
  }

  @Test
  void twoAgreementsSharingAWordAndAPartyAreEachPairedWithTheGoldTheyFitBest() {
    // Both extracted agreements share "agreement" and Ecuador with both gold ones. a2, surer, is
    // placed first on "pact"; trying gold agreements in file order, a1 would then take "pact"
    // and push a2 onto "deal".
    String goldBody =
        ENTITIES
            + """
            , "agreements": [
              {"id": "pact", "names": ["Manta Declaration", "agreement"], "kind": "diplomatic",
               "parties": ["ecuador", "usa"], "status": "announced"},
              {"id": "deal", "names": ["agreement", "bases deal"], "kind": "defence",
               "parties": ["ecuador", "police"], "status": "signed"}
            ]""";
    String extractedBody =
        EXTRACTED_ENTITIES
            + """
            , "agreements": [
              {"id": "a1", "names": ["agreement", "bases deal"], "kind": "defence",
               "status": "signed", "parties": ["xecuador", "xpolice"], "confidence": 0.8},
              {"id": "a2", "names": ["Manta Declaration", "agreement"], "kind": "diplomatic",
               "status": "announced", "parties": ["xecuador", "xusa"], "confidence": 0.9}
            ]""";
    ArticleScore s = score(goldBody, extractedBody);
    assertEquals(new Counts(2, 0, 0), s.counts().get("agreements"));
    assertEquals(new Counts(4, 0, 0), s.counts().get("agreements/parties"));
    assertEquals(new Ratio(2, 2), s.ratios().get("agreements/kind"));
    assertEquals(new Ratio(2, 2), s.ratios().get("agreements/status"));
  }

  @Test
  void quotesMatchWhenTheTextStartsWithTheGoldWords() {
    String goldBody =
        ENTITIES
            + """
            , "quotes": [
              {"speaker": "noboa", "starts": "We would like to cooperate"},
              {"speaker": "noboa", "starts": "There are plans"},
              {"speaker": "prince", "starts": "Yes, I think"}
            ]""";
    String extractedBody =
        EXTRACTED_ENTITIES
            + """
            , "quotes": [
              {"speaker": "xnoboa", "starts": "“We would like to cooperate with US forces,” he said"},
              {"speaker": "xecuador", "starts": "There are plansible things"},
              {"speaker": "xgonzalez", "starts": "yes I think sooner than late"},
              {"speaker": "xnoboa", "starts": "There are"}
            ]""";
    ArticleScore s = score(goldBody, extractedBody);
    assertEquals(new Counts(2, 2, 1), s.counts().get("quotes"));
    assertEquals(new Ratio(1, 2), s.ratios().get("quotes/speaker"));
  }

  @Test
  void wikidataAccuracyCountsMatchedEntitiesWhoseGoldHasAnId() {
    ArticleScore s =
        score(
            ENTITIES,
            """
            "entities": [
              {"id": "a", "type": "Person", "names": ["Noboa"]},
              {"id": "b", "type": "Country", "names": ["Ecuador"], "wikidata": "q736"},
              {"id": "c", "type": "Country", "names": ["United States"], "wikidata": "Q31"},
              {"id": "d", "type": "Place", "names": ["Manta"], "wikidata": "Q1"},
              {"id": "e", "type": "Place", "names": ["Quito"], "wikidata": "Q2900"}
            ]""");
    assertEquals(new Ratio(1, 3), s.ratios().get("wikidata"));
    assertEquals(new Ratio(1, 2), s.ratios().get("wikidata/Country"));
    assertEquals(new Ratio(0, 1), s.ratios().get("wikidata/Person"));
    assertEquals(Ratio.ZERO, s.ratios().get("wikidata/Place"));
  }

  @Test
  void precisionIsCountedPerConfidenceBand() {
    ArticleScore s =
        score(
            ENTITIES,
            """
            "entities": [
              {"id": "a", "type": "Person", "names": ["Noboa"], "confidence": 0.9},
              {"id": "b", "type": "Person", "names": ["Bukele"], "confidence": 1.0},
              {"id": "c", "type": "Country", "names": ["Ecuador"], "confidence": 0.8},
              {"id": "d", "type": "Place", "names": ["Manta"], "confidence": 0.5},
              {"id": "e", "type": "Place", "names": ["Quito"], "confidence": 0.49},
              {"id": "f", "type": "Place", "names": ["Guayaquil"]}
            ]""");
    Map<String, Ratio> bands = s.bands().get("entities");
    assertEquals(List.of("[0,0.5)", "[0.5,0.8)", "[0.8,1]"), List.copyOf(bands.keySet()));
    assertEquals(new Ratio(0, 1), bands.get("[0,0.5)"));
    assertEquals(new Ratio(1, 1), bands.get("[0.5,0.8)"));
    assertEquals(new Ratio(2, 3), bands.get("[0.8,1]"));
  }

  @Test
  void totalsAreMicroAveragedOverArticles() {
    ArticleScore first =
        score(
            ENTITIES,
            "\"entities\": [{\"id\": \"a\", \"type\": \"Place\", \"names\": [\"Manta\"]}]");
    ArticleScore second =
        scorer.score(
            gold(
                "\"partial\": [\"quotes\"], \"entities\": [{\"id\": \"x\", \"type\": \"Place\","
                    + " \"names\": [\"Quito\"]}], \"quotes\": []"),
            extracted(
                "\"entities\": [{\"id\": \"y\", \"type\": \"Place\", \"names\": [\"Quito\"]},"
                    + " {\"id\": \"z\", \"type\": \"Place\", \"names\": [\"Lima\"]}]"),
            Optional.empty());
    EvaluationReport report = new EvaluationReport(List.of(first, second));
    Counts entities = report.counts().get("entities");
    assertEquals(new Counts(2, 1, 6), entities);
    assertEquals(2.0 / 3, entities.precision(), 1e-12);
    assertEquals(0.25, entities.recall(), 1e-12);
    assertEquals(new Counts(0, 0, 0), report.counts().get("quotes"));
    assertEquals(first.counts().get("quotes"), report.counts().get("quotes"));
  }
}
