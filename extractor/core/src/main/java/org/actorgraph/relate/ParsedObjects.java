package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ParsedClauses.Role;

/**
 * Finds whom a verb acts on, read off a parse: its direct or indirect object, a passive's subject,
 * the object of a preposition of partnership ({@code with}, {@code to}, {@code against}, {@code
 * on}) or of a hostile act ({@code at}, {@code into}), and, when the object names no actor, the
 * actor that owns it ({@code A condemned B's attacks}, {@code A struck positions of B}).
 */
final class ParsedObjects {

  /** Prepositions that introduce the partner of a verb or noun. */
  private static final Set<String> PARTNER_PREPS =
      Set.of("with", "to", "against", "on", "toward", "towards", "upon");

  /** CAMEO 17, coerce. */
  private static final String COERCE = "17";

  /** CAMEO 05, diplomatic cooperation: praise, endorse, support. */
  private static final String ENDORSE = "05";

  /** CAMEO 13, threaten. */
  private static final String THREATEN = "13";

  static final Set<String> MEETING_PREPS = Set.of("with", "to", "against");

  /**
   * Nouns of a complaint or a suit lodged with a court or body against another (cameo-general.tsv
   * "bring case|lawsuit|suit|complaint against", codebook 115 Bring lawsuit against).
   */
  private static final Set<String> FILINGS = Set.of("complaint", "case", "lawsuit", "suit");

  /** The preposition that names whom a complaint is against. */
  private static final Set<String> AGAINST = Set.of("against");

  /** The preposition that names what a complaint is about ("over B's export curbs"). */
  private static final Set<String> OVER = Set.of("over");

  /**
   * CAMEO 02 appeal and 03 express intent to cooperate: the roots of nouns of asking and offering
   * ("a request for help", "an offer of assistance"), whose "of" or "for" ({@link #ASKED}) names
   * what is asked for or offered.
   */
  private static final Set<String> ASKING = Set.of("02", "03");

  /** The prepositions after a noun of asking or offering that name what is asked or offered. */
  private static final Set<String> ASKED = Set.of("of", "for");

  /** The preposition of a passive participle's agent. */
  private static final Set<String> BY = Set.of("by");

  /** The preposition after a verb or noun of investing that names the one invested in. */
  private static final Set<String> IN = Set.of("in");

  /**
   * Prepositions that name the target of a hostile act: {@code A fired rockets at B}, {@code A
   * launched missiles into B} (PETRARCH2 CAMEO.verbpatterns FIRE "* ROCKETS AT +", "* ROCKETS INTO
   * +", LAUNCH "* ROCKET INTO +"); after other verbs they name a place or an occasion ({@code met
   * at the summit}, {@code came into office}).
   */
  static final Set<String> HOSTILE_PREPS = Set.of("at", "into");

  /** The prepositions that name the other side of an act: "a complaint against B". */
  private static final Set<String> ACT_PARTNER_PREPS = Set.of("against", "with");

  /** CAMEO 14, protest. */
  private static final String PROTEST = "14";

  /** The prepositions of where a protest stands: "outside" or "at" the mission it targets. */
  private static final Set<String> VIGIL_PREPS = Set.of("outside", "at");

  /** Nouns for a gathering (meeting_nouns.txt): "at the summit" is where an act happened. */
  private static final Set<String> MEETING_NOUNS = WordLists.set("meeting_nouns.txt");

  private final ParsedActors actors;
  private final DependencyTree tree;
  private final ParsedWords words;
  private final ParsedOwners owners;

  ParsedObjects(ParsedActors actors, ParsedWords words, ParsedOwners owners) {
    this.actors = actors;
    this.tree = actors.tree();
    this.words = words;
    this.owners = owners;
  }

  /**
   * {@code A called B's president}: an object predicate with no direct object beside it is the
   * parser's misreading of the direct object (a predicate needs an object to be said of: "called B
   * a threat"); -1 when there is none, or a direct object, or the verb is passive.
   */
  int misreadObject(int v) {
    int p = tree.child(v, "oprd");
    return p < 0 || tree.child(v, "dobj") >= 0 || words.passive(v) ? -1 : p;
  }

  /**
   * The noun the parser hung on the particle of a phrasal verb at {@code v} with no direct object
   * of its own ({@code shot down 29 of 31 drones}: "drones" a noun modifier of "down"); -1 if none.
   */
  private int particleObject(int v) {
    if (tree.child(v, "dobj") >= 0) {
      return -1;
    }
    for (int c : tree.children(v)) {
      if (c > v && tree.label(c).matches("advmod|prt") && PARTICLES.contains(word(c))) {
        for (int n : tree.children(c)) {
          if (n > c && tree.label(n).matches("npadvmod|dobj") && tree.tag(n).startsWith("NN")) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  /**
   * {@code B, which is backed by A}, {@code B, who was arrested by A}: the noun a passive relative
   * clause at {@code v} describes, when its passive subject {@code s} is the relative pronoun; with
   * "which", not a noun after a preposition ({@code a deal with B, which was signed by A} speaks of
   * the deal).
   */
  private Optional<Integer> relativePatient(int s, int v) {
    int n = tree.head(v);
    String w = words.word(s);
    if (!tree.label(v).equals("relcl")
        || n == DependencyTree.ROOT
        || !(w.equals("which") || w.equals("who") || w.equals("that"))
        || w.equals("which") && tree.label(n).equals("pobj")) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /**
   * Verbs of freeing people (CAMEO codebook 0841 "Return, release person(s)"): {@code A released 30
   * B-ian prisoners to C} frees B's people, so B stays a target beside the one they are handed to.
   */
  private static final Set<String> FREEING = Set.of("release", "free", "return");

  /** The particles of phrasal verbs of force whose object the parser may hang on them. */
  private static final Set<String> PARTICLES = Set.of("down", "off", "out");

  /**
   * Whom the verb at {@code v} acts on; {@code between} groups are left to {@link
   * ParsedClauses#between}.
   */
  Role object(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    if (words.passive(v)) {
      int s = tree.child(v, "nsubjpass");
      if (s >= 0) {
        // "a B-ian army base was attacked by A", "B's offer was turned down by A", "B's proposal
        // was welcomed by A": what a hostile act hits or an endorsement approves names its owner,
        // as an object does
        List<ActorPhrase> named = actors.actors(relativePatient(s, v).orElse(s));
        String lemma = tree.lemma(v);
        boolean owned =
            named.isEmpty()
                && (hostile(lemma, v)
                    || CameoLexicon.cameo(lemma).filter(ENDORSE::equals).isPresent());
        out.addAll(owned ? owner(s, v) : named);
      } else if (tree.label(v).equals("acl") && tree.head(v) != DependencyTree.ROOT) {
        int n = tree.head(v);
        out.addAll(actors.actors(n));
        if (out.isEmpty() && tree.label(n).equals("appos") && tree.head(n) != DependencyTree.ROOT) {
          // "the Red Brigade, a militant group fought by A": the apposition's actor
          out.addAll(actors.actors(tree.head(n)));
        }
        if (out.isEmpty() && hostile(tree.lemma(v), v)) {
          // "Sylvanian migrants deported from A": what a hostile act is done to names its owner,
          // as the subject of a passive does; not its own doer ("a move opposed by A", whose
          // owner is whoever the participle's "by" names)
          List<ActorPhrase> doers = words.prepObjects(v, BY);
          owner(n, v).stream().filter(p -> !doers.contains(p)).forEach(out::add);
        }
      }
    }
    if (words.diedIn(v) && tree.child(v, "nsubj") >= 0) {
      // "two B-ian soldiers died in an A attack": those who died were acted on
      out.addAll(actors.actors(tree.child(v, "nsubj")));
    }
    String lemma = tree.lemma(v);
    int misread = misreadObject(v);
    List<ActorPhrase> owned = new ArrayList<>();
    List<ActorPhrase> recipients = new ArrayList<>();
    for (int c : tree.children(v)) {
      String l = c == misread ? "dobj" : tree.label(c);
      if (l.equals("dobj") || l.equals("iobj") || l.equals("dative") && words.isNominal(c)) {
        List<ActorPhrase> named = actors.actors(c);
        if (!l.equals("dobj") || !DependencyWords.topic(lemma)) {
          // "A discussed B with C": B is what is talked about; C, after "with", is the partner
          if (named.isEmpty() && l.equals("dobj")) {
            owned.addAll(owner(c, v));
          }
          out.addAll(named.isEmpty() && l.equals("dobj") ? owner(c, v) : named);
        }
        if (l.equals("dobj")
            && (DependencyWords.invest(lemma) || DependencyWords.invest(word(c)))) {
          // "invested $5 billion in B", "bought a stake in B": the one invested in
          out.addAll(investedIn(c));
        }
        if (l.equals("dobj") && placesOnly(named) && force(v)) {
          // "A shelled Freedonia's Aster region", "A shelled Port Aster": see ParsedActors#struck
          out.addAll(actors.struck(c));
        }
        boolean shared = CameoLexicon.mutual(lemma) || DependencyWords.light(lemma);
        if (shared && !words.passive(v) && tree.child(c, "poss") < 0) {
          List<ActorPhrase> against = filedAgainst(c, v);
          out.addAll(
              against.isEmpty()
                  ? words.prepObjects(c, topical(lemma, c) ? MEETING_PREPS : PARTNER_PREPS)
                  : against);
        } else if (hostile(lemma, v) && named.isEmpty() && !partnered(c)) {
          out.addAll(aimedAt(c));
        }
      } else if ((l.equals("prep") || l.equals("advmod"))
          && VIGIL_PREPS.contains(words.word(c))
          && demonstrate(lemma)) {
        // the parser may take "outside" for an adverb with the mission as its object
        out.addAll(picketed(c, v));
      } else if ((l.equals("prep") || l.equals("dative")) && !stranded(v, c)) {
        // the parser labels "to" after a verb of giving or sending "dative" ("sent troops to B")
        String p = words.word(c);
        // "on" after a verb of force names its target too ("fired on B's positions", "opened fire
        // on its border posts": PETRARCH2 "OPEN FIRE ON")
        boolean aimed =
            (HOSTILE_PREPS.contains(p) && !venue(v, c) || p.equals("on") && force(v))
                && hostile(lemma, v);
        if (p.equals("in") && DependencyWords.invest(lemma)) {
          out.addAll(investedIn(v));
        } else if (PARTNER_PREPS.contains(p) && !(p.equals("to") && sentOff(lemma, v))
            || p.equals("from") && DependencyWords.fromPartner(lemma)
            || aimed) {
          for (int o : words.objectsOf(c)) {
            List<ActorPhrase> named = actors.actors(o);
            out.addAll(named);
            if (named.isEmpty() && p.equals("against") && !force(v)) {
              // "A spoke out against B's offensive": whose act is opposed; not after a verb of
              // force, whose "against" may name a policy ("fought against B's policies")
              out.addAll(possessor(o, v));
            }
            if (p.equals("to") && !aimed) {
              recipients.addAll(named);
            }
            if (placesOnly(named) && aimed) {
              out.addAll(target(o, v));
            } else if (placesOnly(named) && force(v)) {
              // "A fired on southern B": the place's country; not the owner of what a fight
              // is "against", which may be a policy ("fight against the policies of B")
              out.addAll(actors.struck(o));
            }
          }
        }
      }
    }
    if (!recipients.isEmpty() && !FREEING.contains(lemma)) {
      // "A handed over two B-ian suspects to C": what is handed to C goes to C; whose it is
      // (B) is no one the act is aimed at
      owned.removeAll(recipients);
      out.removeAll(owned);
    }
    int hung = particleObject(v);
    if (out.isEmpty() && hung >= 0) {
      // "shot down 29 of 31 drones launched by B": the parser hung the object on the particle
      out.addAll(possessor(hung, v));
    }
    int d = tree.child(v, "dobj");
    if (out.isEmpty() && force(v) && d >= 0 && !stateless(d) && !firedAtStateless(v)) {
      // "A struck targets in B", the parser hanging "in B" on the verb: see possessor
      out.addAll(countriesIn(v, true));
    } else if (out.isEmpty() && threatenedAct(lemma, d)) {
      // "A threatened military intervention in B": the act threatened would hit B
      out.addAll(countriesIn(d, false));
      out.addAll(countriesIn(v, false));
    }
    return new Role(ParsedWords.distinct(out), DIRECT);
  }

  /**
   * {@code A filed a complaint with C over B's export curbs}, {@code A lodged a complaint with C
   * against B}: the actors a complaint or suit at {@code o}, the object of {@code v}, is against,
   * named after "against" or as the owner of what "over" names, on the noun, on the verb or on the
   * name of the court or body it is lodged with (where the parser hangs them); that court or body,
   * after "with", is where it is lodged, not its target (PETRARCH2 LODGE "* COMPLAINT WITH COURT"
   * 115; codebook 115 Bring lawsuit against). Empty for other nouns and when no one is named, where
   * "with" names the addressee ({@code A lodged a complaint with B}).
   */
  private List<ActorPhrase> filedAgainst(int o, int v) {
    if (!FILINGS.contains(tree.lemma(o))) {
      return List.of();
    }
    List<Integer> holders = new ArrayList<>(List.of(o, v));
    for (int c : tree.children(o)) {
      if (tree.label(c).equals("prep") && word(c).equals("with")) {
        holders.addAll(words.objectsOf(c));
      }
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int h : holders) {
      out.addAll(words.prepObjects(h, AGAINST));
      out.addAll(owners.prepOwners(h, OVER));
    }
    return out;
  }

  /**
   * {@code invested $5 billion in B}, {@code a stake in B's carmaker}, {@code invested in B's
   * ports}: the actors "in" names after what is invested at {@code n} (or after the verb), or else
   * the owner of what it names.
   */
  private List<ActorPhrase> investedIn(int n) {
    List<ActorPhrase> in = words.prepObjects(n, IN);
    return in.isEmpty() ? owners.prepOwners(n, IN) : in;
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code A extradited John Roe to B}, {@code A deported two B-ian nationals to C}, {@code B-ian
   * courts sentenced John Roe to ten years}: after a verb of coercion (CAMEO 17, codebook 172 to
   * 174 sentence, arrest, expel or deport) with its object, "to" names where or what its object is
   * sent to, not a partner; the act is done to the object.
   */
  private boolean sentOff(String lemma, int v) {
    return CameoLexicon.cameo(lemma).filter(COERCE::equals).isPresent()
        && (tree.child(v, "dobj") >= 0 || words.passive(v));
  }

  /**
   * {@code A imposed sanctions on B over its arms supplies to C}: a preposition the parser hung on
   * the verb right after the object of another of its prepositions, when that object is a noun of
   * an act, a deed or a thing given, which takes the preposition itself ("supplies to C"); C is not
   * the verb's partner.
   */
  private boolean stranded(int v, int prep) {
    for (int c : tree.children(v)) {
      if (c >= prep || !tree.label(c).equals("prep")) {
        continue;
      }
      for (int o : tree.children(c)) {
        if (tree.label(o).equals("pobj")
            && (o == prep - 1 || tree.dominates(o, prep - 1))
            && tree.tag(o).startsWith("NN")
            && actors.actors(o).isEmpty()
            && takesComplement(o)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean takesComplement(int n) {
    String word = actors.tokens().get(n).text().toLowerCase(Locale.ROOT);
    return CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent()
        || DependencyWords.deed(tree.lemma(n))
        || GivenThings.thing(word);
  }

  /**
   * The owner of the object {@code o} of the verb at {@code v} ({@link #possessor}), or else, for a
   * claim, an offer, a proposal or a demand that points back ({@code B rejected the allegation},
   * {@code B declined the offer}), the one who made it ({@link ParsedActors#claimants}), or for an
   * act that a verb of reacting points back at ({@code C condemned the strikes}) its doer ({@link
   * ParsedActors#doers}); not after a light verb or a verb of receiving or taking part, whose
   * object noun is the act itself.
   */
  /** Whether the verb {@code lemma} states a protest alone (protest, demonstrate, rally). */
  private static boolean demonstrate(String lemma) {
    return CameoLexicon.cameo(lemma).filter(PROTEST::equals).isPresent();
  }

  /**
   * {@code Freedonians protested outside the Sylvanian embassy}: the mission a protest stands
   * outside or at, which stands for its state (clause-words.tsv mission: embassy, consulate), as a
   * protest at a state's seat of government is one against that state; not a square or a building
   * of the protesters' own.
   */
  private List<ActorPhrase> picketed(int c, int v) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int o : words.objectsOf(c)) {
      if (DependencyWords.mission(tree.lemma(o))) {
        out.addAll(actors.actors(o));
        out.addAll(ownerOf(o, v, true));
      }
    }
    return out;
  }

  private List<ActorPhrase> owner(int o, int v) {
    List<ActorPhrase> owned = possessor(o, v);
    String lemma = tree.lemma(v);
    if (!owned.isEmpty()
        || DependencyWords.light(lemma)
        || DependencyWords.receive(lemma)
        || DependencyWords.join(lemma)) {
      return owned;
    }
    List<ActorPhrase> claimed = actors.claimants(o);
    return claimed.isEmpty() && Claimants.reaction(lemma) ? actors.doers(o) : claimed;
  }

  /**
   * {@code the claim, made by B}, {@code the proposal put forward by B}: the actors after "by" of a
   * participle that describes the noun at {@code o}, who did what it names.
   */
  private List<ActorPhrase> participleAgents(int o) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(o)) {
      if (tree.label(c).equals("acl") && tree.tag(c).equals("VBN")) {
        out.addAll(words.prepObjects(c, BY));
      }
    }
    return out;
  }

  /**
   * {@code A condemned B's attacks}, {@code A welcomed B's decision}, {@code A condemned the B
   * attack}, {@code A condemned the attack on C by B}: the owner of an object that names no actor
   * (its possessor, or a name compounded with a noun that names an act, or a country adjective
   * before it ({@code A repelled a B-ian attack}); not before a noun of dissent, as in "the
   * Sylvanian opposition", which may name a group), or the doer after "by" or "from" of an act noun
   * or of a noun for a deed ({@code A rejected a request from B}, {@code A welcomed the decision by
   * B}) or of a participle describing it ({@code A rejected the claim, made by B}), the actor after
   * "of" what a hostile verb acts on ({@code A struck positions of B}), or the sides of an act noun
   * after "between" ({@code A welcomed the agreement between B and C}) is the one the verb's act is
   * aimed at, and so is the country in which an act of force hits it ({@code A struck targets in
   * B}, {@code in southern B}); a person's arrest or detention is aimed at its doer after "by", not
   * at him ({@code A condemned John Roe's arrest by B}); not after a light verb or a verb of
   * receiving or taking part, whose object noun is the act itself.
   */
  private List<ActorPhrase> possessor(int o, int v) {
    String lemma = tree.lemma(v);
    if (DependencyWords.light(lemma)
        || DependencyWords.receive(lemma)
        || DependencyWords.join(lemma)) {
      return List.of();
    }
    return ownerOf(o, v, false);
  }

  /**
   * The owner {@link #possessor} reads, past its test of the verb: what a hostile act is aimed at
   * ({@code aimed}: named after "at", "into" or "on") is hit whatever verb states the act ({@code
   * opened fire on B's posts}, a light verb's), and even when it is a force ({@code fired on its
   * soldiers}).
   */
  private List<ActorPhrase> ownerOf(int o, int v, boolean aimed) {
    String lemma = tree.lemma(v);
    int p = tree.child(o, "poss");
    String word = actors.tokens().get(o).text().toLowerCase(Locale.ROOT);
    boolean coercion =
        CameoLexicon.nounCameo(word, tree.lemma(o)).filter(COERCE::equals).isPresent();
    if (p >= 0 && coercion && !owners.heldPossessors(o).isEmpty()) {
      // "A condemned John Roe's arrest by B": aimed at who arrested him, if named (the parser
      // may hang "by B" on the verb)
      List<ActorPhrase> doers = words.prepObjects(o, Set.of("by"));
      return doers.isEmpty() ? owners.verbAgents(o) : doers;
    }
    if (p >= 0) {
      List<ActorPhrase> named = actors.actors(p);
      if (named.isEmpty()) {
        // "A said B had attacked its power grid": the reporter's
        return hostileCode(lemma, v)
            .flatMap(code -> actors.reportersOwn(p, v, code, aimed))
            .map(List::of)
            .orElse(named);
      }
      return named;
    }
    if (CameoLexicon.nounCameo(word, tree.lemma(o)).isEmpty()) {
      List<ActorPhrase> doers = List.of();
      if (DependencyWords.deed(tree.lemma(o))) {
        doers = words.prepObjects(o, ParsedOwners.SOURCE_PREPS);
        doers = doers.isEmpty() ? participleAgents(o) : doers;
        // "A praised the decision by B", the parser hanging "by B" on the verb
        doers = doers.isEmpty() ? owners.verbAgents(o) : doers;
      }
      if (!doers.isEmpty()) {
        return doers;
      }
      List<ActorPhrase> modifiers = owners.countryModifiers(o, lemma);
      if (!modifiers.isEmpty() || !hostileVerb(lemma)) {
        return modifiers;
      }
      // "A struck positions of B", "A shelled a convoy of B": what a hostile act hits is B's; not
      // a person's ("A arrested supporters of B", "the son of B"), whom the act need not reach
      List<ActorPhrase> hit =
          owners.ofOrHolders(o).stream()
              .filter(a -> a.head().type() != EntityType.PERSON)
              .filter(a -> a.head().type() != EntityType.PLACE)
              .toList();
      if (!hit.isEmpty() || !force(v) || stateless(o)) {
        return hit;
      }
      // "A struck targets in B": force used on what is in a country is used on that country
      return countriesIn(o, true);
    }
    List<ActorPhrase> out = new ArrayList<>();
    boolean dissent = DependencyWords.dissent(word);
    for (int c : tree.children(o)) {
      String l = tree.label(c);
      if (l.equals("compound")) {
        out.addAll(actors.actors(c));
      } else if (c < o && (l.equals("amod") || l.equals("nmod")) && !dissent) {
        // "A repelled a B-ian attack": the country whose act it is
        actors.actor(c).filter(a -> a.head().type() == EntityType.COUNTRY).ifPresent(out::add);
      }
    }
    out.addAll(words.prepObjects(o, ParsedOwners.SOURCE_PREPS));
    if (out.isEmpty() && ASKING.contains(CameoLexicon.nounCameo(word, tree.lemma(o)).orElse(""))) {
      // "A rejected an offer of assistance from B": the parser hangs "from B" on what is offered
      for (int c : tree.children(o)) {
        if (tree.label(c).equals("prep") && ASKED.contains(words.word(c))) {
          words
              .objectsOf(c)
              .forEach(x -> out.addAll(words.prepObjects(x, ParsedOwners.SOURCE_PREPS)));
        }
      }
    }
    if (out.isEmpty()) {
      out.addAll(participleAgents(o));
    }
    if (out.isEmpty()) {
      // "C condemned the expulsion of B-ian diplomats by A", "by A" hung on the verb
      out.addAll(owners.verbAgents(o));
    }
    if (out.isEmpty()) {
      out.addAll(words.prepObjects(o, Set.of("between")));
    }
    return out;
  }

  /**
   * What a hostile act aimed at the noun {@code o} ({@code at}, {@code into}) hits when {@code o}
   * names no actor but a place or nothing: the country of a place ({@code fired rockets at northern
   * Freedonia}, {@code at Freedonia's Aster region}; {@link ParsedActors#countries}; after a verb
   * of force also {@code at Port Aster}, {@link ParsedActors#struck}), else the owner of what it
   * names ({@code fired at Freedonian boats}; {@link #possessor}).
   */
  private List<ActorPhrase> target(int o, int v) {
    List<ActorPhrase> in = force(v) ? actors.struck(o) : actors.countries(o);
    if (!in.isEmpty() || !actors.actors(o).isEmpty()) {
      return in;
    }
    return ownerOf(o, v, true);
  }

  /**
   * {@code Freedonian strikes on northern Sylvania}, {@code the shelling of a plant in Sylvania},
   * {@code Freedonia's offensive in Sylvania}, {@code a drone attack on Port Aster}: the countries
   * that the prepositions {@code preps} of the act noun of force at {@code n} name, or in which the
   * places they name lie ({@link ParsedActors#struck}), or, for a common noun, in which what it
   * names lies ("in" after it).
   */
  List<ActorPhrase> placeCountries(int n, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && preps.contains(words.word(c))) {
        for (int o : words.objectsOf(c)) {
          List<ActorPhrase> in = actors.struck(o);
          out.addAll(in.isEmpty() && actors.actors(o).isEmpty() ? countriesIn(o, true) : in);
        }
      }
    }
    return ParsedWords.distinct(out);
  }

  /**
   * Whether force at {@code v} is aimed ("at", "into", "on") at fighters or dissenters ({@link
   * #stateless}): {@code fired tear gas at protesters in Port Aster} hits them, not the country the
   * town lies in, whose own police may be the ones firing.
   */
  private boolean firedAtStateless(int v) {
    for (int c : tree.children(v)) {
      String p = words.word(c);
      if (tree.label(c).equals("prep") && (HOSTILE_PREPS.contains(p) || p.equals("on"))) {
        for (int o : words.objectsOf(c)) {
          if (stateless(o)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the phrases name places alone, or nothing. */
  static boolean placesOnly(List<ActorPhrase> named) {
    return named.stream().allMatch(a -> a.head().type() == EntityType.PLACE);
  }

  /**
   * Whether the noun at {@code o} names fighters or dissenters apart from any state, by itself or
   * as a body a fighter noun modifies ({@code rebels}, {@code a militant group}, {@code rebel
   * forces}; {@link DependencyWords#fighter}, {@link DependencyWords#fighterHead}, {@link
   * DependencyWords#dissent}): force used on them in a country is not used on that country, whose
   * foes they may be ({@code attacked a militant group in B}); force on their hideouts is.
   */
  private boolean stateless(int o) {
    String w = words.word(o);
    if (DependencyWords.fighter(w) || DependencyWords.dissent(w)) {
      return true;
    }
    return DependencyWords.fighterHead(w)
        && tree.children(o).stream()
            .filter(c -> ParsedWords.NOUN_MODIFIERS.contains(tree.label(c)))
            .map(words::word)
            .anyMatch(DependencyWords::fighter);
  }

  /**
   * The countries named after "in" on token {@code t} ({@code targets in B}, {@code in southern
   * B}): see {@link ParsedActors#countries}; where force is {@code struck}, also those of the
   * places named there ({@code targets in Port Aster}, {@link ParsedActors#struck}) or after "near"
   * ({@code an airbase near Port Aster}: what lies near a town lies in its country; not near a
   * country, as a ship near Freedonia is off its coast).
   */
  private List<ActorPhrase> countriesIn(int t, boolean struck) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("prep") && words.word(c).equals("in")) {
        for (int o : words.objectsOf(c)) {
          out.addAll(struck ? actors.struck(o) : actors.countries(o));
        }
      } else if (struck && tree.label(c).equals("prep") && words.word(c).equals("near")) {
        for (int o : words.objectsOf(c)) {
          out.addAll(actors.nearPlace(o));
        }
      }
    }
    return out;
  }

  /**
   * Whether the verb {@code lemma} threatens (CAMEO 13) an act that its object {@code d} names
   * ({@code threatened military intervention}, {@code threatened strikes}): the country where the
   * act would happen is the one threatened.
   */
  private boolean threatenedAct(String lemma, int d) {
    return d >= 0
        && CameoLexicon.cameo(lemma).filter(THREATEN::equals).isPresent()
        && actors.actors(d).isEmpty()
        && CameoLexicon.nounCameo(
                actors.tokens().get(d).text().toLowerCase(Locale.ROOT), tree.lemma(d))
            .isPresent();
  }

  /**
   * Whether the verb at {@code v} states a use of force, alone or with the words after it: CAMEO 18
   * (assault), 19 (fight) or 20 (unconventional mass violence); {@code launched missiles}, {@code
   * captured the town} (PETRARCH2 SEIZE, CAPTURE "* &TOWN": 192 occupy territory).
   */
  private boolean force(int v) {
    return CameoLexicon.cameoAt(actors.tokens(), v)
        .or(() -> CameoLexicon.cameo(tree.lemma(v)))
        .filter(c -> c.compareTo("18") >= 0)
        .isPresent();
  }

  /** Whether the verb {@code lemma} alone states a hostile act (CAMEO 11-20). */
  private static boolean hostileVerb(String lemma) {
    return CameoLexicon.cameo(lemma).filter(c -> c.compareTo("11") >= 0).isPresent();
  }

  /**
   * Whether a verb states a hostile act (CAMEO 11-20) with the words after it or alone, after which
   * "at" names its target: {@code A fired rockets at B}, {@code A lashed out at B}, {@code A
   * launched missiles at B}, {@code A pushed into B}; after other verbs "at" names a place or an
   * occasion ({@code met at the summit}).
   */
  boolean hostile(String lemma, int v) {
    return hostileCode(lemma, v).isPresent();
  }

  /**
   * Whether "at" or "into" at {@code prep}, hung on the hostile verb at {@code v}, names where the
   * act happened rather than its target: when the act already has its target, as the verb's direct
   * object naming an actor ({@code A accused B at the United Nations}) or as a partner of the verb
   * or of its object ({@code A lodged a complaint against B at the Security Council}), or when it
   * names a gathering ({@code A and B clashed at the Union summit}). After a non-actor object or
   * none it names the target ({@code A fired rockets at B}, {@code A lashed out at B}).
   */
  private boolean venue(int v, int prep) {
    int d = tree.child(v, "dobj");
    return d >= 0 && (!actors.actors(d).isEmpty() || partnered(d))
        || partnered(v)
        || words.objectsOf(prep).stream().anyMatch(this::gathering);
  }

  /** Whether "against" or "with" after the word at {@code t} names an actor. */
  private boolean partnered(int t) {
    return !words.prepObjects(t, ACT_PARTNER_PREPS).isEmpty();
  }

  /** Whether the word at {@code t} names a gathering: "summit", "meeting", "session". */
  private boolean gathering(int t) {
    return MEETING_NOUNS.contains(word(t));
  }

  /**
   * The actors "at" or "into" name after the object at {@code o} of a hostile verb ({@code fired
   * rockets at B}), but for a gathering, which is where it happened ({@link #venue}).
   */
  private List<ActorPhrase> aimedAt(int o) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(o)) {
      if (tree.label(c).equals("prep") && HOSTILE_PREPS.contains(word(c))) {
        for (int g : words.objectsOf(c)) {
          if (!gathering(g)) {
            out.addAll(actors.actors(g));
          }
        }
      }
    }
    return out;
  }

  /** The hostile root (CAMEO 11-20) the verb states with the words after it or alone. */
  private Optional<String> hostileCode(String lemma, int v) {
    return CameoLexicon.cameoAt(actors.tokens(), v)
        .or(() -> CameoLexicon.cameo(lemma))
        .or(() -> CameoLexicon.phraseCameo(lemma, actors.tokens(), v))
        .filter(c -> c.compareTo("11") >= 0);
  }

  /**
   * Whether "on" after the object {@code o} of the verb {@code lemma} names a topic, not a partner:
   * after a reciprocal verb ({@code A and B exchanged views on C}) or a consultation noun ({@code
   * held talks on C}); {@code imposed sanctions on C} names the target.
   */
  private boolean topical(String lemma, int o) {
    String word = actors.tokens().get(o).text().toLowerCase(Locale.ROOT);
    return CameoLexicon.mutual(lemma)
        || DependencyWords.opinion(tree.lemma(o))
        || CameoLexicon.nounCameo(word, tree.lemma(o))
            .filter(DependencyWords.CONSULT::equals)
            .isPresent();
  }
}
