package org.actorgraph.relate;

import static org.actorgraph.relate.FoundPositions.listed;
import static org.actorgraph.relate.FoundPositions.positions;
import static org.actorgraph.relate.FoundPositions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The positions found in invented articles, one way of naming an office-holder each. A title right
 * before or after the name is tested beside its reader ({@link TitlesBeforeTest}, {@link
 * TitlesAfterTest}).
 */
class PositionFinderTest {

  @Test
  void aProfessionAfterACountryIsNoPositionInIt() {
    assertEquals(Set.of(), listed("Ana Ruiz, a Valdorian journalist, was arrested on Monday."));
    assertEquals(Set.of(), listed("Ana Ruiz, a Valdoria analyst, said the vote was close."));
    assertEquals(
        Set.of("Ana Ruiz correspondent Northwind"),
        listed("Ana Ruiz, a Valdoria correspondent for Northwind, was detained."));
    assertEquals(
        Set.of("Ana Ruiz former foreign minister Valdoria"),
        listed("Ana Ruiz, a former Valdorian foreign minister, said the talks would resume."));
  }

  @Test
  void aBareStateTitleOnAKnownOfficeHolderIsOfTheCountryHeServes() {
    RoleLexicon roles =
        new RoleLexicon() {
          @Override
          public Optional<Role> roleAt(List<Token> tokens, int i) {
            return TestArticles.roles().roleAt(tokens, i);
          }

          @Override
          public Optional<String> countryServedBy(String personKey) {
            return personKey.equals("person-max-hale") ? Optional.of("VD") : Optional.empty();
          }
        };
    TestArticles world =
        new TestArticles()
            .known("Valdoria", EntityType.COUNTRY, "valdoria", "VD", "Valdoria")
            .known("Estrella", EntityType.COUNTRY, "estrella", "ES", "Estrella")
            .known("Max Hale", EntityType.PERSON, "person-max-hale", null, "Max Hale")
            .entity("Jane Doe", EntityType.PERSON, "Jane Doe");
    Function<String, Set<String>> positions =
        body ->
            new PositionFinder(roles)
                .find(world.resolve(body)).stream()
                    .map(f -> (Fact.Position) f)
                    .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                    .collect(Collectors.toSet());
    assertEquals(
        Set.of("Max Hale president Valdoria"),
        positions.apply(
            "Estrella and Valdoria agreed to restore ties, President Max Hale said. Jane Doe"
                + " spoke."));
    assertEquals(
        Set.of(),
        positions.apply("President Jane Doe met Max Hale in Estrella."),
        "a person the gazetteer does not know gets no country from it");
    assertEquals(
        Set.of(),
        positions.apply("Estrella welcomed President Max Hale."),
        "only a country the article names");
    assertEquals(
        Set.of(),
        positions.apply(
            "Estrella held elections. Estrella counted the votes. Estrella has a new"
                + " parliament. President Max Hale sent his congratulations."),
        "and not the article's country either");
    assertEquals(
        Set.of("Jane Doe president Estrella"),
        positions.apply(
            "Estrella held elections. Estrella counted the votes. Estrella has a new"
                + " parliament. President Jane Doe thanked the voters."),
        "the article's country stays the guess for a person the gazetteer does not know");
    assertEquals(
        Set.of("Jane Doe president Estrella"),
        positions.apply(
            "Soldiers in Estrella detained President Jane Doe. Estrella has had four coups."
                + " Estrella's neighbours protested."),
        "a sentence set in the article's country leaves the title to it");
    assertEquals(
        Set.of(),
        positions.apply(
            "President Jane Doe arrived in Estrella. Estrella has had four coups. Estrella's"
                + " neighbours protested."),
        "but not a visit there");
  }

  @Test
  void aCoordinatedTitleIsNotTheFirstOwnersForAnotherStatesHolderOrTheSameOffice() {
    RoleLexicon roles =
        new RoleLexicon() {
          @Override
          public Optional<Role> roleAt(List<Token> tokens, int i) {
            return TestArticles.roles().roleAt(tokens, i);
          }

          @Override
          public Optional<String> countryServedBy(String personKey) {
            return personKey.equals("person-max-hale") ? Optional.of("ES") : Optional.empty();
          }
        };
    TestArticles world =
        new TestArticles()
            .known("Valdoria", EntityType.COUNTRY, "valdoria", "VD", "Valdoria")
            .known("Max Hale", EntityType.PERSON, "person-max-hale", null, "Max Hale")
            .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz");
    Function<String, Set<String>> positions =
        body ->
            new PositionFinder(roles)
                .find(world.resolve(body)).stream()
                    .map(f -> (Fact.Position) f)
                    .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                    .collect(Collectors.toSet());
    assertEquals(
        Set.of("Jane Doe foreign minister Valdoria"),
        positions.apply("Valdoria's Foreign Minister Jane Doe and President Max Hale met."),
        "the gazetteer's president of another country");
    assertEquals(
        Set.of("Jane Doe president Valdoria"),
        positions.apply("Valdoria's President Jane Doe and President Ana Ruiz met on Monday."),
        "a state has one president");
    assertEquals(
        Set.of("Jane Doe president Valdoria", "Ana Ruiz foreign minister Valdoria"),
        positions.apply("Valdoria's President Jane Doe and Foreign Minister Ana Ruiz met them."),
        "another office of the same state");
  }

  @Test
  void aJuntasSpokespersonSpeaksForTheStateItRules() {
    assertTrue(UnownedTitles.stateRole("junta spokesperson"));
    assertEquals(
        Set.of("Jane Doe junta spokesperson Estrella"),
        listed(
            "Estrella held elections. Estrella counted the votes. Estrella has a new"
                + " parliament. A junta spokesman, Jane Doe, said the borders were closed."));
  }

  @Test
  void aBareTreasurerIsAnOfficeOfTheArticlesCountry() {
    assertEquals(
        Set.of("Jane Doe treasurer Estrella"),
        listed(
            "Estrella raised taxes. Estrella cut spending. Estrella will borrow more."
                + " Treasurer Jane Doe said the budget was balanced."));
  }

  @Test
  void theGovernmentsSpokespersonIsAnOfficeOfStateAndABareSpokespersonIsNot() {
    // an office of state takes the article's country when the text names none
    assertTrue(UnownedTitles.stateRole("government spokesman"));
    assertTrue(UnownedTitles.stateRole("government spokesperson"));
    assertFalse(UnownedTitles.stateRole("spokesperson"));
  }

  @Test
  void aPersonWhoHeadsOrFoundedAnOrganisationHoldsARoleThere() {
    assertEquals(Set.of("Jane Doe head Northwind"), positions("Jane Doe heads Northwind."));
    assertEquals(Set.of("Jane Doe head Northwind"), positions("Jane Doe, 54, heads Northwind."));
    assertEquals(
        Set.of("John Roe founder Northern Council"),
        positions("John Roe, who founded the Northern Council, was arrested."));
    assertEquals(
        Set.of("Jane Doe former leader Northwind"),
        positions("Jane Doe had long led Northwind before the merger."));
    assertEquals(Set.of(), positions("Jane Doe did not lead Northwind."));
    assertEquals(
        Set.of("John Roe founder Northwind"),
        positions("Northwind, founded by John Roe in 2009, is growing."));
    assertEquals(
        Set.of("John Roe founder Northwind"),
        positions("Backers of the Northwind party, founded by former minister John Roe, marched."));
    assertEquals(
        Set.of("Jane Doe leader Northern Council"),
        positions("The Northern Council is led by Jane Doe."));
    assertEquals(Set.of(), positions("Jane Doe led the protest near Northwind."));
  }

  @Test
  void aLeadingVerbWithAnEndOrAPastAdverbIsAFormerRole() {
    assertEquals(
        Set.of("Jane Doe former head Northwind"),
        positions("Jane Doe, who ran Northwind from 1997 to 2008, spoke."));
    assertEquals(
        Set.of("Jane Doe former chair Northwind"),
        positions("Jane Doe, who previously chaired Northwind, spoke."));
    assertEquals(
        Set.of("Jane Doe former leader Northwind"),
        positions("Jane Doe led Northwind until 2019."));
    assertEquals(
        Set.of("Jane Doe former leader Northwind"),
        positions("Jane Doe, who led Northwind, spoke."),
        "a past office told as background");
    assertEquals(Set.of("Jane Doe leader Northwind"), positions("Jane Doe led Northwind in May."));
    assertEquals(
        Set.of("Jane Doe leader Northwind"),
        positions("Jane Doe, who has led Northwind since May, spoke."));
    assertEquals(
        Set.of("John Roe founder Northwind"), positions("John Roe, who founded Northwind, spoke."));
  }

  @Test
  void aCoFoundingVerbWrittenWithAHyphenMakesACoFounder() {
    assertEquals(
        Set.of("John Roe co-founder Northwind"),
        positions("John Roe, who co-founded Northwind, spoke."));
    assertEquals(
        Set.of("John Roe co-founder Northwind"),
        positions("John Roe co-founded Northwind in 2015."));
  }

  @Test
  void aDescriptionBeforeTheLeadersRelativeClauseIsPassedOver() {
    assertEquals(
        Set.of("Jane Doe head Northwind"),
        positions("Jane Doe, a former Valdorian envoy who heads Northwind, spoke."));
    assertEquals(
        Set.of(),
        positions("Jane Doe met a trader who heads Northwind."),
        "the description's own relative clause, with no comma after the name");
  }

  @Test
  void theCountrysTitleAndABareTitleSetOffByCommasAreTheArticlesCountrys() {
    String opening = "Valdoria will build a port. Valdoria has long wanted one. Valdoria is calm. ";
    assertEquals(
        Set.of("Jane Doe foreign minister Valdoria"),
        positions(opening + "The country's Foreign Minister Jane Doe said work would start."));
    assertEquals(
        Set.of("John Roe defence minister Valdoria"),
        positions(opening + "The Defence Minister, John Roe, agreed."));
    assertEquals(
        Set.of(), positions(opening + "Officials met the Defence Minister, John Roe said."));
  }

  @Test
  void aWordOfTenureBeforeABareTitleLeavesItBare() {
    String opening = "Valdoria will build a port. Valdoria has long wanted one. Valdoria is calm. ";
    assertEquals(
        Set.of("John Roe president Valdoria"),
        listed(opening + "Outgoing President John Roe left office in May."));
    assertEquals(
        Set.of("Jane Doe prime minister Valdoria"),
        listed(opening + "Caretaker Prime Minister Jane Doe blamed the parliament."));
    assertEquals(
        Set.of("John Roe president Valdoria"),
        listed(opening + "The port was opened by outgoing President John Roe on Monday."));
    assertEquals(
        Set.of(),
        listed(opening + "Ruritanian outgoing President John Roe left office in May."),
        "an owner the finder does not know stays a reason for no guess");
  }

  @Test
  void anOppositionLeaderAndAMinisterOfStateAreOfficesOfTheArticlesCountry() {
    String opening = "Valdoria will vote in May. Valdoria has long waited. Valdoria is calm. ";
    assertEquals(
        Set.of("John Roe opposition leader Valdoria"),
        listed(opening + "Opposition leader John Roe said the vote would be rigged."));
    assertEquals(
        Set.of("Jane Doe minister of state Valdoria"),
        listed(opening + "Minister of State Jane Doe said the vote would be fair."));
    assertEquals(
        Set.of("Jane Doe minister of state for energy Estrella"),
        listed("Estrella's Minister of State for Energy, Jane Doe, said the price would fall."));
  }

  @Test
  void aFormerOfficeTakesTheArticlesCountryBesideItsCurrentHolder() {
    String opening = "Valdoria will vote in May. Valdoria has long waited. Valdoria is calm. ";
    assertEquals(
        Set.of("John Roe president Valdoria", "Ana Ruiz former president Valdoria"),
        listed(
            opening
                + "Valdoria's president, John Roe, declined to comment. Former president Ana Ruiz"
                + " welcomed the decision."));
    assertEquals(
        Set.of("John Roe president Valdoria", "Ana Ruiz former president Valdoria"),
        listed(
            opening
                + "Former president Ana Ruiz criticised the vote. The count showed that President"
                + " John Roe had won."),
        "nor does a former holder take the office from the current one");
  }

  @Test
  void theArticlesCountryOwningABodyInTheSentenceLeavesItTheBareTitle() {
    String opening = "Valdoria will vote in May. Valdoria has long waited. Valdoria is calm. ";
    assertEquals(
        Set.of("John Roe president Valdoria"),
        listed(opening + "Valdoria's Northern Council declared President John Roe the winner."));
    assertEquals(
        Set.of(),
        listed(opening + "President John Roe praised Valdoria's Northern Council."),
        "a country named apart from its body may be one the titled person deals with");
    assertEquals(Set.of(), listed(opening + "President John Roe praised Valdoria on Monday."));
  }

  @Test
  void anOfficeToComeIsReadPastWordsSetOffByCommasAfterTheName() {
    Set<String> found =
        listed("John Roe, the vice president, is set to become Valdoria's next president.");
    assertTrue(found.contains("John Roe president-elect Valdoria"), found.toString());
    found = listed("Ana Ruiz, 37, is set to become Estrella's next prime minister.");
    assertTrue(found.contains("Ana Ruiz prime minister-elect Estrella"), found.toString());
    found = listed("Ana Ruiz, 37, would become Estrella's youngest prime minister.");
    assertTrue(found.contains("Ana Ruiz prime minister-elect Estrella"), found.toString());
    found = listed("Ana Ruiz will become Estrella's first female president.");
    assertTrue(found.contains("Ana Ruiz president-elect Estrella"), found.toString());
  }

  @Test
  void anOfficeOfStateToComeNamedAloneIsInThePersonsOwnCountry() {
    assertEquals(
        Set.of("John Roe vice president Valdoria", "John Roe president-elect Valdoria"),
        listed("Valdorian Vice President John Roe is set to become president after the vote."));
    assertEquals(
        Set.of("John Roe envoy Northern Council"),
        listed("Northern Council envoy John Roe is set to become president."),
        "an organisation's office says nothing of the person's state");
  }

  @Test
  void aBareTitleAfterTheOpeningTheIsTheArticlesCountrys() {
    String opening = "Valdoria will build a port. Valdoria has long wanted one. Valdoria is calm. ";
    assertEquals(
        Set.of("John Roe defence minister Valdoria"),
        positions(opening + "The Defence Minister John Roe said the troops were ready."));
    assertEquals(
        Set.of("John Roe defence minister Valdoria"),
        listed(opening + "The defence minister John Roe said the troops were ready."));
    assertEquals(
        Set.of("John Roe defence minister Estrella"),
        listed(opening + "The Estrellan defence minister John Roe said the troops were ready."));
    assertEquals(
        Set.of("John Roe defence minister Estrella"),
        listed(
            opening + "The defence minister of Estrella, John Roe, said the troops were ready."));
    assertEquals(
        Set.of(),
        listed(opening + "Every defence minister John Roe met said the troops were ready."));
  }

  @Test
  void aMinisterOfAPortfolioOfSeveralWordsIsAnOfficeOfState() {
    String opening = "Valdoria will build a port. Valdoria has long wanted one. Valdoria is calm. ";
    assertEquals(
        Set.of("Jane Doe external affairs minister Valdoria"),
        listed(opening + "The external affairs minister Jane Doe said aid would rise."));
    assertEquals(
        Set.of("Jane Doe external affairs minister Valdoria"),
        listed(opening + "External Affairs Minister Jane Doe said aid would rise."));
  }

  @Test
  void theOrganisationSomeoneHeadsMayFollowItsCountry() {
    TestArticles w = world().entity("Central Bank", EntityType.ORGANISATION, "central bank");
    assertEquals(
        Set.of("Jane Doe head Central Bank"),
        positions(w, "Jane Doe, who heads the Valdorian central bank, declined to comment."));
    assertEquals(
        Set.of("John Roe former leader Central Bank"),
        positions(w, "John Roe had led Estrella's central bank for a decade."));
  }

  @Test
  void aPartysStandingMayStandBeforeTheOneSomeoneLeads() {
    TestArticles w = world().entity("Unity Party", EntityType.ORGANISATION, "Unity Party");
    assertEquals(
        Set.of("Jane Doe leader Unity Party"),
        positions(w, "Jane Doe, who leads the opposition Unity Party, declined to comment."));
    assertEquals(
        Set.of(),
        positions(w, "Jane Doe, who leads the opposition against the Unity Party, left."));
  }

  @Test
  void aBareTitleBelongsToTheCountryLeadingTheSentenceItsHolderReports() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria spoke with Estrella about trade, President Ana Ruiz said on Tuesday."));
  }

  /** Two countries, a person and four organisations, all invented, with the gazetteer's titles. */
  private static Set<String> bodies(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
            .entity("Coastal Islands Forum", EntityType.ORGANISATION, "Coastal Islands Forum")
            .entity("Northern Alliance", EntityType.ORGANISATION, "Northern Alliance")
            .entity("Southern Alliance", EntityType.ORGANISATION, "Southern Alliance")
            .entity(
                "Harbour Security Council", EntityType.ORGANISATION, "Harbour Security Council");
    return FoundPositions.found(new GazetteerRoleLexicon(Gazetteer.standard()), world, body);
  }

  @Test
  void aShortNameBeforeATitleIsTheOrganisationNamedInFullBefore() {
    assertEquals(
        Set.of("Ana Ruiz secretary-general Coastal Islands Forum"),
        bodies(
            "The Coastal Islands Forum met in Valdoria. Forum Secretary General Ana Ruiz urged"
                + " members to act."));
    assertEquals(
        Set.of(),
        bodies(
            "The Northern Alliance and the Southern Alliance met in Valdoria. Alliance President"
                + " Ana Ruiz thanked them."),
        "two bodies end in the word");
    assertEquals(
        Set.of(),
        bodies("Forum Secretary General Ana Ruiz urged the Coastal Islands Forum to act."),
        "a body named only after the title");
  }

  @Test
  void anOrganisationHeadsTitleOpeningASentenceIsTheBodyThatOpensTheSentenceBefore() {
    assertEquals(
        Set.of("Ana Ruiz secretary-general Northern Alliance"),
        bodies(
            "The Northern Alliance agreed to expand its patrols. Secretary-General Ana Ruiz said"
                + " the alliance would not be intimidated."));
    assertEquals(
        Set.of("Ana Ruiz chairman Northern Alliance"),
        bodies(
            "The Northern Alliance suspended Estrella. Chairwoman Ana Ruiz said envoys would"
                + " go."));
    assertEquals(
        Set.of(),
        bodies(
            "The Northern Alliance and the Southern Alliance met. Secretary-General Ana Ruiz"
                + " said the talks went well."),
        "a coordination: either body's");
    assertEquals(
        Set.of(),
        bodies(
            "Valdoria said it would send troops. Secretary-General Ana Ruiz said the decision"
                + " was final."),
        "a country, not a body, spoke before");
    assertEquals(
        Set.of(),
        bodies(
            "The Harbour Security Council voted to extend the mission. Secretary-General Ana"
                + " Ruiz said the vote was welcome."),
        "an organ's secretary-general is its parent organisation's");
    assertEquals(
        Set.of(),
        bodies(
            "The Harbour Security Council voted to extend the mission. Chairman Ana Ruiz said the"
                + " vote was welcome."),
        "nor is an organ's chairman its own: mostly a committee's");
    assertEquals(
        Set.of(),
        bodies(
            "The Northern Alliance said the Coastal Islands Forum would meet. Chairman Ana Ruiz"
                + " said it would."),
        "the sentence before names two bodies: either's");
  }

  @Test
  void aTitleAfterAnOpeningItsIsTheActorTheSentenceBeforeOpensWith() {
    assertEquals(
        Set.of("Ana Ruiz chief executive Northern Alliance"),
        bodies(
            "The Northern Alliance reported a loss on Tuesday. Its chief executive, Ana Ruiz,"
                + " said jobs would go."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        bodies("Valdoria held a referendum. Its president Ana Ruiz accepted the result."));
    assertEquals(
        Set.of("Ana Ruiz leader Northern Alliance"),
        bodies(
            "The ruling Northern Alliance won the vote. Its leader, Ana Ruiz, said it was"
                + " fair."),
        "lower-case words between 'The' and the name");
    assertEquals(
        Set.of(),
        bodies(
            "The Northern Alliance and the Southern Alliance met. Its chief executive, Ana Ruiz,"
                + " said jobs would go."),
        "a coordination: either's");
    assertEquals(
        Set.of(),
        bodies(
            "Valdoria's Northern Alliance reported a loss. Its president Ana Ruiz said jobs"
                + " would go."),
        "the country owns the name after it: neither is what the sentence is about");
    assertEquals(
        Set.of(),
        bodies("Valdoria won the match. Its coach, Ana Ruiz, praised the team."),
        "a country's title is an office of state");
  }

  @Test
  void aTitleAfterItsInTheApposedPhraseOfAnOpeningHolderIsTheSentenceBeforesActor() {
    assertEquals(
        Set.of("Ana Ruiz chairman Northern Alliance"),
        bodies(
            "The Northern Alliance reported a loss on Tuesday. Ana Ruiz, its chairman, said jobs"
                + " would go."));
    assertEquals(
        Set.of(),
        bodies(
            "The Northern Alliance and the Southern Alliance met. Ana Ruiz, its chairman, said"
                + " jobs would go."),
        "a coordination: either's");
  }

  @Test
  void aBareTitleOpeningASentenceTakesTheCountryThatSpokeTheSentenceBefore() {
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdoria said it would not join sanctions against Estrella. Foreign Minister"
                + " Ana Ruiz said it valued its ties with Estrella."));
    assertEquals(
        Set.of(),
        positions(
            "Valdoria said Estrella had provoked the clash. Foreign Minister Ana Ruiz said that"
                + " Estrella would protest."),
        "the holder speaks for the other country");
    assertEquals(
        Set.of(),
        positions(
            "Valdoria accused Estrella of spying. Foreign Minister Ana Ruiz said it had"
                + " no proof."),
        "a country that does not speak: the holder may be either's");
    assertEquals(
        Set.of(),
        positions(
            "Valdoria said Estrella would host the talks. Foreign Minister Ana Ruiz said they"
                + " would last a week."),
        "a visit: the holder may be the guest");
    assertEquals(
        Set.of(),
        positions(
            "Valdoria said it would not join sanctions against Estrella. Foreign Minister Ana"
                + " Ruiz criticised the decision."),
        "the holder does not report");
  }

  @Test
  void aBareTitleTakesTheOneCountryOfItsSentenceAndTheOneBefore() {
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdoria recalled its ambassador. Foreign Minister Ana Ruiz said it was needed."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria's parliament passed the budget. President Ana Ruiz signed it."));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        positions("Valdoria shut its embassy. Foreign Minister Ana Ruiz said Valdoria had to."),
        "the country the holder speaks of after \"said\"");
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("A Valdorian court convicted former President Ana Ruiz on Monday."),
        "the country named before the title in its own sentence");
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria held a vote. Turnout was low. President Ana Ruiz thanked voters."),
        "further back, the one country the article names");
    assertEquals(
        Set.of(),
        positions(
            "Valdoria held a vote. Estrella sent observers. Turnout was low. President Ana Ruiz"
                + " thanked voters."),
        "but not one of two");
    assertEquals(
        Set.of(),
        positions("Valdoria and Estrella reopened the border. President Ana Ruiz said trade grew."),
        "two countries: either may be hers");
    assertEquals(
        Set.of(),
        positions("Valdoria recalled its Estrellan envoy. President Ana Ruiz said it was needed."),
        "a demonym names another country too");
    assertEquals(
        Set.of(),
        positions("Valdoria hosted the talks. President Ana Ruiz said they went well."),
        "a host's guest");
    assertEquals(
        Set.of(),
        positions("Valdoria seized a tanker. Foreign Minister Ana Ruiz condemned the seizure."),
        "a reaction to the country's act");
    assertEquals(
        Set.of(),
        positions("Northwind lent money to Valdoria. President Ana Ruiz said it would watch."),
        "an organisation's president");
    assertEquals(
        Set.of(),
        positions("Valdoria raised taxes. The plan was drafted under President Ana Ruiz."),
        "a title inside a sentence about something else");
    assertEquals(
        Set.of(),
        positions("Valdoria raised taxes. President Ana Ruiz criticised Valdoria."),
        "the title's sentence deals with the country");
  }

  @Test
  void aBareTitleAfterItsStatusOrAsTheObjectOfAnOusterTakesTheCountryBefore() {
    assertEquals(
        Set.of("Ana Ruiz acting president Valdoria"),
        positions("Valdoria's army took over. Acting President Ana Ruiz met tribal leaders."),
        "a status word before the title still opens the sentence");
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria's opposition rallied. Lawmakers impeached President Ana Ruiz."),
        "the office at stake where the sentence names no other actor");
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria's army seized power. Soldiers detained President Ana Ruiz at home."));
    assertEquals(
        Set.of(),
        positions("Valdoria's army seized power. Soldiers cheered President Ana Ruiz at home."),
        "a verb that does nothing to the office");
    assertEquals(
        Set.of(),
        positions("Valdoria's army seized power. Estrella arrested President Ana Ruiz at home."),
        "another actor in the sentence");
  }

  @Test
  void anOfficeGivenWithoutOwnerIsOfTheOneCountryOfItsSentenceAndTheOneBefore() {
    assertEquals(
        Set.of("Ana Ruiz acting president Valdoria"),
        positions(
            "Valdoria's parliament was dissolved. Ana Ruiz was sworn in as interim president."));
    assertEquals(
        Set.of(),
        positions(
            "Valdoria's parliament met Estrella's envoy. Ana Ruiz was sworn in as interim"
                + " president."),
        "two countries: either may be hers");
    assertEquals(
        Set.of(),
        positions("Valdoria hosted a summit. Ana Ruiz was sworn in as interim president."),
        "a host's guest");
  }

  @Test
  void aBareTitleFallsBackOnTheCountryTheArticleIsAbout() {
    Set<String> found =
        positions(
            "Valdoria held elections. Valdoria counted votes. Valdoria is calm. "
                + "The term of President Lina Moss ends in May.");
    assertEquals(Set.of("Lina Moss president Valdoria"), found);
  }

  @Test
  void aBareTitleGetsNoCountryWhenTheArticleIsAboutTwo() {
    Set<String> found =
        positions(
            "Valdoria and Estrella met. Estrella and Valdoria talked. Valdoria and Estrella agreed. "
                + "President Lina Moss welcomed it.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aPersonCalledAnotherPersonsDeputyTakesTheirCountry() {
    Set<String> found =
        positions("Valdorian President Ana Ruiz spoke. Tomas Berg is currently Ruiz's president.");
    assertEquals(Set.of("Ana Ruiz president Valdoria", "Tomas Berg president Valdoria"), found);
  }

  @Test
  void aPersonCalledACountrysOfficerHoldsThatOffice() {
    assertEquals(
        Set.of("Lina Moss former foreign minister Estrella"),
        positions("Lina Moss was Estrella's Foreign Minister until May."));
  }

  @Test
  void counterpartsHoldTheOfficesTheyAreCounterpartsOfInTheirOwnCountry() {
    Set<String> found =
        positions(
            "Valdorian Defence Minister Ana Ruiz and Foreign Minister Tomas Berg met their "
                + "Estrellan counterparts Lina Moss and Eva Lund.");
    assertTrue(found.contains("Lina Moss defence minister Estrella"), found.toString());
    assertTrue(found.contains("Eva Lund foreign minister Estrella"), found.toString());
  }

  @Test
  void aBareTitleIsNotTheMainCountrysWhenSomeoneElseHoldsThatOfficeThere() {
    Set<String> found =
        positions(
            "Valdorian President Ana Ruiz spoke. Valdoria counted votes. Valdoria is calm. "
                + "President Lina Moss called her.");
    assertEquals(Set.of("Ana Ruiz president Valdoria"), found);
  }

  @Test
  void aBareTitleBesideTheMainCountryIsSomeoneDealingWithIt() {
    Set<String> found =
        positions(
            "Valdoria held elections. Valdoria counted votes. Valdoria is calm. "
                + "President Lina Moss praised Valdoria.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aReportedSentencesCountryYieldsToTheOfficeTheArticleStates() {
    Set<String> found =
        positions(
            "Estrella broke the truce, President Ana Ruiz said. "
                + "Valdorian President Ana Ruiz spoke later.");
    assertEquals(Set.of("Ana Ruiz president Valdoria"), found);
  }

  @Test
  void theWinnerOfAPresidentialElectionIsPresidentElect() {
    Set<String> found =
        positions("Valdoria's ruling party candidate Ana Ruiz won the presidential election.");
    assertEquals(Set.of("Ana Ruiz president-elect Valdoria"), found);
  }

  @Test
  void losingAPresidentialElectionMakesNoPresident() {
    Set<String> found = positions("Ana Ruiz did not win the presidential election in Valdoria.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aTitleAfterLedByBelongsToTheBodyLed() {
    Set<String> found =
        positions("Valdoria agreed with the Northern Council, led by President Eva Lund, on oil.");
    assertEquals(Set.of("Eva Lund president Northern Council"), found);
  }

  @Test
  void aBareTitleWithTheCountryAfterTheName() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Talks with President Ana Ruiz of war-torn Valdoria ended."));
  }

  @Test
  void aBareTitleWithAnOrganisationAfterOfTheName() {
    assertEquals(
        Set.of("Ana Ruiz president Northern Council"),
        positions("President Ana Ruiz of the Northern Council ruled on the appeal."));
    assertEquals(Set.of(), positions("President Ana Ruiz from the Northern Council spoke."));
  }

  @Test
  void someoneTitledWithARemitGetsNoGuessedCountry() {
    Set<String> found =
        positions(
            "Estrella held elections. Estrella counted votes. Estrella is calm. "
                + "Minister for the Northern Region Lina Moss arrived in Estrella. "
                + "Minister Moss said it went well.");
    assertTrue(found.isEmpty(), found.toString());
    assertEquals(
        Set.of("Lina Moss minister Estrella"),
        positions(
            "Estrella held elections. Estrella counted votes. Estrella is calm. "
                + "Minister Lina Moss said it went well."));
  }

  @Test
  void aCounterpartOfABareTitleHoldsItInTheirCountry() {
    Set<String> found =
        positions("Foreign Minister Ana Ruiz and her Estrellan counterpart Tomas Berg met.");
    assertTrue(found.contains("Tomas Berg foreign minister Estrella"), found.toString());
  }

  @Test
  void aCounterpartOfAPrinceHoldsThePrincesOfficeNotHisRank() {
    Set<String> found =
        listed(
            "Prince John Roe, the Valdorian foreign minister, met his Estrellan counterpart Tomas"
                + " Berg.");
    assertTrue(found.stream().noneMatch(f -> f.contains("prince")), found.toString());
    assertTrue(found.contains("Tomas Berg foreign minister Estrella"), found.toString());
  }

  @Test
  void aCounterpartMayBeNamedAfterAComma() {
    Set<String> found =
        positions(
            "Valdorian Foreign Minister Ana Ruiz held talks with her Estrellan counterpart, Tomas"
                + " Berg.");
    assertTrue(found.contains("Tomas Berg foreign minister Estrella"), found.toString());
  }

  @Test
  void aCounterpartOfSomeoneTitledEarlier() {
    Set<String> found =
        positions(
            "Valdorian Foreign Minister Ana Ruiz flew in. Ruiz met her Estrellan counterpart Tomas"
                + " Berg on Monday.");
    assertTrue(found.contains("Tomas Berg foreign minister Estrella"), found.toString());
  }

  @Test
  void aCounterpartOpeningTheNextSentenceIsThePronounsPersons() {
    assertTrue(
        positions(
                "Valdorian Foreign Minister Ana Ruiz spoke first. Her Estrellan counterpart, Tomas"
                    + " Berg, agreed.")
            .contains("Tomas Berg foreign minister Estrella"));
    assertTrue(
        positions(
                "Valdorian President Ana Ruiz spoke first. Her predecessor, Tomas Berg, did not"
                    + " come.")
            .contains("Tomas Berg former president Valdoria"));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdorian Foreign Minister Ana Ruiz spoke first. The Estrellan counterpart, Tomas"
                + " Berg, agreed."),
        "no pronoun, no one whose counterpart he is");
  }

  @Test
  void bylineCreditsAreStaffOfTheAgency() {
    Set<String> found =
        positions(
            "PORT ASTER (Northwind) - Valdoria held talks on Monday.\n\n"
                + "(Reporting by Jane Doe in Port Aster; Editing by John Roe)");
    assertTrue(found.contains("Jane Doe reporter Northwind"), found.toString());
    assertTrue(found.contains("John Roe editor Northwind"), found.toString());
  }

  @Test
  void theBylineThatOpensAnArticleNamesJournalistsOfTheOutletAfterThem() {
    Set<String> found =
        positions("By Jane Doe and John Roe, Northwind\nValdoria held talks on Monday.");
    assertTrue(found.contains("Jane Doe journalist Northwind"), found.toString());
    assertTrue(found.contains("John Roe journalist Northwind"), found.toString());
    assertTrue(positions("Valdoria held talks with Jane Doe, Northwind said.").isEmpty());
  }

  @Test
  void aPredecessorHeldTheOfficeBefore() {
    Set<String> found =
        positions(
            "Valdorian President Ana Ruiz explained the arrest of her predecessor Tomas Berg on"
                + " Monday.");
    assertTrue(found.contains("Tomas Berg former president Valdoria"), found.toString());
  }

  @Test
  void aBareTitleBesideAnotherCountryGetsNoDefault() {
    Set<String> found =
        positions(
            "Valdoria held elections. Valdoria counted votes. Valdoria is calm. "
                + "President Lina Moss was in Estrella on Monday.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aCountryOwningAnotherPersonsOfficeLeavesTheDefault() {
    String opening = "Valdoria held elections. Valdoria counted votes. Valdoria is calm. ";
    assertEquals(
        Set.of("Lina Moss foreign minister Valdoria"),
        listed(opening + "Earlier, foreign minister Lina Moss met the Estrellan envoy."));
    assertEquals(
        Set.of("Lina Moss foreign minister Valdoria"),
        positions(opening + "Foreign Minister Lina Moss met her Estrellan counterpart."));
    assertEquals(
        Set.of("Lina Moss president Valdoria"),
        positions(opening + "President Lina Moss met Estrella's president on Monday."));
    assertEquals(
        Set.of(), positions(opening + "President Lina Moss met Estrellan troops on Monday."));
    assertEquals(
        Set.of("Lina Moss former envoy Estrella"),
        listed(opening + "The foreign minister Lina Moss, who served as Estrella's envoy, spoke."),
        "her office left in Estrella still blocks the default");
    assertEquals(
        Set.of(),
        listed(opening + "Estrella's envoy and foreign minister Lina Moss met reporters."));
  }

  @Test
  void aCountryOwningAnotherPersonsTitleLeavesABareTitleToTheArticlesCountry() {
    String opening = "Valdoria held elections. Valdoria counted votes. Valdoria is calm. ";
    assertEquals(
        Set.of("Tomas Berg president Estrella", "Lina Moss president Valdoria"),
        positions(opening + "Estrellan President Tomas Berg met President Lina Moss on Monday."));
    assertEquals(
        Set.of("Tomas Berg president Estrella"),
        positions(opening + "Estrellan President Tomas Berg met Lina Moss on Monday."),
        "no title, no guess");
    assertEquals(
        Set.of(),
        positions(opening + "President Lina Moss met Estrellan troops on Monday."),
        "a country owning no one's title may still be the bare title's");
  }

  @Test
  void aBareArmyChiefIsTheArticlesCountrys() {
    String opening = "Valdoria held elections. Valdoria counted votes. Valdoria is calm. ";
    assertEquals(
        Set.of("Tomas Berg army chief Valdoria"),
        FoundPositions.supplemented(opening + "Army Chief Tomas Berg met reporters."));
    assertEquals(
        Set.of(),
        FoundPositions.supplemented(opening + "General Tomas Berg met reporters."),
        "a rank, no office");
  }

  @Test
  void aVisitorsBareTitleIsNotTheArticlesCountrys() {
    String opening = "Valdoria held elections. Valdoria counted votes. Valdoria is calm. ";
    assertEquals(
        Set.of(),
        listed(opening + "The visiting defence minister John Roe said the talks went well."));
    assertEquals(Set.of(), listed(opening + "Later the visiting Foreign Minister Lina Moss left."));
    assertEquals(
        Set.of(),
        listed("Valdoria broke the truce, the visiting Foreign Minister Lina Moss said."),
        "nor the country leading the sentence she reports");
    assertEquals(
        Set.of("Lina Moss foreign minister Valdoria"),
        listed(opening + "Later the Foreign Minister Lina Moss left."));
  }

  @Test
  void aTitleWithTheCountryAfterFrom() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("President Ana Ruiz from Valdoria opened the meeting."));
  }

  @Test
  void aTitleAfterAsBelongsToTheOwnerAfterOf() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz was sworn in as president of Valdoria on Monday."));
  }

  @Test
  void aTitleAfterAPersonsPossessiveIsOfThatPersonsCountry() {
    assertEquals(
        Set.of("Tomas Berg president Valdoria", "Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdorian President Tomas Berg met reporters. Berg's Foreign Minister Ana Ruiz"
                + " spoke."));
    assertEquals(
        Set.of("Tomas Berg president Valdoria", "Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdorian President Tomas Berg met reporters. Tomas Berg's Foreign Minister,"
                + " Ana Ruiz, spoke."));
    assertEquals(
        Set.of(),
        positions("Tomas Berg met reporters. Berg's Foreign Minister Ana Ruiz spoke."),
        "a possessor with no office of his own gives none");
  }

  @Test
  void aTitleAfterAPersonsBareNameIsOfThatPersonsCountry() {
    assertEquals(
        Set.of("Tomas Berg president Valdoria", "Ana Ruiz envoy Valdoria"),
        listed("Valdorian President Tomas Berg spoke. Berg envoy Ana Ruiz met reporters."));
    assertEquals(
        Set.of("Tomas Berg president Valdoria", "Ana Ruiz adviser Valdoria"),
        listed(
            "Valdorian President Tomas Berg spoke. Berg foreign policy adviser Ana Ruiz met"
                + " reporters."));
    assertEquals(
        Set.of(),
        listed("Tomas Berg spoke. Berg envoy Ana Ruiz met reporters."),
        "a name with no office of its own gives none");
  }

  @Test
  void anOfficeStatedInThePresentPerfectIsHeldNow() {
    assertEquals(
        Set.of("Ana Ruiz finance minister Valdoria"),
        listed("Ana Ruiz has since become Valdoria's finance minister."));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        listed("Ana Ruiz has been Valdoria's foreign minister since 2021."));
    assertEquals(Set.of(), listed("Ana Ruiz has never been Valdoria's foreign minister."));
  }

  @Test
  void anOfficeServedInThePastIsAFormerOne() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Ana Ruiz, who served as president of Valdoria from 2010 to 2014, spoke."));
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Ana Ruiz served as president of Valdoria before she joined the Council."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz, who has served as president of Valdoria since 2019, spoke."),
        "the present perfect tells of an office held still");
  }

  @Test
  void aCitysOfficeAfterAsIsThePlaces() {
    TestArticles world =
        FoundPositions.world().entity("Port Aster", EntityType.PLACE, "Port Aster");
    assertEquals(
        Set.of("Jane Doe former mayor Port Aster"),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Jane Doe, 61, served as mayor of Port Aster from 2011 to 2018."));
  }

  @Test
  void anAsideBetweenTheHolderAndTheVerbOfOfficeIsPassedOver() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Ana Ruiz, 61, served as president of Valdoria for two decades."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz, a retired judge, took office as president of Valdoria on Monday."));
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions(
            "Ana Ruiz, a career diplomat who previously served as president of Valdoria,"
                + " spoke."));
  }

  @Test
  void aFormerOfficeLeavesAnAppointmentTheArticlesCountry() {
    assertEquals(
        Set.of("Ana Ruiz former president Northern Council", "Ana Ruiz foreign minister Valdoria"),
        positions(
            "Valdoria held elections. Valdoria counted votes. Valdoria is calm. Ana Ruiz served"
                + " as president of the Northern Council. Ana Ruiz was named Foreign Minister."));
  }

  @Test
  void aCountryOustingSomeoneAsItsPresidentMakesAFormerPresident() {
    assertEquals(
        Set.of("Tomas Berg former president Valdoria"),
        positions("Tension grew after Valdoria ousted Tomas Berg as president last week."));
  }

  @Test
  void whoReplacesOrSucceedsSomeoneAsPresidentIsPresident() {
    assertEquals(
        Set.of("Tomas Berg former president Valdoria", "Ana Ruiz president Valdoria"),
        positions("Ana Ruiz replaced Tomas Berg as president of Valdoria."));
    assertEquals(
        Set.of("Tomas Berg former president Valdoria", "Ana Ruiz president Valdoria"),
        positions("Ana Ruiz succeeded Tomas Berg as president of Valdoria in May."));
  }

  @Test
  void asBeforeATitledNameIsAConjunction() {
    assertEquals(
        Set.of("Tomas Berg president Valdoria"),
        positions("Ana Ruiz smiled as President Tomas Berg of Valdoria arrived."));
  }

  @Test
  void aWishedForTitleIsNoPosition() {
    Set<String> found = positions("Ana Ruiz may be elected as president of Valdoria.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void theCurrentTitleOfABodyAfterACopula() {
    Set<String> found =
        positions("Valdorian President Ana Ruiz is the current president of the Northern Council.");
    assertEquals(
        Set.of("Ana Ruiz president Valdoria", "Ana Ruiz president Northern Council"), found);
  }

  @Test
  void electedTitleOfACountryIsCurrent() {
    assertEquals(
        Set.of("Lina Moss president Estrella"),
        positions("Lina Moss was elected president of Estrella in May."));
  }

  @Test
  void aBareTitleTakesTheCountryOfTheMinistryOfItsPortfolio() {
    Set<String> found =
        new PositionFinder(TestArticles.roles())
                .find(
                    new TestArticles()
                        .entity(
                            "Valdorian Foreign Ministry",
                            EntityType.ORGANISATION,
                            "Valdorian Foreign Ministry")
                        .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
                        .entity("Estrella", EntityType.COUNTRY, "Estrella")
                        .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
                        .resolve(
                            "Valdoria and Estrella met. The Valdorian Foreign Ministry said Foreign"
                                + " Minister Ana Ruiz spoke."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Ana Ruiz foreign minister Valdoria"), found);
  }

  @Test
  void aRelativeClauseStatesTheOffice() {
    assertEquals(
        Set.of("Lina Moss defence minister Estrella"),
        positions("Lina Moss, who is Estrella's Defence Minister, arrived."));
  }

  @Test
  void aPluralTitleIsSharedInOrder() {
    Set<String> found =
        positions(
            "Presidents Ana Ruiz of Valdoria and Tomas Berg of Estrella met. The Foreign Ministers"
                + " of Valdoria and Estrella, Lina Moss and Eva Lund, signed.");
    assertEquals(
        Set.of(
            "Ana Ruiz president Valdoria",
            "Tomas Berg president Estrella",
            "Lina Moss foreign minister Valdoria",
            "Eva Lund foreign minister Estrella"),
        found);
  }

  @Test
  void aPluralTitleAfterTheHoldersIsSharedInOrder() {
    assertEquals(
        Set.of("Lina Moss defence minister Valdoria", "Eva Lund defence minister Estrella"),
        listed("Lina Moss and Eva Lund, the defence ministers of Valdoria and Estrella, signed."));
    assertEquals(
        Set.of(),
        listed("Lina Moss and Eva Lund met the defence ministers of Valdoria and Estrella."));
  }

  @Test
  void aTitleModifiersAndASecondTitleReadAsOneTitle() {
    assertEquals(
        Set.of("Ana Ruiz chief nuclear negotiator Valdoria"),
        listed("Valdoria's chief nuclear negotiator Ana Ruiz arrived."));
    assertEquals(
        Set.of("Ana Ruiz chief nuclear negotiator Valdoria"),
        listed("Ana Ruiz, Valdoria's chief nuclear negotiator, arrived."));
    assertEquals(
        Set.of("Ana Ruiz chief negotiator Valdoria"),
        listed("Ana Ruiz, Valdoria's chief negotiator, arrived."));
  }

  @Test
  void aCitysOfficeIsNoPositionInTheCountryTheCityStandsFor() {
    TestArticles world =
        new TestArticles()
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian", "Port Aster")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
            .entity("John Roe", EntityType.PERSON, "John Roe");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of(),
        FoundPositions.found(
            roles,
            world,
            "Port Aster mayor Ana Ruiz ordered an evacuation. The former deputy mayor of Port"
                + " Aster, John Roe, agreed."));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        FoundPositions.found(
            roles, world, "Valdorian Foreign Minister Ana Ruiz met Port Aster mayor John Roe."));
  }

  @Test
  void aLocalTitleOfAPlaceSetOffBeforeTheNameIsHeldThere() {
    TestArticles world = world().entity("Port Aster", EntityType.PLACE, "Port Aster");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz mayor Port Aster"),
        FoundPositions.found(
            roles, world, "The mayor of Port Aster, Ana Ruiz, ordered an evacuation."));
    assertEquals(
        Set.of(),
        FoundPositions.found(
            roles, world, "The defence minister of Port Aster, Ana Ruiz, ordered an evacuation."));
    assertEquals(
        Set.of("Ana Ruiz regional health minister Port Aster"),
        FoundPositions.found(
            roles, world, "Ana Ruiz, the regional health minister of Port Aster, said so."));
  }

  @Test
  void aStatesChiefMinisterIsHeldInTheState() {
    TestArticles world = world().entity("North Aster", EntityType.PLACE, "North Aster");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz chief minister North Aster"),
        FoundPositions.found(
            roles,
            world,
            "North Aster Chief Minister Ana Ruiz criticised the central government."));
    assertEquals(
        Set.of("Ana Ruiz deputy chief minister North Aster"),
        FoundPositions.found(
            roles, world, "Ana Ruiz, the deputy chief minister of North Aster, said so."));
  }

  @Test
  void aLoneApostropheAfterAnOwnerInSIsAPossessive() {
    TestArticles world =
        world().entity("Meridian Holdings", EntityType.ORGANISATION, "Meridian Holdings");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz chief executive Meridian Holdings"),
        FoundPositions.found(
            roles, world, "Ana Ruiz, Meridian Holdings' chief executive, said profits fell."));
    assertEquals(
        Set.of("Ana Ruiz chief executive Meridian Holdings"),
        FoundPositions.found(
            roles, world, "Meridian Holdings' chief executive Ana Ruiz said profits fell."));
  }

  @Test
  void aPluralTitleWithMoreHoldersThanCountriesPairsNone() {
    Set<String> found =
        positions("The Foreign Ministers of Valdoria, Lina Moss and Eva Lund and Ana Ruiz, met.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aDelegationsLeaderHoldsHisTitleInTheCountryThatSentIt() {
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        listed("A Valdorian delegation led by Foreign Minister Ana Ruiz arrived in Estrella."));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        listed("Valdoria's delegation, headed by Foreign Minister Ana Ruiz, arrived in Estrella."));
  }

  @Test
  void aTitleAfterAsInAnAppositionIsTheNamesOffice() {
    assertEquals(
        Set.of("Ana Ruiz chair Northern Council"),
        listed("Ana Ruiz, as chair of the Northern Council, hosted the talks."));
    assertEquals(
        Set.of("Ana Ruiz chair Northern Council"),
        listed("Ana Ruiz, in her capacity as chair of the Northern Council, hosted the talks."));
    assertEquals(Set.of(), listed("Ana Ruiz, Tomas Berg and others, as chair, spoke."));
  }

  @Test
  void aTitleOneStateAloneHasIsThatStatesWhenTheArticleNamesIt() {
    TestArticles world =
        world().known("Vatican City", EntityType.COUNTRY, "Q237", "VA", "Vatican City", "Vatican");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz pope Vatican City"),
        FoundPositions.found(roles, world, "Pope Ana Ruiz met Tomas Berg at the Vatican."));
    assertEquals(
        Set.of(), FoundPositions.found(roles, world, "Pope Ana Ruiz met Tomas Berg in Valdoria."));
  }

  @Test
  void aListedMonarchsTitleIsHisStatesWhenTheArticleNamesItAndNoOtherCountrys() {
    TestArticles world =
        world()
            .known("Japan", EntityType.COUNTRY, "Q17", "JP", "Japan")
            .entity("Naruhito", EntityType.PERSON, "Naruhito");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Naruhito emperor Japan"),
        FoundPositions.found(
            roles, world, "Emperor Naruhito opened the session. Japan will vote in July."));
    assertEquals(
        Set.of(),
        FoundPositions.found(roles, world, "Emperor Naruhito arrived in Valdoria on Monday."));
  }
}
