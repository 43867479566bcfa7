package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class CameoLexiconTest {

  @Test
  void verbsStateTheirRoot() {
    assertEquals(Optional.of("04"), CameoLexicon.cameo("meet"));
    assertEquals(Optional.of("11"), CameoLexicon.cameo("criticize"));
    assertEquals(Optional.of("13"), CameoLexicon.cameo("threaten"));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("invade"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("arrest"));
  }

  @Test
  void britishSpellingsAndLemmatiserSlipsFindTheVerb() {
    assertEquals(Optional.of("11"), CameoLexicon.cameo("criticise"));
    assertEquals(Optional.of("15"), CameoLexicon.cameo("mobilise"));
    assertEquals(CameoLexicon.cameo("concede"), CameoLexicon.cameo("conced"));
    // forms the lemmatiser leaves as they are, one of which also begins a phrase ("shot and")
    assertEquals(Optional.of("19"), CameoLexicon.cameo("shot"));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("sank"));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("fought"));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("overran"));
    assertEquals(CameoLexicon.cameo("resume"), CameoLexicon.cameo("resum"));
    assertEquals(Optional.of("04"), CameoLexicon.cameo("summon"));
    assertEquals(CameoLexicon.cameo("summon"), CameoLexicon.cameo("summone"));
    assertEquals(CameoLexicon.cameo("condemn"), CameoLexicon.cameo("condemnn"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("freedoniae"));
  }

  @Test
  void condolencesOfferedAreNoOffer() {
    assertEquals(Optional.of("03"), CameoLexicon.cameo("offer"));
    assertTrue(CameoLexicon.statesNoneAt(tokens("offer condolences to Freedonia"), 0));
    assertFalse(CameoLexicon.statesNoneAt(tokens("offer help to Freedonia"), 0));
    assertFalse(CameoLexicon.statesNoneAt(tokens("meet Freedonia"), 0));
  }

  @Test
  void publicStatementsAndGeneralVerbsStateNothing() {
    assertEquals(Optional.empty(), CameoLexicon.cameo("say"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("comment"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("have"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("make"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("freedonia"));
  }

  @Test
  void admittingOrConstitutingAMemberIsAStandingRelationNoExchange() {
    // "the Union admitted Freedonia", "Freedonia's admission to the Union": a membership
    assertEquals(Optional.empty(), CameoLexicon.cameo("admit"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("constitute"));
    assertEquals(Optional.empty(), CameoLexicon.nounCameo("admission", "admission"));
    assertEquals(Optional.of("05"), CameoLexicon.cameo("confess"));
  }

  @Test
  void followingWordsChangeTheRoot() {
    assertEquals(Optional.of("04"), CameoLexicon.cameo("call", List.of("John", "Roe")));
    assertEquals(Optional.of("02"), CameoLexicon.cameo("call", List.of("on", "Sylvania", "to")));
    assertEquals(
        Optional.of("11"), CameoLexicon.cameo("express", List.of("strong", "condemnation", "of")));
    assertEquals(Optional.empty(), CameoLexicon.cameo("express", List.of("hope")));
  }

  @Test
  void aParticipleTheLemmatiserLeftFindsItsVerb() {
    assertEquals(Optional.of("04"), CameoLexicon.cameo("mediated"));
    assertEquals(Optional.of("04"), CameoLexicon.cameo("meeting"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("expelling"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("embargoed"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("weathered"));
  }

  @Test
  void aHandWrittenIdiomGivesItsVerbARoot() {
    assertEquals(
        Optional.of("16"),
        CameoLexicon.cameo(
            "declare", List.of("the", "sylvanian", "envoy", "persona", "non", "grata")));
    assertEquals(Optional.empty(), CameoLexicon.cameo("declare", List.of("a", "holiday")));
  }

  @Test
  void strikingADealMakesAnAgreementNotAnAttack() {
    assertEquals(
        Optional.of("05"), CameoLexicon.cameo("strike", List.of("a", "landmark", "deal", "with")));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("strike", List.of("the", "port")));
  }

  @Test
  void blockingABidRejectsItButBlockingARoadObstructs() {
    assertEquals(
        Optional.of("12"), CameoLexicon.cameo("block", List.of("Sylvania", "'s", "bid", "to")));
    assertEquals(Optional.of("12"), CameoLexicon.cameo("block", List.of("the", "proposal")));
    assertEquals(Optional.of("14"), CameoLexicon.cameo("block", List.of("the", "road")));
  }

  @Test
  void aPunctuationMarkEndsTheWordsLookedAt() {
    assertEquals(
        Optional.empty(), CameoLexicon.cameo("express", List.of("hope", ",", "condemnation")));
  }

  @Test
  void aPossessiveIsPartOfThePhraseNotAPunctuationMark() {
    assertEquals(
        Optional.of("16"),
        CameoLexicon.cameo(
            "declare", List.of("sylvania", "'s", "envoy", "persona", "non", "grata")));
    assertEquals(
        Optional.of("16"),
        CameoLexicon.cameo(
            "declare", List.of("sylvania", "’s", "envoy", "persona", "non", "grata")));
  }

  @Test
  void nounsByWordOrLemma() {
    assertEquals(Optional.of("04"), CameoLexicon.nounCameo("talks", "talk"));
    assertEquals(Optional.of("16"), CameoLexicon.nounCameo("sanctions", "sanction"));
    assertEquals(Optional.of("19"), CameoLexicon.nounCameo("invasion", "invasion"));
    assertEquals(Optional.of("04"), CameoLexicon.nounCameo("summit", "summit"));
    assertEquals(Optional.of("11"), CameoLexicon.nounCameo("criticism", "criticism"));
    assertEquals(Optional.empty(), CameoLexicon.nounCameo("weather", "weather"));
  }

  @Test
  void reciprocalVerbs() {
    assertTrue(CameoLexicon.mutual("meet"));
    assertFalse(CameoLexicon.mutual("criticize"));
  }

  @Test
  void aReciprocalVerbTheLemmatiserLeftAsWrittenIsStillReciprocal() {
    assertTrue(CameoLexicon.mutual("normalised"));
    assertFalse(CameoLexicon.mutual("criticised"));
  }

  @Test
  void relationsMadeCloserAreDiplomaticCooperationAsDowngradedOnesAreReduced() {
    assertEquals(
        Optional.of("05"), CameoLexicon.cameo("upgrade", List.of("its", "relation", "with")));
    assertEquals(Optional.of("05"), CameoLexicon.cameo("deepen", List.of("tie", "with")));
    assertEquals(Optional.of("16"), CameoLexicon.cameo("downgrade", List.of("tie", "with")));
  }

  @Test
  void quotationMarksInsideAPhraseArePassedOver() {
    List<Token> plain = tokens("declared the envoy persona non grata today");
    List<Token> quoted = tokens("declared the envoy “ persona non grata ” today");
    assertEquals(Optional.of("16"), CameoLexicon.cameoAt(plain, 0));
    assertEquals(Optional.of("16"), CameoLexicon.cameoAt(quoted, 0));
  }

  private static List<Token> tokens(String words) {
    List<Token> out = new java.util.ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      String lemma = w.equals("declared") ? "declare" : w.toLowerCase(java.util.Locale.ROOT);
      out.add(new Token(w, new CharSpan(at, at + w.length()), "X", lemma));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void aModifierMayMakeTheActOfANoun() {
    assertEquals(Optional.of("19"), CameoLexicon.nounCameo("missile", "strike", "strike"));
    assertEquals(Optional.of("19"), CameoLexicon.nounCameo("air", "strikes", "strike"));
    assertEquals(Optional.of("14"), CameoLexicon.nounCameo("general", "strike", "strike"));
    assertEquals(Optional.of("14"), CameoLexicon.nounCameo("", "strike", "strike"));
  }

  @Test
  void policeSentToAnotherCountryProtectItButPoliceSentToABorderShowForce() {
    assertEquals(
        Optional.of("07"), CameoLexicon.cameo("send", List.of("400", "police", "officer", "to")));
    assertEquals(
        Optional.of("15"),
        CameoLexicon.cameo("send", List.of("police", "to", "its", "border", "with")));
    assertEquals(Optional.of("15"), CameoLexicon.cameo("send", List.of("police")));
  }

  @Test
  void warshipsAndWarplanesSentNearAnotherShowForce() {
    assertEquals(
        Optional.of("15"),
        CameoLexicon.cameo("dispatch", List.of("warship", "to", "water", "near")));
    assertEquals(
        Optional.of("15"), CameoLexicon.cameo("send", List.of("30", "warplane", "toward")));
    assertEquals(Optional.of("07"), CameoLexicon.cameo("send", List.of("warplane", "to")));
  }

  @Test
  void topplingOrDeposingARulerCoercesHim() {
    assertEquals(Optional.of("17"), CameoLexicon.cameo("topple"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("depose"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("oust"));
  }

  @Test
  void sanctioningAnActorImposesSanctions() {
    assertEquals(Optional.of("16"), CameoLexicon.cameo("sanction"));
    assertEquals(Optional.of("11"), CameoLexicon.cameo("slam"));
  }
}
