package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class TitledBodyNamesTest {

  /**
   * The mentions {@link TitledBodyNames} leaves of {@code body} with {@code person} proposed by the
   * title rule and {@code organisation} by the head rule, as type and text.
   */
  private static List<String> joined(String body, String person, String organisation) {
    ProposedMentions p = ProposedMentions.of(body, EntityType.PERSON, "rule:title", person);
    List<Mention> mentions = new ArrayList<>(p.mentions());
    int at = body.indexOf(organisation);
    CharSpan span = new CharSpan(at, at + organisation.length());
    int sentence = p.article().sentenceOf(span).orElseThrow().index();
    mentions.add(
        new Mention(
            span,
            organisation,
            EntityType.ORGANISATION,
            sentence,
            "rule:head",
            0.75,
            Optional.empty()));
    return TitledBodyNames.join(p.article(), mentions).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aTitledNameAndABodyAfterAndAreOneBody() {
    assertEquals(
        List.of("Organisation:King Aster Humanitarian Aid and Relief Centre"),
        joined(
            "The King Aster Humanitarian Aid and Relief Centre signed a deal.",
            "Aster Humanitarian Aid",
            "Relief Centre"));
  }

  @Test
  void aTitledPersonOfTwoWordsAndABodyStayTwo() {
    assertEquals(
        List.of("Person:Jane Roe", "Organisation:Aster Holdings"),
        joined(
            "President Jane Roe and Aster Holdings signed a deal.", "Jane Roe", "Aster Holdings"));
  }
}
