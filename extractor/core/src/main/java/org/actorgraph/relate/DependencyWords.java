package org.actorgraph.relate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word classes that {@link DependencyInteractionFinder} reads from a parse, from the resource
 * {@code clause-words.tsv} (general English; the file says what each class means): light verbs,
 * verbs of receiving, of taking part, of hosting and of good offices, nouns of good offices and of
 * third parties, collective nouns that stand for their owner, and nouns for a border and for a
 * diplomatic mission.
 */
final class DependencyWords {

  /** The category of a consultation (CAMEO 04), which an exchange of views states. */
  static final String CONSULT = "04";

  private static final Map<String, Set<String>> CLASSES = load();

  private DependencyWords() {}

  /** "held talks", "imposed sanctions": the subject owns the object noun. */
  static boolean light(String lemma) {
    return in("light", lemma);
  }

  /** "drew criticism": the subject is the target of the object noun. */
  static boolean receive(String lemma) {
    return in("receive", lemma);
  }

  /**
   * "witnessed the signing", "presided over the signing": a verb by which leaders oversee what
   * their states' envoys do in their presence.
   */
  static boolean oversee(String lemma) {
    return in("oversee", lemma);
  }

  /** "hosted the talks", "attended the summit": the subject takes part in the object meeting. */
  static boolean join(String lemma) {
    return in("join", lemma);
  }

  /** "plans to", "is trying to": a verb of intent, whose complement act is only intended. */
  static boolean intent(String lemma) {
    return in("intent", lemma);
  }

  /**
   * "is due to", "is likely to": an adjective of schedule or foresight, whose complement act is the
   * subject's as planned, in the act's own category.
   */
  static boolean schedule(String lemma) {
    return in("schedule", lemma);
  }

  /**
   * "vowed to", "is committed to": a word of committing oneself, under which force is threatened.
   */
  static boolean pledge(String lemma) {
    return in("pledge", lemma);
  }

  /**
   * "welcomed B's visit": the subject greets the arrival that its object, a visit with no
   * destination named, makes; it hosts the visit.
   */
  static boolean welcome(String lemma) {
    return in("welcome", lemma);
  }

  /** "visit", "trip": a journey made to whom receives it. */
  static boolean visit(String word) {
    return in("visit", word);
  }

  /** "received the envoy": the subject hosts the visitor its object names. */
  static boolean host(String lemma) {
    return in("host", lemma);
  }

  /** "demanded respect from X", "seized the town from X": "from" names the partner. */
  static boolean fromPartner(String lemma) {
    return in("from", lemma);
  }

  /** "the assets of X", "the accounts of X": a noun of property, whose "of" names its owner. */
  static boolean property(String lemma) {
    return in("property", lemma);
  }

  /**
   * "invested $5 billion in X", "an investment in X", "a stake in X": a verb or noun of investing,
   * whose "in" names the one invested in.
   */
  static boolean invest(String word) {
    return in("invest", word);
  }

  /** "was in X", "arrived in X": the subject is in the place its preposition names. */
  static boolean presence(String lemma) {
    return in("presence", lemma);
  }

  /** "under X's auspices", "with X's facilitation": the noun's owner mediates. */
  static boolean mediator(String word) {
    return in("mediator", word);
  }

  /** "brokered a truce between X and Y", "talks chaired by Z": the subject is a third party. */
  static boolean broker(String lemma) {
    return in("broker", lemma);
  }

  /**
   * "an initiative to improve relations between X and Y": a verb that betters what lies between.
   */
  static boolean mend(String lemma) {
    return in("mend", lemma);
  }

  /**
   * "the truce, guaranteed by X", "X, the guarantor of the truce": the verb or noun names a third
   * party that stands surety for an agreement others made.
   */
  static boolean guarantee(String word) {
    return in("guarantee", word);
  }

  /** "acted as mediator between X and Y": the noun names a third party between others. */
  static boolean intermediary(String word) {
    return in("intermediary", word);
  }

  /**
   * "the summit was postponed", "A cancelled the visit", "talks were called off": a verb (with its
   * particle) that says a planned meeting did not take place when planned.
   */
  static boolean callOff(String lemma) {
    return in("calloff", lemma);
  }

  /** "on the sidelines of the summit": a noun for the margins of a gathering. */
  static boolean margin(String word) {
    return in("margin", word);
  }

  /**
   * "its embassy in X": a noun for a diplomatic mission, which stands in the state it is sent to.
   */
  static boolean mission(String lemma) {
    return in("mission", lemma);
  }

  /** "the border with X", "the X-ian frontier": a noun for the line between two states. */
  static boolean border(String lemma) {
    return in("border", lemma);
  }

  /**
   * "Freedonian officials", "the Sylvanian government", "a Freedonian court": the noun stands for
   * its modifier.
   */
  static boolean group(String word) {
    return in("group", word) || judicial(word);
  }

  /**
   * "a Freedonian court", "a court in Freedonia", "Sylvanian prosecutors": a noun for a state's
   * courts and prosecutors, which stands for the state named before it or after "in".
   */
  static boolean judicial(String word) {
    return in("judicial", word);
  }

  /**
   * "denied the accusations", "dismissed the criticism": a verb saying that an accusation is false,
   * whose subject is the one it was aimed at.
   */
  static boolean rebut(String lemma) {
    return in("rebut", lemma);
  }

  /** "the army", "the military": a noun for a state's armed forces, written for its own country. */
  static boolean army(String word) {
    return in("army", word);
  }

  /** "agreed to", "consented to": a verb of agreeing, committing its subject to its complement. */
  static boolean consent(String lemma) {
    return in("consent", lemma);
  }

  /**
   * "prompted B to", "forced B to": a verb whose direct object does the act its infinitive names,
   * which the verb states as done.
   */
  static boolean cause(String lemma) {
    return in("cause", lemma);
  }

  /** "clashed with", "fought with": a verb of fighting that between persons is an argument. */
  static boolean dispute(String lemma) {
    return in("dispute", lemma);
  }

  /** "the bloc", "the alliance": a noun by which news refers back to an international body. */
  static boolean blocDescription(String word) {
    return in("bloc", word);
  }

  /** A hyphen or dash token, as in "Freedonia - backed" (the tokenizer splits it off). */
  static boolean hyphen(String token) {
    return token.equals("-") || token.equals("–") || token.equals("‑");
  }

  /**
   * "a delegation from the Union led by its chairperson": a noun for people sent to act for a state
   * or body, whose sender follows "from" and whose leader follows "led by".
   */
  static boolean delegate(String word) {
    return in("delegate", word);
  }

  /**
   * "the junta in Niger", "the regime in Damascus": a noun for those who rule a state, which "in"
   * and the state (or its capital) follow.
   */
  static boolean ruling(String word) {
    return in("ruling", word);
  }

  /** "a round of talks", "a series of meetings": a noun for a part or set of acts. */
  static boolean partitive(String word) {
    return in("partitive", word);
  }

  /**
   * "claimed responsibility for the attack": a noun of owning a deed, whose "for" names the act
   * that the subject of its verb owns.
   */
  static boolean credit(String word) {
    return in("credit", word);
  }

  /**
   * "granted B's request", "complied with B's demands", "gave in to B's demands": a verb (a phrasal
   * one written verb_particle) by which its subject gives another what that one asked for.
   */
  static boolean accede(String lemma) {
    return in("accede", lemma);
  }

  /** "rejected B's request", "turned down B's request": a verb (or verb_particle) of refusing. */
  static boolean refuse(String lemma) {
    return in("refuse", lemma);
  }

  /** "request", "demand", "call", "pressure": a noun for an appeal or demand made of someone. */
  static boolean asking(String word) {
    return in("asking", word);
  }

  /** "denied backing B", "denied that it backed B": a verb that says its complement is untrue. */
  static boolean denial(String lemma) {
    return in("denial", lemma);
  }

  /** "officials believe A attacked B": the complement act is believed, not known to be done. */
  static boolean belief(String lemma) {
    return in("belief", lemma);
  }

  /** "Houthi rebels", "Hamas militants": the noun stands for the armed group modifying it. */
  static boolean fighter(String word) {
    return in("fighter", word);
  }

  /**
   * "ships", "boats", "planes": a craft noun, which stands for the state modifying it only when an
   * {@link #armed} word qualifies it too ("Chinese coast guard ships", not "a Chinese cargo ship").
   */
  static boolean craft(String word) {
    return in("craft", word);
  }

  /**
   * "naval", "patrol", "fighter": a word that makes the craft noun after it a state's armed one.
   */
  static boolean armed(String word) {
    return in("armed", word);
  }

  /** "a militant group", "rebel forces": a body that a fighter noun before it makes fighters. */
  static boolean fighterHead(String word) {
    return in("fighter-head", word);
  }

  /** "opposition", "dissidents": those who oppose a state from within, not its own. */
  static boolean dissent(String word) {
    return in("dissent", word);
  }

  /**
   * "A and B restored diplomatic relations": a noun for what holds between two parties, which as
   * the object of any verb makes its coordinated subjects act on each other.
   */
  static boolean relational(String lemma) {
    return in("relational", lemma);
  }

  /**
   * "A discussed B with C": a verb of talking about something, whose direct object is the topic and
   * whose partner follows "with".
   */
  static boolean topic(String lemma) {
    return in("topic", lemma);
  }

  /**
   * "B's ambassador was summoned to A's foreign ministry": a verb of calling someone to come, whose
   * passive with no agent names the caller after "to".
   */
  static boolean summon(String lemma) {
    return in("summon", lemma);
  }

  /**
   * "Brazilians deported from the United States", "B was expelled from the Northern Union": a verb
   * of sending someone out of a country or body, whose passive with no agent names the one who
   * sends them out after "from".
   */
  static boolean banish(String lemma) {
    return in("banish", lemma);
  }

  /**
   * "A welcomed the decision by B": a noun for something an actor decided, did or said that names
   * no act of CAMEO itself; its doer after "by" or "from" is the one a verb on it is aimed at.
   */
  static boolean deed(String lemma) {
    return in("deed", lemma);
  }

  /** "Freedonia's prime minister arrived": a noun for a state's official or officials. */
  static boolean official(String word) {
    return in("official", word);
  }

  /** "her country", "his government": a noun for a state a possessive pronoun may give. */
  static boolean ownState(String word) {
    return in("own-state", word);
  }

  /** "his", "her", "its", "their": a possessive determiner (any case). */
  static boolean possessivePronoun(String word) {
    return in("possessive", word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "exchanged views": a noun of opinion that, as the object of a reciprocal verb, makes the clause
   * a consultation.
   */
  static boolean opinion(String lemma) {
    return in("opinion", lemma);
  }

  private static boolean in(String kind, String word) {
    return CLASSES.getOrDefault(kind, Set.of()).contains(word);
  }

  private static Map<String, Set<String>> load() {
    String name = "/org/actorgraph/relate/clause-words.tsv";
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = DependencyWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(name + ":" + n + ": expected class TAB word");
        }
        out.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }
}
