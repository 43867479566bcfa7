package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

class WrittenSeatsTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Port Aster", EntityType.PLACE, "Port Aster")
          .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
          .entity("Sylvania", EntityType.COUNTRY, "Sylvania")
          .entity("Monitor for Human Rights", EntityType.ORGANISATION, "Monitor for Human Rights");

  private static boolean elsewhere(String body) {
    ResolvedArticle a = WORLD.resolve(body);
    Entity org = entity(a, "Monitor for Human Rights");
    Entity freedonia = entity(a, "Freedonia");
    return WrittenSeats.elsewhere(a, org, freedonia::equals);
  }

  private static Entity entity(ResolvedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aSeatWrittenBeforeTheNameOutsideTheCountryIsElsewhere() {
    assertTrue(elsewhere("The Port Aster-based Freedonian Monitor for Human Rights said so."));
    assertTrue(elsewhere("The Sylvania-based Monitor for Human Rights said so. Freedonia denied."));
  }

  @Test
  void theCountryItselfOrNoSeatIsNotElsewhere() {
    assertFalse(elsewhere("The Freedonia-based Monitor for Human Rights said so."));
    assertFalse(elsewhere("The Freedonian Monitor for Human Rights said so in Port Aster."));
  }
}
