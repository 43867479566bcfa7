package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class OwnedNamesTest {

  private static Mention at(String body, String text, EntityType type, String finder) {
    int start = body.indexOf(text);
    return new Mention(
        new CharSpan(start, start + text.length()), text, type, 0, finder, 0.8, Optional.empty());
  }

  private static Collection<String> names(String body, Mention... mentions) {
    return OwnedNames.of(body, List.of(mentions)).values();
  }

  @Test
  void aCountrysInstitutionIsNamedWithItsOwnerAndAProperNameIsNot() {
    String body = "Freedonia's Interior Ministry and Freedonia's Asterwerk met.";
    Mention freedonia = at(body, "Freedonia", EntityType.COUNTRY, "gazetteer");
    Mention second =
        new Mention(
            new CharSpan(34, 43),
            "Freedonia",
            EntityType.COUNTRY,
            0,
            "gazetteer",
            0.9,
            Optional.empty());
    assertEquals(
        List.of("Freedonia's Interior Ministry"),
        List.copyOf(
            names(
                body,
                freedonia,
                at(body, "Interior Ministry", EntityType.ORGANISATION, "model"),
                second,
                at(body, "Asterwerk", EntityType.ORGANISATION, "model"))));
  }

  @Test
  void whatMakesANameAnInstitution() {
    assertTrue(OwnedNames.institution("foreign ministry"));
    assertTrue(OwnedNames.institution("Office of Foreign Assets Control"));
    assertTrue(OwnedNames.institution("National Police"));
    assertFalse(OwnedNames.institution("Asterwerk"));
    assertFalse(OwnedNames.institution("Aster Telecom Group"));
  }

  @Test
  void anOrganisationsBodyIsAlwaysNamedWithIt() {
    String body = "The Union's Small Group met.";
    assertEquals(
        List.of("Union's Small Group"),
        List.copyOf(
            names(
                body,
                at(body, "Union", EntityType.ORGANISATION, "gazetteer"),
                at(body, "Small Group", EntityType.ORGANISATION, "model"))));
  }
}
