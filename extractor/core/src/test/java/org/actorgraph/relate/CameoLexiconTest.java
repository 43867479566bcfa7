package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoLexiconTest {

  @ParameterizedTest
  @CsvSource({
    "meet, 04",
    "criticize, 11",
    "threaten, 13",
    "invade, 19",
    "arrest, 17",
    "blacklist, 16"
  })
  void verbsStateTheirRoot(String verb, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb));
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
    assertEquals(Optional.of("15"), CameoLexicon.cameo("overflew"));
    assertEquals(CameoLexicon.cameo("resume"), CameoLexicon.cameo("resum"));
    assertEquals(Optional.of("04"), CameoLexicon.cameo("summon"));
    assertEquals(CameoLexicon.cameo("summon"), CameoLexicon.cameo("summone"));
    assertEquals(CameoLexicon.cameo("condemn"), CameoLexicon.cameo("condemnn"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("freedoniae"));
  }

  @Test
  void whatTheLemmatiserLeavesOfAnEVerbsPastFindsTheVerb() {
    // "blamed" -> blam, "deplored" -> deplor, "welcomes" left as written
    assertEquals(Optional.of("11"), CameoLexicon.cameo("blam"));
    assertEquals(Optional.of("11"), CameoLexicon.cameo("deplor"));
    assertEquals(CameoLexicon.cameo("convene"), CameoLexicon.cameo("conven"));
    assertEquals(Optional.of("05"), CameoLexicon.cameo("welcomes"));
    // a leftover that is a word of its own is no slip ("can" of caned)
    assertEquals(Optional.empty(), CameoLexicon.cameo("can"));
  }

  @ParameterizedTest
  @CsvSource({"condemns, 11", "applauds, 05", "annexes, 17", "occupies, 19", "decried, 11"})
  void aPresentOrAPastInIedLeftAsWrittenFindsTheVerb(String form, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(form));
  }

  @ParameterizedTest
  @CsvSource({
    "dismiss, Sylvania 's offer of talks, 12",
    "rebuff, a proposal from, 12",
    "spurn, the call for, 12",
    "dismiss, Sylvania 's concerns, 11",
    "rebuff, Sylvania, 11"
  })
  void dismissingWhatAnotherPutForwardRejectsIt(String verb, String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb, words(following)));
  }

  @Test
  void aNounCommonlyNamingAnOrganisationIsNoAct() {
    // "The CGT union, led by X": a labour union acts; it is no act of uniting
    assertEquals(Optional.empty(), CameoLexicon.nounCameo("union", "union"));
    assertEquals(Optional.empty(), CameoLexicon.nounCameo("coalition", "coalition"));
    assertEquals(Optional.of("04"), CameoLexicon.nounCameo("meeting", "meeting"));
  }

  @Test
  void condolencesOfferedAreNoOffer() {
    assertEquals(Optional.of("03"), CameoLexicon.cameo("offer"));
    assertTrue(CameoLexicon.statesNoneAt(tokens("offer condolences to Freedonia"), 0));
    assertFalse(CameoLexicon.statesNoneAt(tokens("offer help to Freedonia"), 0));
    assertFalse(CameoLexicon.statesNoneAt(tokens("meet Freedonia"), 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"say", "comment", "have", "make", "freedonia"})
  void publicStatementsAndGeneralVerbsStateNothing(String verb) {
    assertEquals(Optional.empty(), CameoLexicon.cameo(verb));
  }

  @Test
  void admittingOrConstitutingAMemberIsAStandingRelationNoExchange() {
    // "the Union admitted Freedonia", "Freedonia's admission to the Union": a membership
    assertEquals(Optional.empty(), CameoLexicon.cameo("admit"));
    assertEquals(Optional.empty(), CameoLexicon.cameo("constitute"));
    assertEquals(Optional.empty(), CameoLexicon.nounCameo("admission", "admission"));
    assertEquals(Optional.of("05"), CameoLexicon.cameo("confess"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          call    | John Roe               | 04
          call    | on Sylvania to         | 02
          express | strong condemnation of | 11
          express | hope                   |
          """)
  void followingWordsChangeTheRoot(String verb, String following, String root) {
    assertEquals(Optional.ofNullable(root), CameoLexicon.cameo(verb, words(following)));
  }

  @ParameterizedTest
  @CsvSource({"mediated, 04", "meeting, 04", "expelling, 17", "embargoed, 17", "weathered,"})
  void aParticipleTheLemmatiserLeftFindsItsVerb(String participle, String root) {
    assertEquals(Optional.ofNullable(root), CameoLexicon.cameo(participle));
  }

  @Test
  void seekingAssistanceIsAnAppealForAid() {
    assertEquals(Optional.of("02"), CameoLexicon.cameo("seek", List.of("assistance", "from")));
    assertEquals(
        Optional.of("02"), CameoLexicon.cameo("seek", List.of("sylvania", "'s", "assistance")));
  }

  @Test
  void engagingWithSomeoneDealsWithThemAndEngagingAForceFightsIt() {
    assertEquals(
        Optional.of("04"), CameoLexicon.cameo("engage", List.of("with", "sylvanian", "officials")));
    assertEquals(Optional.of("19"), CameoLexicon.cameo("engage", List.of("sylvanian", "forces")));
    assertEquals(
        Optional.of("19"),
        CameoLexicon.cameo("engage", List.of("with", "sylvanian", "troops", "in", "a", "clash")));
  }

  @Test
  void grantingRefugeeStatusGrantsAsylum() {
    assertEquals(
        Optional.of("07"),
        CameoLexicon.cameo("grant", List.of("refugee", "status", "to", "500", "sylvanians")));
  }

  @Test
  void askingOrTurningToSomeoneForHelpIsAnAppeal() {
    assertEquals(
        Optional.of("02"), CameoLexicon.cameo("ask", List.of("for", "sylvania", "'s", "help")));
    assertEquals(Optional.of("04"), CameoLexicon.cameo("ask", List.of("for", "a", "meeting")));
    assertEquals(
        Optional.of("02"), CameoLexicon.cameo("turn", List.of("to", "sylvania", "for", "aid")));
    assertEquals(Optional.empty(), CameoLexicon.cameo("turn", List.of("to", "sylvania")));
  }

  @Test
  void handingOverOrReturningPeopleReleasesThem() {
    assertEquals(Optional.of("08"), CameoLexicon.cameo("hand", List.of("over", "the", "suspects")));
    assertEquals(
        Optional.of("08"),
        CameoLexicon.cameo("return", List.of("the", "captured", "soldiers", "to", "sylvania")));
    assertEquals(Optional.empty(), CameoLexicon.cameo("return", List.of("to", "the", "talks")));
  }

  @Test
  void theLemmatisersSlipsOfVerbsOfAppealFindTheVerb() {
    assertEquals(Optional.of("02"), CameoLexicon.cameo("begd"));
    assertEquals(Optional.of("02"), CameoLexicon.cameo("implor"));
    assertEquals(CameoLexicon.cameo("obey"), CameoLexicon.cameo("obe"));
    assertEquals(Optional.of("08"), CameoLexicon.cameo("obe"));
  }

  @Test
  void aPleaIsAnAppeal() {
    assertEquals(Optional.of("02"), CameoLexicon.nounCameo("plea", "plea"));
    assertEquals(Optional.of("02"), CameoLexicon.nounCameo("pleas", "plea"));
  }

  @Test
  void callingUponSomeoneIsAnAppeal() {
    assertEquals(Optional.of("02"), CameoLexicon.byNextWord("call", "upon"));
    assertEquals(Optional.of("02"), CameoLexicon.byNextWord("call", "on"));
    assertEquals(Optional.empty(), CameoLexicon.byNextWord("call", "for"));
  }

  @Test
  void aHandWrittenIdiomGivesItsVerbARoot() {
    assertEquals(
        Optional.of("16"),
        CameoLexicon.cameo(
            "declare", List.of("the", "sylvanian", "envoy", "persona", "non", "grata")));
    assertEquals(Optional.empty(), CameoLexicon.cameo("declare", List.of("a", "holiday")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a landmark deal with | 05
          the port             | 19
          """)
  void strikingADealMakesAnAgreementNotAnAttack(String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo("strike", words(following)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          over from                        | -
          over as chair of                 | -
          over the rotating presidency of  | -
          over the town                    | 17
          """)
  void takingOverAnOfficeSucceedsButTakingOverATownSeizes(String following, String root) {
    Optional<String> expected = root.equals("-") ? Optional.empty() : Optional.of(root);
    assertEquals(expected, CameoLexicon.cameo("take", words(following)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Sylvania 's bid to | 12
          the proposal       | 12
          the road           | 14
          the sale of        | 12
          a merger between   | 12
          Sylvania 's takeover of | 12
          """)
  void blockingABidRejectsItButBlockingARoadObstructs(String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo("block", words(following)));
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

  @ParameterizedTest
  @CsvSource({
    "talks, talk, 04",
    "sanctions, sanction, 16",
    "invasion, invasion, 19",
    "summit, summit, 04",
    "criticism, criticism, 11",
    "weather, weather,"
  })
  void nounsByWordOrLemma(String noun, String lemma, String root) {
    assertEquals(Optional.ofNullable(root), CameoLexicon.nounCameo(noun, lemma));
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          upgrade   | its relation with | 05
          deepen    | tie with          | 05
          downgrade | tie with          | 16
          """)
  void relationsMadeCloserAreDiplomaticCooperationAsDowngradedOnesAreReduced(
      String verb, String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb, words(following)));
  }

  @Test
  void quotationMarksInsideAPhraseArePassedOver() {
    List<Token> plain = tokens("declared the envoy persona non grata today");
    List<Token> quoted = tokens("declared the envoy “ persona non grata ” today");
    assertEquals(Optional.of("16"), CameoLexicon.cameoAt(plain, 0));
    assertEquals(Optional.of("16"), CameoLexicon.cameoAt(quoted, 0));
  }

  @Test
  void anAmountOfMoneyInsideAPhraseIsOneWord() {
    List<Token> amount = tokens("block Sylvania 's $ 69 billion takeover of Aster");
    assertEquals(Optional.of("12"), CameoLexicon.cameoAt(amount, 0));
    assertEquals(Optional.of("12"), CameoLexicon.cameoAt(tokens("block the € 5 bn deal"), 0));
  }

  @Test
  void aPossessiveCliticIsNoWordOfAPhrase() {
    List<Token> clitic = tokens("block a Sylvanian company 's purchase of Aster");
    assertEquals(Optional.of("12"), CameoLexicon.cameoAt(clitic, 0));
  }

  /** The words after a verb, written with a space between them. */
  private static List<String> words(String following) {
    return List.of(following.split(" "));
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

  @ParameterizedTest
  @CsvSource({"missile, strike, 19", "air, strikes, 19", "general, strike, 14", "'', strike, 14"})
  void aModifierMayMakeTheActOfANoun(String modifier, String noun, String root) {
    assertEquals(Optional.of(root), CameoLexicon.nounCameo(modifier, noun, "strike"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          400 police officer to       | 07
          police to its border with   | 15
          police                      | 15
          """)
  void policeSentToAnotherCountryProtectItButPoliceSentToABorderShowForce(
      String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo("send", words(following)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          dispatch | warship to water near | 15
          send     | 30 warplane toward    | 15
          send     | warplane to           | 07
          """)
  void warshipsAndWarplanesSentNearAnotherShowForce(String verb, String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb, words(following)));
  }

  @ParameterizedTest
  @CsvSource({"levy, tariffs on, 16", "levy, new duties on, 16", "levy, a fine on, 17"})
  void levyingATariffImposesIt(String verb, String following, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb, words(following)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"topple", "depose", "oust"})
  void topplingOrDeposingARulerCoercesHim(String verb) {
    assertEquals(Optional.of("17"), CameoLexicon.cameo(verb));
  }

  @ParameterizedTest
  @CsvSource({"sanction, 16", "slam, 11"})
  void sanctioningAnActorImposesSanctions(String verb, String root) {
    assertEquals(Optional.of(root), CameoLexicon.cameo(verb));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          take | hostage by the        | 18
          take | captive by            | 18
          take | prisoner by the       | 17
          try  | John Roe in absentia  | 17
          try  | by a military court   | 17
          try  | to reach the border   |
          exchange | 95 prisoners of   | 08
          swap | captive soldiers      | 08
          exchange | fire              | 19
          crack | down on              | 17
          """)
  void wordsAfterAVerbOfCaptivityOrJusticeMakeItsRoot(String verb, String following, String root) {
    assertEquals(Optional.ofNullable(root), CameoLexicon.cameo(verb, words(following)));
  }

  @ParameterizedTest
  @CsvSource({
    "military, cooperation, 06",
    "defence, cooperation, 06",
    "intelligence, cooperation, 06",
    "economic, cooperation, 05",
    "'', cooperation, 05"
  })
  void cooperationOfArmedForcesIsMaterialCooperation(String modifier, String noun, String root) {
    assertEquals(Optional.of(root), CameoLexicon.nounCameo(modifier, noun, "cooperation"));
  }

  @Test
  void anExecutionCoercesAsTheSentenceBeforeItDoes() {
    assertEquals(Optional.of("17"), CameoLexicon.cameo("execute"));
    assertEquals(Optional.of("17"), CameoLexicon.nounCameo("executions", "execution"));
    assertEquals(Optional.of("17"), CameoLexicon.cameo("sentence"));
    assertEquals(Optional.of("19"), CameoLexicon.nounCameo("siege", "siege"));
    assertEquals(Optional.of("17"), CameoLexicon.nounCameo("crackdown", "crackdown"));
  }
}
