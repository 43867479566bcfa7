package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ParsedClauses.Role;
import org.actorgraph.resolve.Entity;

/**
 * Finds whose a noun is, read off a parse: the actors that own it ({@code A's visit}, {@code
 * Freedonian aid}, {@code a visit by A}), the owner of a thing that names no actor ({@code B's
 * power grid}, {@code B-ian hospitals}, {@code positions held by B}), and the actors or owners that
 * the prepositions of a noun name ({@code imports from B}, {@code support for B's bid}).
 */
final class ParsedOwners {

  /** Prepositions after a noun that introduce its doer: "a visit by A", "criticism from A". */
  static final Set<String> SOURCE_PREPS = Set.of("by", "from");

  /**
   * Verbs of holding ground, whose agent owns what they describe ("positions held by B", "areas
   * controlled by B"; Oxford Learner's hold: to defend something against attack; control). Not
   * "occupied by", which names a force in another's place.
   */
  private static final Set<String> HOLDING = Set.of("hold", "control");

  /**
   * Verbs of owning property, whose agent owns what they describe ("a tanker owned by B", "a ship
   * operated by B"; Oxford Learner's own: to have something that belongs to you; operate: to use or
   * control a machine or make it work), and "belong", whose "to" names the owner ("a ship belonging
   * to B"; belong to: to be owned by somebody): what an act of seizing or force takes or hits is
   * its owner's.
   */
  private static final Set<String> OWNING = Set.of("own", "operate");

  private static final String BELONG = "belong";

  /**
   * Verbs of launching or deploying force, whose doer owns what they describe ("drones launched by
   * B", "missiles fired by B", "a drone that B launched", "troops deployed by B"; Oxford Learner's
   * launch: to send a missile or a satellite into the air; fire; deploy: to move soldiers or
   * weapons into a position where they are ready for military action).
   */
  private static final Set<String> LAUNCHING = Set.of("launch", "fire", "deploy");

  /** The lemma the parser gives a number written as a word or digits ("hundreds", "300"). */
  private static final String NUMERAL = "#crd#";

  /**
   * Nouns of trade whose "of" names the goods traded, whose country is the one the trade is with
   * ({@code A banned imports of B-ian aluminium}): PETRARCH2 CAMEO.verbpatterns.150430.txt, BAN "*
   * IMPORT OF + [163]", "* EXPORTS TO + [160]", and general English for the goods bought or carried
   * (shipment, purchase).
   */
  private static final Set<String> TRADE = Set.of("import", "export", "shipment", "purchase");

  /**
   * Nouns of goods traded whose "from" names the country they come from, which a measure on them is
   * aimed at ({@code tariffs on steel imports from B}, {@code a ban on goods from B}): the nouns of
   * trade above and Oxford Learner's goods ("things for sale"), product, commodity.
   */
  private static final Set<String> GOODS =
      Set.of("import", "export", "shipment", "good", "goods", "product", "commodity");

  /** The preposition after goods that names where they come from. */
  private static final Set<String> ORIGIN = Set.of("from");

  private final ParsedActors actors;
  private final DependencyTree tree;
  private final ParsedWords words;

  ParsedOwners(ParsedActors actors, ParsedWords words) {
    this.actors = actors;
    this.tree = actors.tree();
    this.words = words;
  }

  /**
   * Who owns the noun at {@code n}: {@code A's visit}, {@code Freedonian aid}, {@code by A}, or
   * else the doer the parser hung on the verb whose object it is ({@link #verbAgents}).
   */
  Role owner(int n) {
    List<ActorPhrase> out = modifierOwners(n);
    out.addAll(words.prepObjects(n, SOURCE_PREPS));
    if (out.isEmpty()) {
      out.addAll(verbAgents(n));
    }
    return new Role(ParsedWords.distinct(out), DIRECT);
  }

  /**
   * {@code C condemned the expulsion of B-ian diplomats by A}: the actors after a "by" that the
   * parser hung, after the noun at {@code n}, on the active verb whose direct object that noun is;
   * an active verb has no agent, so "by" names the doer of what its object names.
   */
  List<ActorPhrase> verbAgents(int n) {
    int v = tree.head(n);
    if (v == DependencyTree.ROOT
        || !tree.label(n).equals("dobj")
        || !tree.tag(v).startsWith("VB")
        || words.passive(v)) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      if (c > n && tree.label(c).equals("prep") && words.word(c).equals("by")) {
        for (int o : words.objectsOf(c)) {
          out.addAll(actors.actors(o));
        }
      }
    }
    return out;
  }

  /**
   * {@code John Roe's arrest}, {@code John Roe's detention by A}: the persons whose possessive
   * stands before the noun at {@code n}, which the caller knows names an act of coercion (CAMEO 17:
   * arrest, detention, extradition, sentence); a person does not arrest in his own name, so he is
   * the one it is done to. A state or body before it is its doer ({@code A's arrest of B}).
   */
  List<ActorPhrase> heldPossessors(int n) {
    int p = tree.child(n, "poss");
    if (p < 0) {
      return List.of();
    }
    return actors.actors(p).stream().filter(a -> a.head().type() == EntityType.PERSON).toList();
  }

  /** The actors that modify the noun at {@code n}: {@code A's aid}, {@code Freedonian aid}. */
  List<ActorPhrase> modifierOwners(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      String l = tree.label(c);
      if (l.equals("poss") || l.equals("nmod") || l.equals("compound") || l.equals("amod")) {
        out.addAll(actors.actors(c));
      }
    }
    return out;
  }

  /**
   * {@code B's power grid}, {@code B-ian hospitals}, {@code the positions of B}: the owner of the
   * noun at {@code o} when it names no actor itself (its possessor, the one country an adjective or
   * name before it gives, or else the actors its "of" or a participle of holding names: {@link
   * #ofOrHolders}); none when it names an actor, or fighters or dissenters, who are the state's
   * foes rather than its own ({@code aid to B-ian rebels}, {@code to the B-ian opposition}; {@link
   * DependencyWords#fighter}, {@link DependencyWords#dissent}).
   */
  List<ActorPhrase> owners(int o) {
    String w = words.word(o);
    if (!actors.actors(o).isEmpty() || DependencyWords.fighter(w) || DependencyWords.dissent(w)) {
      return List.of();
    }
    int p = tree.child(o, "poss");
    if (p >= 0) {
      return actors.actors(p);
    }
    List<ActorPhrase> modifiers = countryModifiers(o, "");
    if (modifiers.isEmpty()) {
      modifiers = origin(o);
    }
    return modifiers.isEmpty() && tree.tag(o).startsWith("NN") ? ofOrHolders(o) : modifiers;
  }

  /**
   * {@code steel imports from B}, {@code goods from B}: the actors that "from" names after a noun
   * of goods traded at {@code o}, where the goods come from; none after other nouns.
   */
  private List<ActorPhrase> origin(int o) {
    return GOODS.contains(tree.lemma(o)) || GOODS.contains(words.word(o))
        ? words.prepObjects(o, ORIGIN)
        : List.of();
  }

  /**
   * {@code support for B's bid}, {@code opposition to B's plan}, {@code airstrikes on B-ian
   * territory}: the owners of what the prepositions {@code preps} of {@code t} name (a possessive
   * or one country adjective), when it is no actor itself.
   */
  List<ActorPhrase> prepOwners(int t, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("prep") && preps.contains(words.word(c))) {
        for (int o : words.objectsOf(c)) {
          out.addAll(owners(o));
        }
      }
    }
    return out;
  }

  /**
   * {@code A banned imports from B}, {@code A lifted its ban on B-ian beef}, {@code A lifted
   * sanctions on B's oil sector}, {@code A closed its embassy in B}: the actors that the
   * prepositions {@code preps} of the object noun {@code o} name, or the one owner of what they
   * name (its possessor or one country before it); also after "in" when the object is a diplomatic
   * mission, which stands in the country it is accredited to, and after "of" when it is property
   * ({@code A froze the assets of B}), which "of" names the owner of.
   */
  List<ActorPhrase> objectPartners(int o, Set<String> preps) {
    return objectPartners(o, preps, true);
  }

  /**
   * {@code lifted its ban on wheat exports to B}: with {@code deeper}, a preposition's object that
   * names no actor passes the search on to its own prepositions, once.
   */
  private List<ActorPhrase> objectPartners(int o, Set<String> preps, boolean deeper) {
    List<ActorPhrase> out = new ArrayList<>();
    boolean mission = DependencyWords.mission(tree.lemma(o));
    boolean property = DependencyWords.property(tree.lemma(o));
    for (int c : tree.children(o)) {
      String w = words.word(c);
      if (tree.label(c).equals("prep")
          && (preps.contains(w) || mission && w.equals("in") || property && w.equals("of"))) {
        for (int n : words.objectsOf(c)) {
          List<ActorPhrase> named = actors.actors(n);
          int p = tree.child(n, "poss");
          if (named.isEmpty() && p >= 0) {
            named = actors.actors(p);
          }
          if (named.isEmpty()) {
            named = countryModifiers(n, "");
          }
          if (named.isEmpty() && deeper) {
            named = objectPartners(n, preps, false);
          }
          out.addAll(named);
        }
      }
    }
    return ParsedWords.distinct(out);
  }

  /**
   * {@code positions of B}, {@code positions held by B}, {@code villages controlled by B}, {@code
   * drones launched by B}, {@code a drone that B launched}, {@code a tanker owned by B}, {@code a
   * ship belonging to B}: the actors the "of" of the noun at {@code o} names, the agents of a
   * participle of holding, owning or launching that describes it, the "to" of "belonging" on it,
   * and the subject of a relative clause of launching on it.
   */
  List<ActorPhrase> ofOrHolders(int o) {
    List<ActorPhrase> out = new ArrayList<>(words.prepObjects(o, Set.of("of")));
    for (int c : tree.children(o)) {
      String lemma = tree.lemma(c);
      boolean owning =
          HOLDING.contains(lemma) || OWNING.contains(lemma) || LAUNCHING.contains(lemma);
      if (tree.label(c).equals("acl") && tree.tag(c).equals("VBN") && owning) {
        out.addAll(words.prepObjects(c, Set.of("by")));
      }
      if (tree.label(c).equals("acl") && lemma.equals(BELONG)) {
        out.addAll(words.prepObjects(c, Set.of("to")));
      }
      int s = tree.child(c, "nsubj");
      if (tree.label(c).equals("relcl") && LAUNCHING.contains(lemma) && s >= 0) {
        out.addAll(actors.actors(s));
      }
    }
    return out;
  }

  /**
   * {@code A shot down a B-ian drone}, {@code A released two B-ian fishermen}, {@code A struck B
   * positions}: the countries that an adjective or a name before a noun naming no actor and no act
   * gives as its owner, as {@code B's drone} would, or an armed group named before it, as a name or
   * as the adjective the parser may tag it ({@code Houthi positions}); the word-order reading
   * ({@link ClauseObjects}) already reads a country adjective after the verb so, where no numeral
   * or particle stands between. Not the topic of a consultation ({@code A discussed B-ian debt}:
   * CAMEO 04 is held with someone, not about them), nor a pair ({@code A-B cooperation}), which
   * names no one owner.
   */
  List<ActorPhrase> countryModifiers(int o, String lemma) {
    if (CameoLexicon.cameo(lemma).filter(DependencyWords.CONSULT::equals).isPresent()) {
      return List.of();
    }
    if (tree.tag(o).equals("CD")
        || tree.lemma(o).equals(NUMERAL)
        || DependencyWords.partitive(words.word(o))) {
      // "hundreds of B-ian migrants", "dozens of B-ian migrants": a number, or a noun of one,
      // stands for what its "of" counts
      return ofModifiers(o, lemma);
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(o)) {
      String l = tree.label(c);
      if (c < o && (l.equals("amod") || l.equals("compound") || l.equals("nmod"))) {
        for (ActorPhrase p : actors.actor(c).stream().toList()) {
          if (p.head().type() == EntityType.COUNTRY || armedGroup(p)) {
            out.add(p);
          }
        }
      }
    }
    // "a Freedonian army checkpoint": the adjective and the body it qualifies name one owner
    List<ActorPhrase> owners = distinctHeads(out);
    if (owners.isEmpty() && out.isEmpty() && TRADE.contains(tree.lemma(o))) {
      // "imports of B-ian aluminium": trade stands for the goods it moves
      return ofModifiers(o, lemma);
    }
    return owners.size() == 1 ? owners : List.of();
  }

  /** The country modifiers of what the "of" of {@code o} names, when that is no actor. */
  private List<ActorPhrase> ofModifiers(int o, String lemma) {
    for (int c : tree.children(o)) {
      if (tree.label(c).equals("prep") && words.word(c).equals("of")) {
        for (int n : words.objectsOf(c)) {
          return actors.actors(n).isEmpty() ? countryModifiers(n, lemma) : List.of();
        }
      }
    }
    return List.of();
  }

  /** The phrases with the first of each head entity kept. */
  private static List<ActorPhrase> distinctHeads(List<ActorPhrase> in) {
    Set<Entity> seen = new HashSet<>();
    return in.stream().filter(p -> seen.add(p.head())).toList();
  }

  /**
   * Whether the phrase names an armed group, which holds positions, bases and fighters as a state
   * does: {@code A struck B positions} names B's.
   */
  private static boolean armedGroup(ActorPhrase p) {
    return p.head().subtype().filter(EntitySubtype.ARMED_GROUP.label()::equals).isPresent();
  }
}
