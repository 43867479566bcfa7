package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quotes(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
            .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
            .entity("Ivo Tan", EntityType.PERSON, "Ivo Tan")
            .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
            .entity("Union", EntityType.ORGANISATION, "Northern Union");
    return quotes(TestArticles.roles(), world, body);
  }

  /** Each quotation QuoteFinder finds in {@code body}, as "speaker: text". */
  private static List<String> quotes(RoleLexicon roles, TestArticles world, String body) {
    return new QuoteFinder(roles, new PositionFinder(roles), Capitals.none())
        .find(world.resolve(body)).stream()
            .map(f -> (Fact.Quote) f)
            .map(q -> q.speaker().label() + ": " + q.text())
            .collect(Collectors.toList());
  }

  @Test
  void aMarkLeftOpenBeforeALongTextIsNoQuotationAndNoFailure() {
    // a mark never closed, then thousands of words: the pattern reads the text in runs, where one
    // step a character overflowed the stack (a Re-DocRED article failed whole)
    for (String mark : List.of("“", "‘", "\"")) {
      String body =
          "Ana Ruiz spoke of a "
              + mark
              + "shared experience. "
              + "The device was praised, and criticised for its price. ".repeat(400)
              + "“We will sign,” Ruiz said.";
      assertEquals(List.of("Ana Ruiz: We will sign"), quotes(body), mark);
    }
  }

  @Test
  void aPersonOfACountryNamedInTheAttributionSpeaks() {
    assertEquals(
        List.of("Ana Ruiz: We will not accept it"),
        quotes("“We will not accept it,” Foreign Minister Ana Ruiz of Valdoria told reporters."));
  }

  @Test
  void aJointStatementOfTheTwoSidesIsQuotedForBoth() {
    assertEquals(
        List.of(
            "Valdoria: We will build the line together",
            "Sylvania: We will build the line together"),
        quotes(
            "Valdoria and Sylvania held talks on Monday. “We will build the line together,” the two"
                + " countries said in a joint statement."));
    assertEquals(
        List.of(
            "Valdoria: Our navies will train together.",
            "Sylvania: Our navies will train together."),
        quotes(
            "Valdoria and Sylvania held talks on Monday. In a joint statement, both governments"
                + " said: “Our navies will train together.”"));
  }

  @Test
  void aQuotedSentenceOfItsOwnGoesOnWithTheSpeakerBefore() {
    assertEquals(
        List.of("Ana Ruiz: We gave them every chance", "Ana Ruiz: It is over now."),
        quotes(
            "“We gave them every chance,” Ruiz said. “It is over now.” Tomas Berg, a spokesman for"
                + " the Union, told reporters that the door remained open."));
    assertEquals(
        List.of("Ana Ruiz: We gave them every chance"),
        quotes(
            "“We gave them every chance,” Ruiz said. The base is built with the hope that it “soon"
                + " is used by Sylvanian ships.”"));
  }

  @Test
  void aSpeakerAfterTheVerbMayOpenWithLowerCaseRoleWords() {
    assertEquals(
        List.of("Ana Ruiz: This is a dark day for democracy", "Tomas Berg: We will appeal"),
        quotes(
            "“This is a dark day for democracy,” said opposition leader Ana Ruiz, who was barred"
                + " from running. “We will appeal,” said union leader Tomas Berg."));
  }

  @Test
  void aSpeakerAfterTheVerbEndsBeforeAPhraseOfPlaceOrTime() {
    assertEquals(
        List.of("Ana Ruiz: The talks were frank", "Tomas Berg: We will sign it"),
        quotes(
            "“The talks were frank,” said Foreign Minister Ana Ruiz after meeting her Sylvanian"
                + " counterpart. “We will sign it,” said Tomas Berg at the ceremony."));
    assertEquals(
        List.of(),
        quotes("“The talks were frank and long,” said in Valdoria a source close to the talks."),
        "a phrase of place is no speaker");
    assertEquals(
        List.of("Ivo Tan: We are grateful for the aid"),
        quotes("“We are grateful for the aid,” said on Friday Sylvanian envoy Ivo Tan."));
  }

  @Test
  void wireCopyAttributesQuotationsWithVerbsOtherThanSaid() {
    assertEquals(
        List.of(
            "Ana Ruiz: We will rebuild every school",
            "Tomas Berg: Mistakes were made",
            "Ivo Tan: Nobody should be left behind"),
        quotes(
            "“We will rebuild every school,” Ana Ruiz vowed. “Mistakes were made,” Tomas Berg"
                + " admitted in parliament. “Nobody should be left behind,” urged Ivo Tan."));
  }

  @Test
  void aHeadlineQuotesAfterTheSpeakersNameAndAColon() {
    assertEquals(
        List.of("Ana Ruiz: We will not give up our land"),
        quotes(
            "Ruiz: 'We will not give up our land'\nVALDORIA - Ana Ruiz said on Sunday that the"
                + " country would not cede territory."));
    assertEquals(
        List.of(),
        quotes("Analysis: 'Peace dividend' fades\nVALDORIA - Ana Ruiz spoke on Sunday."),
        "a quoted phrase inside a headline");
  }

  @Test
  void aClauseOfAPersonEndingInAColonIntroducesTheQuotation() {
    assertEquals(
        List.of("Ana Ruiz: Valdoria must defend itself."),
        quotes("The Valdorian minister, Ana Ruiz, was blunt: “Valdoria must defend itself.”"));
  }

  @Test
  void aSpeakerAfterAccordingToIsTheQuotationsSource() {
    assertEquals(
        List.of("Ana Ruiz: The sanctions are illegal"),
        quotes(
            "“The sanctions are illegal,” according to Ana Ruiz, the Valdorian foreign ministry"
                + " spokeswoman."));
  }

  @Test
  void theSecondPartOfASplitQuotationKeepsItsSpeaker() {
    assertEquals(
        List.of("Ana Ruiz: The talks failed", "Ana Ruiz: and we will leave now."),
        quotes(
                "“The talks failed,” Ruiz added, “and we will leave now.” Tomas Berg told"
                    + " reporters: “We are ready to talk.”")
            .subList(0, 2));
  }

  @Test
  void aFullStopAfterTheClosingMarkEndsTheAttribution() {
    assertEquals(
        List.of("Ana Ruiz: unfair to the people of our country and unacceptable"),
        quotes(
            "Ana Ruiz said the expulsions were “unfair to the people of our country and"
                + " unacceptable”. Tomas Berg said the staff had broken the rules."));
    assertEquals(
        List.of(),
        quotes(
            "Ana Ruiz said the expulsions were “unfair and unacceptable”. Tomas Berg said the staff"
                + " had broken the rules."));
  }

  @Test
  void aNameAfterTheQuotationInTheNextSentenceIsNoAttribution() {
    assertEquals(
        "Ana Ruiz: Valdoria will never give up its claims",
        quotes(
                "Ruiz said “Valdoria will never give up its claims” on Monday. Tomas Berg said"
                    + " little.")
            .get(0));
  }

  @Test
  void aNameBeforeTheQuotationInTheSentenceBeforeIsNoAttribution() {
    List<String> found =
        quotes(
            "“It is a sad day,” Ruiz added on Tuesday. The office said in a statement: “We reject"
                + " the claims.”");
    assertEquals(List.of("Ana Ruiz: It is a sad day"), found);
  }

  @Test
  void aShortQuoteWithASpeechVerbIsAQuote() {
    assertEquals(List.of("Ana Ruiz: We won"), quotes("“We won,” Ruiz told supporters."));
  }

  @Test
  void anAppositionMayStandBetweenTheSpeakerAndTheVerbAfterTheQuote() {
    assertEquals(
        List.of("Ana Ruiz: We will not back down"),
        quotes("“We will not back down,” Ruiz, Valdoria's foreign minister, told reporters."));
    assertEquals(
        List.of("Ana Ruiz: We will not back down"),
        quotes("“We will not back down,” the minister, Ana Ruiz, said."));
  }

  @Test
  void aQuoteOpeningAfterThatBelongsToTheReportingSubject() {
    assertEquals(
        List.of("Ana Ruiz: trade will grow for years to come."),
        quotes(
            "Ana Ruiz praised the deal on Monday, asserting that “trade will grow for years to"
                + " come.”"));
  }

  @Test
  void aTitleBeforeTheSpeechVerbNamesItsHolder() {
    assertEquals(
        List.of("Ana Ruiz: new treaty will shape our ties for decades."),
        quotes(
            "Valdorian President Ana Ruiz met Tomas Berg. Later the Valdorian president said in a"
                + " speech that the “new treaty will shape our ties for decades.”"));
  }

  @Test
  void aTitleAfterTheQuoteNamesItsHolderToo() {
    assertEquals(
        List.of("Ana Ruiz: This is a historic day"),
        quotes(
            "Valdorian President Ana Ruiz met Tomas Berg. \"This is a historic day,\" the"
                + " Valdorian president said."));
    assertEquals(
        List.of("Valdoria: This is a historic day"),
        quotes("\"This is a historic day,\" the Valdorian president said."),
        "no holder named: the country, as before");
  }

  @Test
  void aPronounAfterAnotherSpeakersQuoteKeepsThatSpeakerWhenOthersAreOnlyObjects() {
    List<String> found =
        quotes(
            "“We are ready to talk,” Ruiz said, adding that she had invited Berg.\n\n"
                + "Asked about a meeting, she replied, “Yes, very soon.”");
    assertEquals(List.of("Ana Ruiz: We are ready to talk", "Ana Ruiz: Yes, very soon."), found);
  }

  @Test
  void aScareQuoteIsNoQuote() {
    assertEquals(List.of(), quotes("Ruiz said the two had a “strategic alliance” in mind."));
  }

  @Test
  void aShortPhraseQuotedAfterAnArticleIsNoQuoteOfTheSpeakerOfTheSentence() {
    assertEquals(
        List.of(),
        quotes(
            "The parties have agreed on a “permanent cessation of hostilities”, Ana Ruiz said on"
                + " Sunday."));
    assertEquals(
        List.of("Ana Ruiz: lasting peace that will hold for generations to come"),
        quotes(
            "The parties have agreed on a “lasting peace that will hold for generations to come”,"
                + " Ana Ruiz said."));
  }

  @Test
  void aCountryDescribingSomethingInAParticipleClauseSaysIt() {
    assertEquals(
        List.of(
            "Sylvania: illegitimate and a threat to good neighbourly relations",
            "Valdoria: will not affect any party or country."),
        quotes(
            "Sylvania rejected the deal, describing it as “illegitimate and a threat to good"
                + " neighbourly relations,” while the Valdorian government defended it, saying it"
                + " “will not affect any party or country.”"));
  }

  @Test
  void aDocumentSpeaksForTheBodyThatIssuedIt() {
    assertEquals(
        List.of("Union: We stand together with all our partners"),
        quotes(
            "The Northern Union met in Port Aster. “We stand together with all our partners,” the"
                + " communiqué said."));
  }

  @Test
  void aDocumentOpeningTheSentenceSpeaksForItsIssuer() {
    assertEquals(
        List.of("Union: an immediate end to the fighting in the region."),
        quotes(
            "The Northern Union met in Port Aster. The statement after the meeting demanded “an"
                + " immediate end to the fighting in the region.”"));
  }

  @Test
  void aPronounIsTheLastSubjectNotTheLastPersonNamed() {
    assertEquals(
        List.of("Ana Ruiz: The government is just doing its job."),
        quotes(
            "Ana Ruiz explained the arrest. Addressing supporters of Tomas Berg, she said, “The"
                + " government is just doing its job.”"));
  }

  @Test
  void aQuoteOpenedBySingleAndClosedByDoubleMarks() {
    assertEquals(
        List.of("Ana Ruiz: we will cooperate on fisheries"),
        quotes("Ana Ruiz said they ‘we will cooperate on fisheries,” she added."));
  }

  @Test
  void aSourceAfterAccordingTo() {
    assertEquals(
        List.of("Union: will serve the interests of both peoples"),
        quotes(
                "According to the Northern Union, the pact “will serve the interests of both"
                    + " peoples.”")
            .stream()
            .map(q -> q.replaceAll("\\.$", ""))
            .toList());
  }

  @Test
  void theSpeechVerbBeforeAColonIsInTheQuotesOwnSentence() {
    assertEquals(
        List.of("Ana Ruiz: The talks went well", "Tomas Berg: We will continue the work."),
        quotes("“The talks went well,” Ruiz said. Berg added: “We will continue the work.”"));
  }

  @Test
  void anAppositionMayStandBetweenTheSpeakerAndTheVerb() {
    assertEquals(
        List.of("Tomas Berg: Aid is on its way."),
        quotes(
            "Tomas Berg, a spokesman for the Northern Union, told reporters: “Aid is on its"
                + " way.”"));
  }

  @Test
  void singleQuotationMarksQuoteToo() {
    assertEquals(List.of("Ana Ruiz: We need peace"), quotes("'We need peace,' Ruiz wrote."));
    assertEquals(List.of("Tomas Berg: We need peace"), quotes("‘We need peace,’ Berg wrote."));
    assertEquals(
        List.of(), quotes("The Sylvanians' and the Valdorians' leaders' talks ended, Ruiz said."));
  }

  @Test
  void aWholeSentenceQuotedStraightAfterTheVerbIsAQuoteButAPhraseIsNot() {
    assertEquals(
        List.of("Union: Valdoria condemns the attack."),
        quotes("In a statement, the Northern Union said “Valdoria condemns the attack.”"));
    assertEquals(List.of(), quotes("Ruiz said the pact was a “strategic partnership for all”."));
  }

  @Test
  void aPronounSpeakerPassesOverAPersonOfTheOtherGender() {
    String quote = " in Port Aster on Monday. “We will not accept this deal,” ";
    assertEquals(
        List.of("Ana Ruiz: We will not accept this deal"),
        quotes("Tomas Berg met Ana Ruiz" + quote + "she said."));
    assertEquals(
        List.of("Tomas Berg: We will not accept this deal"),
        quotes("Ana Ruiz met Tomas Berg" + quote + "he said."));
    assertEquals(
        List.of("Ivo Tan: We will not accept this deal"),
        quotes("Ana Ruiz met Ivo Tan" + quote + "he said."),
        "a person of unknown gender may be either");
    assertEquals(
        List.of("Ana Ruiz: We will not accept this deal"),
        quotes("Ana Ruiz met Ivo Tan" + quote + "she said."),
        "the last subject, as before");
  }

  @Test
  void aPronounPassesOverThePreviousSpeakerOfTheOtherGender() {
    assertEquals(
        List.of("Ana Ruiz: We gave them every chance", "Tomas Berg: We will stay"),
        quotes(
            "Tomas Berg met Ana Ruiz. “We gave them every chance,” Ruiz said. “We will stay,” he"
                + " added."));
  }

  @Test
  void aPronounBeforeAReportingVerbPassesOverAPersonOfTheOtherGender() {
    assertEquals(
        List.of("Ana Ruiz: new treaty will shape our ties for decades."),
        quotes(
            "Ana Ruiz met Tomas Berg on Monday. Later she said in a speech that the “new treaty"
                + " will shape our ties for decades.”"));
  }

  @Test
  void aTitleOfACountryWithThePersonInApposition() {
    assertEquals(
        List.of("Ana Ruiz: We are ready."),
        quotes("The president of Valdoria, Ana Ruiz, said: “We are ready.”"));
    assertEquals(
        List.of("Ana Ruiz: We are ready"),
        quotes("“We are ready,” said the president of Valdoria, Ana Ruiz."));
    assertEquals(
        List.of("Ana Ruiz: We are ready."),
        quotes("Ana Ruiz, the president of Valdoria, said: “We are ready.”"));
  }

  @Test
  void aStraightSingleMarkClosedByADoubleOneIsAQuotation() {
    assertEquals(
        List.of("Ana Ruiz: We will cooperate on fisheries."),
        quotes("Ana Ruiz told reporters: 'We will cooperate on fisheries.” Berg left."));
    assertEquals(
        List.of(), quotes("Ruiz called the plan 'unacceptable' and left. Berg said little."));
  }

  @Test
  void aBareTitleSpeakerIsTheOnePersonInThatOffice() {
    assertEquals(
        List.of("Ana Ruiz: We are ready to sign"),
        quotes(
            "Valdorian President Ana Ruiz arrived. “We are ready to sign,” the president said."));
    assertEquals(
        List.of(),
        quotes(
            "Valdorian President Ana Ruiz met Sylvanian President Tomas Berg. “We are ready to"
                + " sign,” the president said."),
        "two presidents: no speaker");
  }

  @Test
  void aCountrysTitleNamesThePersonWhoseOfficeEndsInIt() {
    assertEquals(
        List.of("Ana Ruiz: We want a calm relationship"),
        quotes(
            "Valdorian Foreign Minister Ana Ruiz met Tomas Berg. “We want a calm relationship,” the"
                + " Valdorian minister said."));
    assertEquals(
        List.of("Valdoria: We want a calm relationship"),
        quotes(
            "Valdorian Foreign Minister Ana Ruiz met Valdorian Defence Minister Tomas Berg. “We"
                + " want a calm relationship,” the Valdorian minister said."),
        "two ministers: the country, as before");
  }

  /** Quotations of a world where the gazetteer knows Ivo Tan and Tomas Berg serve Valdoria. */
  private static List<String> knownQuotes(String body) {
    TestArticles world =
        new TestArticles()
            .known("Valdoria", EntityType.COUNTRY, "valdoria", "VA", "Valdoria", "Valdorian")
            .known("Sylvania", EntityType.COUNTRY, "sylvania", "SY", "Sylvania", "Sylvanian")
            .known("Ivo Tan", EntityType.PERSON, "ivo-tan", null, "Ivo Tan", "Tan")
            .known("Tomas Berg", EntityType.PERSON, "tomas-berg", null, "Tomas Berg", "Berg")
            .known("Ana Ruiz", EntityType.PERSON, "ana-ruiz", null, "Ana Ruiz", "Ruiz");
    RoleLexicon base = TestArticles.roles();
    RoleLexicon roles =
        new RoleLexicon() {
          @Override
          public java.util.Optional<Role> roleAt(
              List<org.actorgraph.annotate.Token> tokens, int i) {
            return base.roleAt(tokens, i);
          }

          @Override
          public java.util.Optional<String> countryServedBy(String key) {
            return java.util.Optional.ofNullable(
                java.util.Map.of("ivo-tan", "VA", "tomas-berg", "VA", "ana-ruiz", "SY").get(key));
          }
        };
    return quotes(roles, world, body);
  }

  @Test
  void aLeadersTitleNamesTheOneKnownLeaderOfThatCountryNamedBefore() {
    assertEquals(
        List.of("Ivo Tan: We are ready to resume the deal"),
        knownQuotes(
            "Ivo Tan met Ana Ruiz in the capital. “We are ready to resume the deal,” the Valdorian"
                + " president said."));
    assertEquals(
        List.of("Valdoria: We are ready to resume the deal"),
        knownQuotes(
            "Ivo Tan met Tomas Berg in the capital. “We are ready to resume the deal,” the"
                + " Valdorian president said."),
        "two known Valdorians: the country, as before");
    assertEquals(
        List.of("Valdoria: We are ready to resume the deal"),
        knownQuotes(
            "“We are ready to resume the deal,” the Valdorian president said. Ivo Tan met Ana Ruiz"
                + " later."),
        "named only after the quotation");
  }

  @Test
  void aQuotationLeftOpenAtAParagraphsEndIsOneAndTheNextParagraphsSpeakerIsItsSpeaker() {
    assertEquals(
        List.of(
            "Ana Ruiz: We have agreed on the main points",
            "Ana Ruiz: The rest is a matter of weeks.",
            "Ana Ruiz: We expect to sign in Santiago"),
        quotes(
            "\"We have agreed on the main points,\" Ruiz said. \"The rest is a matter of weeks.\n"
                + "\"We expect to sign in Santiago,\" she added."));
    assertEquals(
        List.of("Tomas Berg: The rest is a matter of weeks.", "Tomas Berg: We expect to sign soon"),
        quotes(
            "The talks ended on Monday. \"The rest is a matter of weeks.\n\n"
                + "\"We expect to sign soon,\" Tomas Berg said."));
  }

  @Test
  void aStatementQuotedParagraphByParagraphKeepsItsSpeaker() {
    assertEquals(
        List.of(
            "Union: The ministers met in Geneva today.",
            "Union: They discussed the crisis.",
            "Union: Both sides will meet again"),
        quotes(
            "A Northern Union spokesman said: “The ministers met in Geneva today.\n\n"
                + "“They discussed the crisis.\n\n“Both sides will meet again,” he added."));
  }

  @Test
  void theAndANounStandForTheOneBodyNamedBeforeWithThatWordInItsName() {
    assertEquals(
        List.of("Union: will strengthen cooperation in energy and transport."),
        quotes(
            "The Northern Union welcomed the accord. According to the union, the pact “will"
                + " strengthen cooperation in energy and transport.”"));
    assertEquals(
        List.of("Union: We will not accept this"),
        quotes(
            "Tomas Berg wrote to the Northern Union. “We will not accept this,” the union said."));
    assertEquals(
        List.of(),
        quotes("“We will not accept this,” the union said. The Northern Union met later."),
        "no body named before");
  }

  @Test
  void aQuoteAfterSaidAddingThatIsTheSpeakersOfSaid() {
    assertEquals(
        List.of(
            "Ana Ruiz: Valdoria is not a piñata",
            "Ana Ruiz: will respond with measures of its own in the coming days."),
        quotes(
            "Ana Ruiz rejected the tariffs. “Valdoria is not a piñata,” she said, adding that her"
                + " government “will respond with measures of its own in the coming days.”"));
  }

  @Test
  void aCountrysTitleBeforeAReportingVerbNamesTheOnePersonWhoseOfficeFits() {
    assertEquals(
        List.of("Ana Ruiz: a critical stage, and we call on both parties to show flexibility."),
        quotes(
            "Valdorian Foreign Minister Ana Ruiz met Tomas Berg. The Valdorian minister said the"
                + " talks had reached “a critical stage, and we call on both parties to show"
                + " flexibility.”"));
  }

  @Test
  void speechInTheFirstPersonWithoutMarksIsTheAttributedSpeakers() {
    assertEquals(
        List.of(
            "Ana Ruiz: Today we are signing two treaties with Sylvania. The border treaty is the"
                + " first of its kind. Our border will stay one of friendship"),
        quotes(
            "Valdoria and Sylvania met on Monday.\nToday we are signing two treaties with Sylvania."
                + " The border treaty is the first of its kind. Our border will stay one of"
                + " friendship, the Valdorian agency quotes Ana Ruiz."));
    assertEquals(
        List.of("Tomas Berg: We will not give up a single village of ours"),
        quotes(
            "Tomas Berg spoke in the capital.\nThe talks went on for hours. We will not give up a"
                + " single village of ours, Berg told reporters on Monday."),
        "the attribution's sentence alone when the paragraph opens in the reporter's words");
  }

  @Test
  void reportedSpeechWithoutMarksIsNoQuotation() {
    // no first person: the reporter's words ("their", "they"), however attributed
    assertEquals(
        List.of(),
        quotes(
            "Tomas Berg spoke in the capital.\nThe talks will resume next week and they will"
                + " discuss the border, Berg said."));
    assertEquals(
        List.of(),
        quotes("Ana Ruiz met Tomas Berg.\nWe are told the talks went well, but little is known."),
        "no attribution at the paragraph's end");
  }
}
