package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class GroupNamesTest {

  /**
   * The texts of the mentions {@link GroupNames} keeps of {@code body}: each name (at its first
   * occurrence after the previous one) proposed as an organisation by {@code finder}.
   */
  private static List<String> kept(String body, String finder, String... names) {
    ProposedMentions p = ProposedMentions.of(body, EntityType.ORGANISATION, finder, names);
    return GroupNames.without(p.article(), p.mentions()).stream().map(Mention::text).toList();
  }

  @Test
  void aPeopleIsNoActor() {
    assertEquals(
        List.of("Freedonia"),
        kept("The Kurds accused Freedonia of shelling.", "model", "Kurds", "Freedonia"));
    assertEquals(List.of(), kept("Tamils fled the fighting.", "rule:kind", "Tamils"));
  }

  @Test
  void aNameBeforeMinorityNamesAPeopleThroughoutTheArticle() {
    assertEquals(
        List.of(),
        kept(
            "Freedonia expelled the Asteri minority. The Asteri fled in 2017.",
            "model",
            "Asteri",
            "Asteri"));
    assertEquals(List.of(), kept("Asteri Muslims were detained.", "model", "Asteri"));
  }

  @Test
  void aChambersMinorityAndARulesNameStay() {
    assertEquals(List.of("Asteri"), kept("The Asteri minority leader spoke.", "model", "Asteri"));
    assertEquals(List.of("Unity"), kept("The Unity minority walked out.", "rule:party", "Unity"));
  }

  @Test
  void aFollowersWordIsNoOrganisation() {
    assertEquals(
        List.of("Asterists", "Freedonian Senate"),
        kept(
            "The Asterist candidate won. Asterists took the Freedonian Senate.",
            "model",
            "Asterist",
            "Asterists",
            "Freedonian Senate"));
    assertEquals(List.of(), kept("The Chavista bloc walked out.", "rule:kind", "Chavista"));
    assertEquals(
        List.of("Asterist Party"), kept("The Asterist Party won.", "model", "Asterist Party"));
  }
}
