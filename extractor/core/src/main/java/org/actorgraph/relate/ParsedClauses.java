package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;

/**
 * Who does what to whom around a trigger word, read off a dependency parse: the subject of a verb
 * (its {@code nsubj}, the {@code agent} of a passive, or the subject it shares as a conjunct,
 * complement, participle or relative clause; the complement of a passive has the passive's subject:
 * {@code A is expected to visit B}, {@code A was asked by C to meet B}), its object ({@code dobj},
 * a passive's subject, the object of {@code with}/{@code to}/{@code against}/{@code on}), and the
 * owner and partner of a noun ({@code A's visit to B}, {@code talks between A and B}, {@code
 * criticism from A}).
 *
 * <p>This class is the face the interaction readers use; {@link ParsedSubjects}, {@link
 * ParsedObjects} and {@link ParsedOwners} do the reading of subjects, objects and owners, on the
 * small readings of {@link ParsedWords}.
 */
final class ParsedClauses {

  /**
   * The prepositions of closeness and direction after which a show of force names whom it is made
   * to.
   */
  private static final Set<String> NEAR_PREPS =
      Set.of("near", "around", "off", "toward", "towards");

  /**
   * The prepositions of where forces go or are put, and of the state they are put on ("put its
   * forces on alert near B"), whose object the place near the one force is shown to may follow.
   */
  private static final Set<String> DESTINATION_PREPS = Set.of("to", "into", "on");

  /**
   * Prepositions after a noun that introduce its partner: those of a verb, "for", which after a
   * noun names the one it is given to ("support for B", "aid for B", "praise for B"), and "into",
   * which names the one an inquiry or incursion goes into ("an investigation into B").
   */
  private static final Set<String> NOUN_PARTNER_PREPS =
      Set.of("with", "to", "against", "on", "toward", "towards", "upon", "for", "into");

  private final ParsedActors actors;
  private final DependencyTree tree;
  private final ParsedWords words;
  private final ParsedOwners owners;
  private final ParsedSubjects subjects;
  private final ParsedObjects objects;

  ParsedClauses(ParsedActors actors) {
    this.actors = actors;
    this.tree = actors.tree();
    this.words = new ParsedWords(actors);
    this.owners = new ParsedOwners(actors, words);
    this.subjects = new ParsedSubjects(actors, words, owners);
    this.objects = new ParsedObjects(actors, words, owners);
  }

  /** Actors a clause role names, and how sure the reading is. */
  record Role(List<ActorPhrase> phrases, double confidence) {
    static final Role NONE = new Role(List.of(), 0);

    Role {
      phrases = List.copyOf(phrases);
    }

    boolean isEmpty() {
      return phrases.isEmpty();
    }
  }

  /** Whether the verb at {@code v} is passive. */
  boolean passive(int v) {
    return words.passive(v);
  }

  /** Who does what the verb at {@code v} says ({@link ParsedSubjects}). */
  Role subject(int v) {
    return subjects.subject(v);
  }

  /**
   * {@code A said B had violated the truce}, {@code A said talks with B were continuing}: who
   * reports the clause of the verb at {@code v}, the subject of the verb of speech ({@link
   * ReportedQuotes#SPEECH}) it is the complement of; {@link Role#NONE} when no such verb reports
   * it.
   */
  Role reporter(int v) {
    int r = tree.head(v);
    return r == DependencyTree.ROOT
            || !tree.label(v).equals("ccomp")
            || !ReportedQuotes.SPEECH.contains(tree.lemma(r))
        ? Role.NONE
        : subject(r);
  }

  /**
   * The object predicate of the verb at {@code v} that the parser read for its direct object; -1 if
   * none ({@link ParsedObjects#misreadObject}).
   */
  int misreadObject(int v) {
    return objects.misreadObject(v);
  }

  /**
   * Whom the verb at {@code v} acts on ({@link ParsedObjects}); {@code between} groups are left to
   * {@link #between}.
   */
  Role object(int v) {
    return objects.object(v);
  }

  /**
   * The countries an act of force that the noun at {@code n} names is used on through the places
   * after its prepositions {@code preps} ({@link ParsedObjects#placeCountries}).
   */
  List<ActorPhrase> placeCountries(int n, Set<String> preps) {
    return objects.placeCountries(n, preps);
  }

  /**
   * Whether the verb {@code lemma} at {@code v} states a hostile act, after which "at" names its
   * target ({@link ParsedObjects#hostile}).
   */
  boolean hostile(String lemma, int v) {
    return objects.hostile(lemma, v);
  }

  /** Who owns the noun at {@code n}: {@code A's visit}, {@code Freedonian aid}, {@code by A}. */
  Role owner(int n) {
    return owners.owner(n);
  }

  /** The actors that modify the noun at {@code n}: {@code A's aid}, {@code Freedonian aid}. */
  List<ActorPhrase> modifierOwners(int n) {
    return owners.modifierOwners(n);
  }

  /**
   * The owner of the noun at {@code o} when it names no actor itself ({@link ParsedOwners#owners}).
   */
  List<ActorPhrase> owners(int o) {
    return owners.owners(o);
  }

  /**
   * The owners of what the prepositions {@code preps} of {@code t} name, when it is no actor itself
   * ({@link ParsedOwners#prepOwners}).
   */
  List<ActorPhrase> prepOwners(int t, Set<String> preps) {
    return owners.prepOwners(t, preps);
  }

  /**
   * The actors, or the one owner of what they name, that the prepositions {@code preps} of the
   * object noun {@code o} name ({@link ParsedOwners#objectPartners}).
   */
  List<ActorPhrase> objectPartners(int o, Set<String> preps) {
    return owners.objectPartners(o, preps);
  }

  /** The actors of the prepositions {@code preps} attached to {@code t}. */
  List<ActorPhrase> prepObjects(int t, Set<String> preps) {
    return words.prepObjects(t, preps);
  }

  /**
   * {@code A demanded that B pay compensation}: the actors that are the subject of a clause with
   * "that" which the verb at {@code v} governs.
   */
  List<ActorPhrase> thatSubjects(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      int m = tree.child(c, "mark");
      int s = tree.child(c, "nsubj");
      if (tree.label(c).equals("ccomp") && m >= 0 && words.word(m).equals("that") && s >= 0) {
        out.addAll(actors.actors(s));
      }
    }
    return out;
  }

  /**
   * {@code A deployed troops to the border with B}, {@code A massed troops on the B-ian border}:
   * the country across a border that a preposition of the verb at {@code v} or of its object names
   * (the one "with" names, or the border's one country owner); the parser labels "to" after a verb
   * of sending "dative" ({@code sent tanks to its border with B}).
   */
  List<ActorPhrase> acrossBorder(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(List.of(v));
    int d = tree.child(v, "dobj");
    if (d >= 0) {
      heads.add(d);
    }
    for (int h : heads) {
      for (int c : tree.children(h)) {
        if (!tree.label(c).equals("prep") && !tree.label(c).equals("dative")) {
          continue;
        }
        for (int o : words.objectsOf(c)) {
          if (DependencyWords.border(tree.lemma(o))) {
            out.addAll(words.prepObjects(o, Set.of("with")));
            out.addAll(owners.countryModifiers(o, ""));
            int p = tree.child(o, "poss");
            if (p >= 0) {
              out.addAll(actors.actors(p));
            }
          }
        }
      }
    }
    return ParsedWords.distinct(out);
  }

  /**
   * {@code A held drills near B}, {@code A staged exercises off B's coast}, {@code around the
   * island of B}, {@code A sent warships to waters near B}, {@code A sent jets and warships toward
   * B}: the actors that "near", "around", "off" or "toward" name after the verb at {@code v}, its
   * object or the object's conjuncts, or after where they go ("to", "into") or are put ("on":
   * {@code A put its forces on alert near B}), or the one owner of what they name (the one a show
   * of force is made to).
   */
  List<ActorPhrase> near(int v) {
    List<Integer> places = new ArrayList<>(List.of(v));
    int d = tree.child(v, "dobj");
    if (d >= 0) {
      places.add(d);
      places.addAll(tree.children(d).stream().filter(c -> tree.label(c).equals("conj")).toList());
    }
    for (int h : List.copyOf(places)) {
      for (int c : tree.children(h)) {
        String l = tree.label(c);
        if ((l.equals("prep") || l.equals("dative")) && DESTINATION_PREPS.contains(words.word(c))) {
          places.addAll(words.objectsOf(c));
        }
      }
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int h : places) {
      out.addAll(words.prepObjects(h, NEAR_PREPS));
      out.addAll(owners.prepOwners(h, NEAR_PREPS));
    }
    return ParsedWords.distinct(out);
  }

  /** The actors after "between" or "among" attached to {@code t}: they act on each other. */
  List<ActorPhrase> between(int t) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      String w = words.word(c);
      if (tree.label(c).equals("prep") && (w.equals("between") || w.equals("among"))) {
        for (int o : words.objectsOf(c)) {
          out.addAll(actors.actors(o));
          strandedConjunct(o).ifPresent(out::add);
        }
      }
    }
    return ParsedWords.distinct(out);
  }

  /**
   * {@code fighting between the B-ian army and the C has killed thousands}: the actor right after
   * "and" when the parser left the conjunction at {@code o} without its second conjunct (it made C
   * the subject of the main verb); "between" takes two sides, so the word order gives the other.
   */
  private Optional<ActorPhrase> strandedConjunct(int o) {
    int cc = tree.child(o, "cc");
    if (cc < 0 || !words.word(cc).equals("and") || tree.child(o, "conj") >= 0) {
      return Optional.empty();
    }
    return actors.startingAt(cc + 1);
  }

  /**
   * The partner of the noun at {@code n}: {@code visit to B}, {@code sanctions on B}, {@code
   * investment in B} (after a noun of investing); after a meeting noun, "on" names the topic
   * ({@code talks on Freedonia}), not a partner.
   */
  Role partner(int n, boolean meeting) {
    List<ActorPhrase> out =
        new ArrayList<>(
            words.prepObjects(n, meeting ? ParsedObjects.MEETING_PREPS : NOUN_PARTNER_PREPS));
    if (DependencyWords.invest(words.word(n))) {
      // "A's investment in B": the one invested in
      out.addAll(words.prepObjects(n, Set.of("in")));
    }
    return new Role(ParsedWords.distinct(out), DIRECT);
  }

  /**
   * {@code the arrest of two B-ian nationals}: the one country that an adjective or name before
   * what {@code of} after the noun at {@code n} names gives as its owner, when that names no actor
   * ({@link ParsedOwners#countryModifiers}).
   */
  List<ActorPhrase> ofCountryModifiers(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && words.word(c).equals("of")) {
        for (int o : words.objectsOf(c)) {
          out.addAll(owners.countryModifiers(o, tree.lemma(n)));
        }
      }
    }
    return ParsedWords.distinct(out);
  }

  /**
   * {@code John Roe's arrest}, {@code John Roe's detention by A}: the persons whose possessive
   * stands before the noun of coercion at {@code n} ({@link ParsedOwners#heldPossessors}).
   */
  List<ActorPhrase> heldPossessors(int n) {
    return owners.heldPossessors(n);
  }

  /** The actors of {@code of} after the noun at {@code n}. */
  List<ActorPhrase> ofActors(int n) {
    return words.prepObjects(n, Set.of("of"));
  }
}
