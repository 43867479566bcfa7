package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class ShortTitlesTest {

  @Test
  void aShortTitleOfTheSameHolderThereTakesTheFullOneAndKeepsItsEvidence() {
    ResolvedArticle a =
        new TestArticles()
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria")
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
            .resolve("Ana Ruiz of Valdoria met Estrella.");
    Entity ruiz = entity(a, "Ana Ruiz");
    Entity valdoria = entity(a, "Valdoria");
    Entity estrella = entity(a, "Estrella");
    List<Evidence> first = List.of(new Evidence(0, new CharSpan(0, 8)));
    List<Evidence> later = List.of(new Evidence(3, new CharSpan(90, 99)));
    Fact full = position(ruiz, valdoria, "deputy secretary of state", RoleStatus.CURRENT, first);
    Fact shortOne = position(ruiz, valdoria, "deputy secretary", RoleStatus.CURRENT, later);
    Fact elsewhere = position(ruiz, estrella, "deputy", RoleStatus.CURRENT, later);
    Fact former = position(ruiz, valdoria, "deputy", RoleStatus.FORMER, later);
    assertEquals(
        List.of(
            full,
            position(ruiz, valdoria, "deputy secretary of state", RoleStatus.CURRENT, later),
            elsewhere,
            former),
        ShortTitles.widened(List.of(full, shortOne, elsewhere, former)));
  }

  private static Fact position(
      Entity holder, Entity org, String role, RoleStatus status, List<Evidence> evidence) {
    return new Fact.Position(holder, org, role, status, false, 0.8, evidence);
  }

  private static Entity entity(ResolvedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
  }
}
