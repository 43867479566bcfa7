package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GivenNames;

/**
 * Chooses one reading where finders disagree, so that no two kept mentions overlap.
 *
 * <p>Design decision: the longer span wins (so "Bank of Korea" beats "Korea"), and on equal spans
 * the more trusted finder wins (gazetteer, then rules, then the statistical model), then the surer
 * one (a known given name's person at 0.6 over the model's own reading of the same words), with one
 * exception: a span the model alone reads as a person never swallows a gazetteer name ("Trump said
 * Israel" tagged as one person keeps "Israel" as the country), since the model's person spans are
 * the ones that most often run on, unless the known name is a person's surname that the span ends
 * with ("Hunter Biden" is not Joe Biden); nor does a model span that runs on from a gazetteer name
 * with "for" ("the International Criminal Court for Jane Doe"), nor one that coordinates a
 * gazetteer country with "and" ("Freedonia and Sylvania" as one organisation), runs on from a
 * party's member noun into a name ("Democrat Jane Doe", {@link PartyMemberFinder}) or joins two
 * known names with a dash ("Freedonia-Sylvania" in "the Freedonia-Sylvania deal"). But a model
 * person of two or three words that starts with a country or place that is also a given name, and
 * holds no other gazetteer name, keeps its name ("Jordan Bardella", "Chad Smith"; {@link
 * #isNamesake}): the model saw the surname the gazetteer does not know; so does one that starts
 * with a capital read as its country and goes on in plain words ("Paris Hilton", not "Paris
 * Saint-Germain"), since a capital standing for its state is not followed by another name. A person
 * the title rule names also beats a model span that runs back from the name into the title ("Africa
 * Jane Roe" from "Minister for Africa Jane Roe"): the rule knows where the title ends.
 */
public final class MentionMerger {

  /** A name word with no hyphen or other mark: "Hilton", not "Saint-Germain". */
  private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private MentionMerger() {}

  static int trust(Mention m) {
    if (m.finder().startsWith("gazetteer")) {
      return 3;
    }
    return m.finder().startsWith("rule") ? 2 : 1;
  }

  /**
   * Merges the proposals, then merges again without the spans a more trusted name evicted: a
   * shorter reading that lost only to an evicted span is heard again ("Jane Doe" inside the model's
   * "Jane Doe of Kenya", which "Kenya" evicts, is a person after all).
   */
  public static List<Mention> merge(List<Mention> proposals) {
    List<Mention> live = new ArrayList<>(proposals);
    while (true) {
      Set<Mention> evicted = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Mention> kept = mergeOnce(live, evicted);
      if (evicted.isEmpty()) {
        return kept;
      }
      live.removeAll(evicted);
    }
  }

  private static List<Mention> mergeOnce(List<Mention> proposals, Set<Mention> evicted) {
    List<Mention> sorted = new ArrayList<>(proposals);
    sorted.sort(
        Comparator.comparingInt((Mention m) -> m.span().length())
            .reversed()
            .thenComparing(Comparator.comparingInt(MentionMerger::trust).reversed())
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparing(Mention::span));
    // kept spans never overlap, so those a candidate overlaps are found by start offset
    List<Mention> known = proposals.stream().filter(m -> trust(m) == 3).toList();
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention candidate : sorted) {
      List<Mention> conflicts = conflicts(kept, candidate);
      if (conflicts.isEmpty()) {
        kept.put(candidate.span().start(), candidate);
      } else if (trust(candidate) == 3 && conflicts.stream().anyMatch(c -> isNamesake(c, known))) {
        continue;
      } else if (trust(candidate) == 3
          && conflicts.stream()
              .allMatch(
                  c ->
                      isModelPerson(c)
                              && !otherBearer(c, candidate)
                              && !nisba(c, candidate)
                              && !demonymSurname(c, candidate, known)
                          || runsOnWithFor(c, candidate)
                          || coordinatesCountry(c, candidate)
                          || opensWithPartyWord(c, candidate)
                          || dashedPair(c, candidate, known))) {
        conflicts.forEach(c -> kept.remove(c.span().start()));
        evicted.addAll(conflicts);
        kept.put(candidate.span().start(), candidate);
      } else if (candidate.finder().equals("rule:title")
          && conflicts.stream().allMatch(c -> endsWithTitled(c, candidate))) {
        conflicts.forEach(c -> kept.remove(c.span().start()));
        evicted.addAll(conflicts);
        kept.put(candidate.span().start(), candidate);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * Whether a model span runs back from a titled person's name into the title before it ("Africa
   * Jane Roe" from "Minister for Africa Jane Roe"): it ends where the name ends and starts earlier.
   */
  private static boolean endsWithTitled(Mention model, Mention titled) {
    return trust(model) == 1
        && model.span().end() == titled.span().end()
        && model.span().start() < titled.span().start();
  }

  private static List<Mention> conflicts(TreeMap<Integer, Mention> kept, Mention candidate) {
    List<Mention> found = new ArrayList<>();
    Map.Entry<Integer, Mention> before = kept.floorEntry(candidate.span().start());
    if (before != null && before.getValue().span().overlaps(candidate.span())) {
      found.add(before.getValue());
    }
    for (Mention m :
        kept.subMap(candidate.span().start(), false, candidate.span().end(), false).values()) {
      if (m.span().overlaps(candidate.span())) {
        found.add(m);
      }
    }
    return found;
  }

  /**
   * Whether a model span starts with a gazetteer name of its type and runs on with "for" ("the
   * International Criminal Court for Jane Doe": a warrant's subject read into the court's name).
   */
  private static boolean runsOnWithFor(Mention model, Mention known) {
    return trust(model) == 1
        && model.type() == known.type()
        && model.span().start() == known.span().start()
        && model.text().startsWith(known.text() + " for ");
  }

  /**
   * Whether a model span runs on from a party's member noun or adjective into the name after it
   * ("Democrat Jane Doe", "Republican Senator John Roe" read as one organisation; {@link
   * PartyMemberFinder}): the party and the person, not one name.
   */
  private static boolean opensWithPartyWord(Mention model, Mention party) {
    return trust(model) == 1
        && party.finder().equals(PartyMemberFinder.FINDER)
        && model.span().start() == party.span().start()
        && model.span().end() > party.span().end();
  }

  /**
   * Whether a model span starts with a gazetteer country and goes on with "and", or ends with "and"
   * and one ("Freedonia and Sylvania" read as one organisation): two names coordinated, not one.
   */
  private static boolean coordinatesCountry(Mention model, Mention known) {
    return trust(model) == 1
        && known.type() == EntityType.COUNTRY
        && (model.span().start() == known.span().start()
                && model.text().startsWith(known.text() + " and ")
            || model.span().end() == known.span().end()
                && model.text().endsWith(" and " + known.text()));
  }

  /**
   * Whether a model span is two known countries or organisations joined by a hyphen or dash, one of
   * them {@code known} ("US-Kenya" in "the US-Kenya deal", "EU-Turkey" in "the EU-Turkey pact"),
   * read as one organisation: the two parties of a pair, as "Freedonia and Sylvania" are. A name
   * the gazetteer knows whole ("Guinea-Bissau") is longer than its parts and wins before this.
   */
  private static boolean dashedPair(Mention model, Mention known, List<Mention> all) {
    if (trust(model) != 1 || !actor(known)) {
      return false;
    }
    int start = model.span().start();
    int end = model.span().end();
    for (Mention other : all) {
      if (other == known || !actor(other)) {
        continue;
      }
      Mention first = known.span().start() < other.span().start() ? known : other;
      Mention second = first == known ? other : known;
      if (first.span().start() == start
          && second.span().end() == end
          && second.span().start() - first.span().end() == 1
          && "-–".indexOf(model.text().charAt(first.span().end() - start)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean actor(Mention m) {
    return m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANISATION;
  }

  /**
   * Whether a known name stands in a person's name as its nisba, after the Arabic article glued by
   * a hyphen ({@code Abdul-Malik al-Houthi}, {@code Ahmed al-Iraqi}): a family name, not the group
   * or place.
   */
  private static boolean nisba(Mention person, Mention known) {
    int at = known.span().start() - person.span().start();
    if (at < 2 || known.span().end() > person.span().end() || person.text().charAt(at - 1) != '-') {
      return false;
    }
    String before = person.text().substring(0, at - 1);
    int space = before.lastIndexOf(' ');
    return ArabicArticles.isArticle(before.substring(space + 1));
  }

  /**
   * Whether a person's name of two or three words ends with a demonym the gazetteer reads as its
   * country, with no other gazetteer name in it: a surname ({@code Volker Turk}, {@code Anna
   * French}), not the country ({@code Bosnian Serb} holds a second demonym and stays two names). A
   * demonym in "-ese" is no surname ({@code Han Chinese} names a people).
   */
  private static boolean demonymSurname(Mention person, Mention known, List<Mention> all) {
    if (!known.finder().equals("gazetteer:demonym")
        || known.text().endsWith("ese")
        || person.span().end() != known.span().end()
        || person.span().start() >= known.span().start()) {
      return false;
    }
    int words = person.text().split(" ").length;
    return words >= 2
        && words <= 3
        && all.stream().noneMatch(k -> k != known && k.span().overlaps(person.span()));
  }

  /**
   * Whether a person span is another bearer of a known person's surname: {@code Hunter Biden} ends
   * with the gazetteer's "Biden" (Joe Biden), and a given name stands before it.
   */
  private static boolean otherBearer(Mention person, Mention known) {
    return known.type() == EntityType.PERSON
        && person.span().end() == known.span().end()
        && person.span().start() < known.span().start();
  }

  /**
   * Whether a model person is a name of two or three words whose first word alone is a gazetteer
   * country or place that is also a given name ({@link GivenNames}), with no other gazetteer name
   * inside it and no organisation head at its end ("Jordan Bardella"; not "Georgia Armenia", nor
   * "Israel Defense Forces").
   */
  static boolean isNamesake(Mention model, List<Mention> known) {
    if (!isModelPerson(model)) {
      return false;
    }
    String[] words = model.text().split(" ");
    if (words.length < 2
        || words.length > 3
        || RuleMentionFinder.isOrganisationHead(words[words.length - 1])) {
      return false;
    }
    boolean first = false;
    for (Mention k : known) {
      if (!k.span().overlaps(model.span())) {
        continue;
      }
      if (k.span().start() != model.span().start()
          || !(k.type() == EntityType.COUNTRY || k.type() == EntityType.PLACE)
          || !k.text().equals(words[0])
          || !GivenNames.isGivenName(words[0]) && !capitalBeforeSurname(k, words)) {
        return false;
      }
      first = true;
    }
    return first;
  }

  /**
   * Whether a capital read as its country opens a person's name of plain words ("Paris Hilton"),
   * not a club's or firm's ("Paris Saint-Germain").
   */
  private static boolean capitalBeforeSurname(Mention capital, String[] words) {
    if (!capital.finder().equals(GazetteerMentionFinder.CAPITAL)) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!PLAIN_NAME.matcher(words[i]).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isModelPerson(Mention m) {
    return trust(m) == 1 && m.type() == EntityType.PERSON;
  }
}
