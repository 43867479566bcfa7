package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * A battery of invented sentences in which "he" or "she" follows a woman and a man: the pronoun
 * passes over the person of the other gender, whichever of the two the rule would otherwise take
 * (the last named for a subject or object, the last subject for a speaker), in the quotes and the
 * interactions of the whole relation stage (word order and parse).
 */
class PronounGenderTest {

  /** A woman and a man by given name, with a country for each pair. */
  private static final String[][] PAIRS = {
    {"Jane Roe", "John Doe", "Peru"},
    {"Ana Silva", "Pedro Lopez", "Russia"},
    {"Maria Costa", "David Brown", "Canada"},
    {"Laura Smith", "Peter Jones", "Chile"},
    {"Elena Vega", "Carlos Ruiz", "Poland"},
    {"Sarah Klein", "Daniel Weiss", "Ukraine"},
    {"Olga Petrova", "Ivan Sokolov", "Kenya"},
  };

  private static ResolvedArticle resolve(String text, String... people) {
    TestArticles world = new TestArticles();
    for (String p : people) {
      world.entity(p, EntityType.PERSON, p);
    }
    for (String[] pair : PAIRS) {
      world.entity(pair[2], EntityType.COUNTRY, pair[2]);
    }
    return world.entity("Geneva", EntityType.PLACE, "Geneva").resolve(text);
  }

  private static Set<String> interactions(ResolvedArticle article) {
    RoleLexicon roles = TestArticles.roles();
    return new InteractionFinder(
            roles,
            new PositionFinder(roles),
            Capitals.none(),
            Optional.of(Nlp4jDependencyParser.standard()))
        .find(article).stream()
            .map(f -> (Fact.Interaction) f)
            .map(i -> i.source().label() + " > " + i.target().label())
            .collect(Collectors.toSet());
  }

  private static List<String> speakers(ResolvedArticle article) {
    RoleLexicon roles = TestArticles.roles();
    return new QuoteFinder(roles, new PositionFinder(roles), Capitals.none())
        .find(article).stream().map(f -> ((Fact.Quote) f).speaker().label()).toList();
  }

  @Test
  void aSubjectPronounPassesOverThePersonOfTheOtherGender() {
    List<String> wrong = new ArrayList<>();
    for (String[] p : PAIRS) {
      String she = p[0] + " met " + p[1] + " in Geneva on Monday. Later she criticised " + p[2];
      String he = p[1] + " met " + p[0] + " in Geneva on Monday. Later he criticised " + p[2];
      check(interactions(resolve(she + " sharply.", p[0], p[1])), p[0], p[1], p[2], wrong);
      check(interactions(resolve(he + " sharply.", p[0], p[1])), p[1], p[0], p[2], wrong);
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void anObjectPronounPassesOverThePersonOfTheOtherGender() {
    List<String> wrong = new ArrayList<>();
    for (String[] p : PAIRS) {
      String text =
          p[0] + " met " + p[1] + " in Geneva. The government of " + p[2] + " later invited her.";
      Set<String> found = interactions(resolve(text, p[0], p[1]));
      if (!found.contains(p[2] + " > " + p[0]) || found.contains(p[2] + " > " + p[1])) {
        wrong.add(text + " " + found);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aPronounSpeakerPassesOverThePersonOfTheOtherGender() {
    List<String> wrong = new ArrayList<>();
    String quote = " in Geneva on Monday. “We will not accept this deal,” ";
    for (String[] p : PAIRS) {
      String she = p[1] + " met " + p[0] + quote + "she said.";
      String he = p[0] + " met " + p[1] + quote + "he said.";
      if (!speakers(resolve(she, p[0], p[1])).equals(List.of(p[0]))) {
        wrong.add(she + " " + speakers(resolve(she, p[0], p[1])));
      }
      if (!speakers(resolve(he, p[0], p[1])).equals(List.of(p[1]))) {
        wrong.add(he + " " + speakers(resolve(he, p[0], p[1])));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aTitleBeforeTheNameTellsTheGender() {
    assertEquals(
        List.of("Ene Uba"),
        speakers(
            resolve(
                "Ms. Ene Uba met Mr. Ayo Oko in Geneva. “Kenya stands ready to help,” she said.",
                "Ene Uba",
                "Ayo Oko")));
    assertEquals(
        List.of("Ilo Ren"),
        speakers(
            resolve(
                "Queen Ilo Ren received Sheikh Ayo Bo in Geneva. “Our nations are friends,” she"
                    + " said.",
                "Ilo Ren",
                "Ayo Bo")));
  }

  @Test
  void peopleOfUnknownGenderAreReadAsBefore() {
    Set<String> found =
        interactions(
            resolve(
                "Ivo Tan met Ayo Oko in Geneva on Monday. Later she criticised Peru sharply.",
                "Ivo Tan",
                "Ayo Oko"));
    assertTrue(found.contains("Ayo Oko > Peru"), found.toString());
    assertFalse(found.contains("Ivo Tan > Peru"), found.toString());
    assertEquals(
        List.of("Ivo Tan"),
        speakers(
            resolve(
                "Ivo Tan met Ayo Oko in Geneva on Monday. “We will not accept this deal,” he"
                    + " said.",
                "Ivo Tan",
                "Ayo Oko")));
  }

  private static void check(
      Set<String> found, String actor, String other, String target, List<String> wrong) {
    if (!found.contains(actor + " > " + target) || found.contains(other + " > " + target)) {
      wrong.add(actor + " > " + target + " expected in " + found);
    }
  }
}
