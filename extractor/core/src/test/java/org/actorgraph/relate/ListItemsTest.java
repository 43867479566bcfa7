package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class ListItemsTest {

  /** The interactions {@link InteractionFinder} finds in {@code text}, read with a parser. */
  private static Set<String> interactions(String text) {
    Optional<DependencyParser> parser = Optional.of(Nlp4jDependencyParser.standard());
    InteractionFinder finder =
        new InteractionFinder(
            TestArticles.roles(),
            new PositionFinder(TestArticles.roles()),
            Capitals.none(),
            parser);
    return finder
        .find(
            new TestArticles()
                .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
                .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
                .entity("Northern Union", EntityType.ORGANISATION, "Northern Union")
                .resolve(text))
        .stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  @Test
  void numberedMeasuresAreActsOfTheLeadsSubjectAgainstTheActorTheyName() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            "Valdoria adopted the following measures:\n1. Closure of land borders between"
                + " Valdoria and Estrella;\n2. Suspension of all flights to and from Estrella."));
  }

  @Test
  void bulletedAndLetteredItemsFollowTheirLeadToo() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions("Valdoria decided as follows:\n- a freeze of Estrella's assets;"));
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions("Valdoria took these steps:\n(a) a ban on Estrellan airlines."));
  }

  @Test
  void theBodyATargetIsSuspendedFromIsNoTarget() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            "Valdoria announced the following:\n1. suspension of Estrella from the Northern"
                + " Union;"));
  }

  @Test
  void anItemNamingNoActorIsAimedAtTheLeadsTarget() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            "Valdoria took the following steps against Estrella:\n- suspension of diplomatic"
                + " relations;"));
  }

  @Test
  void withoutAnImposerTheOtherSideOfBetweenTakesTheMeasureAgainstTheLeadsTarget() {
    assertEquals(
        Set.of("Northern Union 16 Estrella"),
        interactions(
            "The summit imposed the following sanctions on Estrella:\n1. Closure of borders"
                + " between the Northern Union and Estrella;"));
  }

  @Test
  void aPassiveLeadsAgentTakesTheMeasures() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            "The following steps were taken by Valdoria:\n1. a freeze of Estrella's assets;"));
  }

  @Test
  void itemsOfALeadThatDemandsAreOnlyAskedFor() {
    assertEquals(
        Set.of(),
        interactions("Valdoria demanded the following:\n1. closure of the border with Estrella;"));
  }

  @Test
  void itemsOfALeadThatSetsConditionsAreOnlyAskedFor() {
    assertEquals(
        Set.of(),
        interactions(
            "Valdoria listed its conditions for peace:\n1. suspension of all flights to"
                + " Estrella;"));
  }

  @Test
  void aNumberedLineAfterAnOrdinarySentenceInheritsNoActor() {
    assertEquals(
        Set.of(), interactions("Valdoria met on Sunday.\n1. Closure of the border with Estrella."));
  }

  @Test
  void anItemThatNamesItsOwnActorKeepsIt() {
    assertEquals(
        Set.of(),
        interactions(
            "Valdoria adopted the following measures:\n1. Estrella will face closure of the"
                + " Northern Union's offices."));
  }

  @Test
  void itemsThatNameOnlyActorsTakeTheLeadsMeasureAgainstItsTarget() {
    assertEquals(
        Set.of("Valdoria 16 Estrella", "Northern Union 16 Estrella"),
        interactions(
            "The following countries imposed sanctions on Estrella:\n1. Valdoria;\n2. the"
                + " Northern Union."));
  }

  @Test
  void thePassiveLeadsListAfterByTakesTheMeasure() {
    assertEquals(
        Set.of("Valdoria 16 Estrella", "Northern Union 16 Estrella"),
        interactions(
            "Sanctions on Estrella were imposed by the following countries:\n- Valdoria;\n- the Northern Union."));
  }

  @Test
  void listedActorsOfALeadOfAnotherActTakeNoMeasure() {
    assertEquals(
        Set.of(),
        interactions(
            "The following countries attended the summit in Estrella:\n1. Valdoria;\n2. the"
                + " Northern Union."));
  }

  @Test
  void listedTargetsOfAMeasureAreNoImposers() {
    assertEquals(
        Set.of(),
        interactions(
            "Sanctions were imposed on the following countries:\n1. Valdoria;\n2. Estrella."));
  }

  @Test
  void theOwnerOfAListedActorsTargetIsNoTargetToo() {
    assertEquals(
        Set.of("Valdoria 16 Northern Union"),
        interactions(
            "The following countries imposed sanctions on Estrella's Northern Union:\n1. Valdoria."));
  }

  @Test
  void aLeadThatNamesNoActorTakesTheActorsOfTheSentenceBefore() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            "Valdoria joined the sanctions. The measures include:\n1. a freeze of Estrella's"
                + " assets;\n2. closure of borders with Estrella."));
  }

  @Test
  void aLeadThatNamesNoActorAfterADemandInheritsNothing() {
    assertEquals(
        Set.of("Valdoria 10 Estrella"),
        interactions(
            "Valdoria demanded concessions from Estrella. The demands include:\n1. closure of"
                + " borders with Estrella."));
  }
}
