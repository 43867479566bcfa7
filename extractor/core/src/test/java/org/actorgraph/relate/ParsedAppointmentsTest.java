package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Appointments read off the parse, against the word-order reading of the same sentences. */
class ParsedAppointmentsTest {

  private static final RoleLexicon ROLES = new GazetteerRoleLexicon(Gazetteer.standard());

  private static Set<String> read(String text, boolean parse) {
    ResolvedArticle article = AppointmentsTest.world().resolve(text);
    Set<String> out = new TreeSet<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<Appointments.Appointment> found =
          parse
              ? ParsedAppointments.find(ROLES, sa, Nlp4jDependencyParser.standard().parse(s))
              : Appointments.find(ROLES, sa);
      for (Appointments.Appointment a : found) {
        out.add(
            a.person().entity().label()
                + " "
                + a.role().name()
                + " "
                + a.status()
                + " of "
                + a.owner().map(e -> e.label()).orElse("-")
                + " by "
                + a.appointer().map(l -> l.entity().label()).orElse("-"));
      }
    }
    return out;
  }

  @Test
  void bothReadingsAgreeOnTheSimpleForms() {
    List<String> simple =
        List.of(
            "Chile's President John Roe appointed Jane Doe as defence minister.",
            "Kenya's President John Roe named Jane Doe foreign minister.",
            "Jane Doe was appointed defence minister by John Roe.",
            "Peru's parliament elected Jane Doe as speaker.",
            "Jane Doe, who was appointed Peru's interior minister in 2020, resigned.",
            "Chile's President John Roe will appoint Jane Doe as defence minister.",
            "Chile appointed Jane Doe to the post of foreign minister.",
            "John Roe named Jane Doe foreign minister of Peru.");
    for (String text : simple) {
      Set<String> words = read(text, false);
      assertEquals(1, words.size(), text + ": " + words);
      assertEquals(words, read(text, true), text);
    }
  }

  @Test
  void theParseReachesPastModifiersWordOrderStopsAt() {
    String text =
        "Chile's President John Roe, who took office in March, on Monday appointed Jane Doe as"
            + " defence minister.";
    assertEquals(Set.of("Jane Doe defence minister CURRENT of - by -"), read(text, false));
    assertEquals(Set.of("Jane Doe defence minister CURRENT of - by John Roe"), read(text, true));
    Set<String> later = read("Peru appointed Jane Doe on Monday as foreign minister.", true);
    assertEquals(Set.of("Jane Doe foreign minister CURRENT of - by Peru"), later);
    Set<String> passive =
        read("Jane Doe was on Monday appointed as the new defence minister of Chile.", true);
    assertTrue(
        passive.contains("Jane Doe defence minister CURRENT of Chile by -"), passive.toString());
  }

  @Test
  void withAParserThePositionFinderGivesTheAppointeeTheAppointersCountry() {
    String text =
        "Chile's President John Roe, who took office in March, on Monday appointed Jane Doe as"
            + " defence minister.";
    ResolvedArticle article = AppointmentsTest.world().resolve(text);
    Set<String> found = new TreeSet<>();
    new PositionFinder(ROLES, java.util.Optional.of(Nlp4jDependencyParser.standard()))
        .find(article).stream()
            .map(f -> (Fact.Position) f)
            .forEach(
                p ->
                    found.add(
                        p.holder().label() + " " + p.role() + " " + p.organisation().label()));
    assertEquals(Set.of("John Roe president Chile", "Jane Doe defence minister Chile"), found);
  }
}
