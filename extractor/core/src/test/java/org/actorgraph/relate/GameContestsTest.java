package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class GameContestsTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
          .entity("Sylvania", EntityType.COUNTRY, "Sylvania")
          .entity("Ruritania", EntityType.COUNTRY, "Ruritania")
          .entity("Athletic Club", EntityType.ORGANISATION, "Athletic Club")
          .entity("Harbour United", EntityType.ORGANISATION, "Harbour United");

  /** The contestants of each contest found, as sets of labels. */
  private static List<Set<String>> rivals(String body) {
    return new ContestFinder()
        .find(WORLD.resolve(body)).stream()
            .map(f -> (Fact.Contest) f)
            .map(c -> c.contestants().stream().map(e -> e.label()).collect(Collectors.toSet()))
            .distinct()
            .collect(Collectors.toList());
  }

  @Test
  void nationalTeamsThatPlayAGameAreRivals() {
    Set<String> pair = Set.of("Freedonia", "Sylvania");
    assertEquals(List.of(pair), rivals("Freedonia beat Sylvania on penalties in the final."));
    assertEquals(
        List.of(pair),
        rivals("Freedonia's women's team lost 2-0 to Sylvania in the quarter-final."));
    assertEquals(List.of(pair), rivals("Freedonia thrashed Sylvania by seven wickets on Sunday."));
    assertEquals(List.of(pair), rivals("Freedonia drew 1-1 with Sylvania in the capital."));
    assertEquals(List.of(pair), rivals("Freedonia and Sylvania meet in the final on Saturday."));
  }

  @Test
  void clubsThatPlayAGameAreRivals() {
    assertEquals(
        List.of(Set.of("Athletic Club", "Harbour United")),
        rivals("Athletic Club will face Harbour United in the semi-finals."));
  }

  @Test
  void countriesOutsideAGameAreNoRivals() {
    assertEquals(List.of(), rivals("Freedonia defeated Sylvania in the war of 1912."));
    assertEquals(List.of(), rivals("Freedonia crushed Sylvania's revolt in the final assault."));
    assertEquals(List.of(), rivals("Freedonia will meet Sylvania in the capital on Monday."));
    assertEquals(List.of(), rivals("Freedonia did not beat Sylvania in the final."));
  }
}
