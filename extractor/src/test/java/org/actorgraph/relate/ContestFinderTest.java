package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.actorgraph.mention.EntityType;
import org.junit.jupiter.api.Test;

class ContestFinderTest {

  private static List<Fact.Contest> contests(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
            .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg");
    return new ContestFinder()
        .find(world.resolve(body)).stream().map(f -> (Fact.Contest) f).collect(Collectors.toList());
  }

  @Test
  void defeatingSomeoneMakesRivalsWithAWinner() {
    List<Fact.Contest> found = contests("Ana Ruiz defeated Tomas Berg in the runoff.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void concedingToSomeoneMakesThemTheWinner() {
    List<Fact.Contest> found = contests("Tomas Berg conceded to Ana Ruiz late on Sunday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("Ana Ruiz"), found.get(0).winner().map(e -> e.label()));
  }

  @Test
  void aDeniedDefeatIsNoContest() {
    assertTrue(contests("Ana Ruiz did not defeat Tomas Berg.").isEmpty());
  }
}
