package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ParsedClauses.Role;
import org.actorgraph.resolve.Entity;

/**
 * Finds the interactions one parsed sentence states (see {@link InteractionFinder}): a verb trigger
 * with its subject (or passive agent) and object, coordinated actors pairing with each other, a
 * noun trigger with its owner and partner ({@code A's visit to B}, {@code talks between A and B},
 * {@code aid to B} after {@code A pledged}, {@code criticism from A} that {@code B drew}), and
 * those who host, chair or attend a meeting with its participants (and with the organisation that
 * holds it), a visitor with the country they come to, third parties with the sides they mediate or
 * broker between ({@link GoodOffices}), those who hold a joint act together ({@link JointActs}),
 * those who give, offer or receive aid ({@link Transfers}), announced acts of force read as threats
 * ({@link Threats}) and stances stated by a noun said of an actor ({@link Stances}). A person is
 * never paired with a country or body they hold a position in, nor, through their title, with their
 * own country, nor in a group with another office holder of their country; a place (the venue) is
 * never an actor.
 */
final class DependencyInteractionFinder {

  /** Verbs of saying, whose circumstances ("in an interview with C") are no shared act. */

  /** Prepositions after an act noun that name the one it is given to: "support for B". */
  private static final Set<String> ACT_PARTNER_PREPS = Set.of("for", "of", "to");

  /**
   * Prepositions after the object of a verb whose category its object states ({@code recalled its
   * ambassador from B}, {@code cut ties with B}) that name the one it is aimed at.
   */
  private static final Set<String> OBJECT_PARTNER_PREPS =
      Set.of("with", "to", "from", "against", "on");

  /** The preposition after an agreement's noun that names its other party: "the deal with B". */
  private static final Set<String> AGREEMENT_PARTNER_PREPS = Set.of("with");

  /**
   * Prepositions after an act noun whose object's owner the act is aimed at when the object names
   * no actor: {@code support for B's bid}, {@code opposition to B's plan}, {@code sanctions on B's
   * oil}; not after a meeting ({@code talks on B's future}), nor "of", whose object is what the act
   * is done to ({@code the destruction of B's heritage} by C).
   */
  private static final Set<String> OWNED_PARTNER_PREPS =
      Set.of("for", "to", "against", "on", "into");

  /**
   * The preposition that names whom a retaliation is aimed at ("retaliate against B"); "respond to
   * B" only answers B.
   */
  private static final Set<String> RETALIATION_PREPS = Set.of("against");

  /** The roots of cooperation that a verb of intent turns into {@link #INTENT}. */
  private static final Set<String> COOPERATION = Set.of("04", "05", "06", "07", "08");

  /**
   * CAMEO 13, threaten: what a verb of threatening governs is only threatened (codebook 130-139).
   */
  private static final String THREATEN = "13";

  /**
   * CAMEO 02 appeal and 10 demand: {@code A demanded that B pay} asks it of the subject of the
   * clause that states what is asked.
   */
  private static final Set<String> DEMANDS = Set.of("02", "10");

  /**
   * Prepositions of a verb whose object is the subject's own forces or envoys that name whom the
   * act is toward or away from ({@code withdrew its troops from B}, {@code mobilised its army
   * against B}).
   */
  private static final Set<String> OWN_FORCES_PREPS = Set.of("from", "to", "against", "into");

  /** CAMEO 15, exhibit force posture. */
  private static final String SHOW_OF_FORCE = "15";

  /** CAMEO 17, coerce: the first root of harm done by force. */
  private static final String COERCE = "17";

  /** CAMEO 19, fight. */
  private static final String FIGHT = "19";

  /** The preposition that names the country a weapon is fired over ({@link #overflown}). */
  private static final Set<String> OVER = Set.of("over");

  /** The prepositions after which a hostile act names whom it is aimed at ("strikes on B"). */
  private static final Set<String> AIMED_PREPS = Set.of("on", "against");

  /** CAMEO 03, express intent to cooperate. */
  private static final String INTENT = "03";

  /** How far {@link #adjunctHead} climbs. */
  private static final int ADJUNCT_STEPS = 3;

  private final SentenceActors sa;
  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final Map<Entity, Set<Entity>> affiliations;
  private final GoodOffices offices;
  private final JointActs joint;
  private final Visits visits;
  private final Transfers transfers;
  private final Threats threats;
  private final Stances stances;
  private final List<Transfers.Transfer> given = new ArrayList<>();
  private final List<Fact.Interaction> threatened = new ArrayList<>();

  /**
   * @param sa the sentence and its mentions
   * @param actors the sentence's actors, read off its parse
   * @param affiliations for each person, the countries and bodies they hold a position in
   */
  DependencyInteractionFinder(
      SentenceActors sa, ParsedActors actors, Map<Entity, Set<Entity>> affiliations) {
    this.sa = sa;
    this.actors = actors;
    this.clauses = new ParsedClauses(actors);
    this.tree = actors.tree();
    this.tokens = sa.tokens();
    this.affiliations = affiliations;
    this.offices = new GoodOffices(actors, clauses);
    this.joint = new JointActs(actors, clauses);
    this.visits = new Visits(actors, clauses, this::offices);
    this.transfers = new Transfers(actors, clauses);
    this.threats = new Threats(actors, clauses);
    this.stances = new Stances(actors, clauses);
  }

  List<Fact.Interaction> find() {
    List<Fact.Interaction> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      int i = k;
      if (sa.negatedOrHypothetical(i) && !conditionalThreat(i)
          || quoted(i)
          || tree.child(i, "neg") >= 0
          || denied(i)) {
        continue;
      }
      String tag = tree.tag(i);
      if (tag.startsWith("VB")) {
        hyphenAgent(i).ifPresent(agent -> compoundAct(out, i, agent));
        if (threats.warnsOfHarm(i)) {
          harm(out, i);
        } else if (threats.retaliates(i)) {
          retaliation(out, i);
        } else if (transfers.transfers(i)) {
          for (Transfers.Transfer t : transfers.at(i)) {
            add(out, t.giver(), t.recipient(), intended(i, t.cameo()), i, t.confidence());
            if (agreedTo(i, t.cameo())) {
              add(out, t.giver(), t.recipient(), INTENT, i, t.confidence());
            }
            given.add(t);
          }
        } else if (!modifiesTriggerNoun(i) && !lightOverAct(i)) {
          verbTrigger(i).ifPresent(c -> verb(out, i, intendedOrThreatened(i, c)));
          verbTrigger(i).filter(c -> agreedTo(i, c)).ifPresent(c -> verb(out, i, INTENT));
        }
        if (DependencyWords.presence(tree.lemma(i)) || meets(i)) {
          for (Visits.Visit visit : visits.at(i)) {
            add(out, visit.visitor(), visit.country(), DependencyWords.CONSULT, i, INDIRECT);
          }
        }
        if (DependencyWords.broker(tree.lemma(i))) {
          offer(out, offices.brokered(i));
        }
      } else if (tag.startsWith("NN")) {
        String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
        if (!transfers.givenByVerb(i)) {
          GivenThings.act(word)
              .or(() -> CameoLexicon.nounCameo(modifier(i), word, tree.lemma(i)))
              .ifPresent(c -> noun(out, i, c));
        }
        if (DependencyWords.mediator(word)) {
          offer(out, offices.mediation(i));
        }
        if (DependencyWords.intermediary(word)) {
          offer(out, offices.intermediary(i));
        }
        joint.category(i).ifPresent(c -> together(out, joint.pairs(i, c)));
        for (Stances.Held h : stances.at(i)) {
          add(out, h.holder(), h.target(), h.cameo(), i, INDIRECT);
        }
      }
    }
    return out;
  }

  /**
   * Whether an interaction of the word-order reading ({@link Clause}) is a transfer of aid that
   * {@link #find} read with another category: {@code A provided B with aid} is 07, not provide's
   * own 06. Call after {@link #find}.
   */
  boolean retypes(Fact.Interaction f) {
    for (Fact.Interaction g : threatened) {
      boolean pair =
          f.source().equals(g.source()) && f.target().equals(g.target())
              || f.source().equals(g.target()) && f.target().equals(g.source());
      if (pair && f.trigger().equals(g.trigger()) && !f.cameo().equals(THREATEN)) {
        return true;
      }
    }
    for (Transfers.Transfer t : given) {
      Entity g = t.giver().head();
      Entity r = t.recipient().head();
      boolean pair =
          f.source().equals(g) && f.target().equals(r)
              || f.source().equals(r) && f.target().equals(g);
      if (pair
          && transfers.lemmas(t.trigger()).contains(f.trigger())
          && !f.cameo().equals(intended(t.trigger(), t.cameo()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} is the complement of a verb of denial ({@code A denied backing
   * B}, {@code A denied that it backed B}): the act is said not to have happened.
   */
  private boolean denied(int v) {
    int h = tree.head(v);
    String l = tree.label(v);
    return h != DependencyTree.ROOT
        && (l.equals("xcomp") || l.equals("ccomp") || l.equals("pcomp") || l.equals("dobj"))
        && DependencyWords.denial(tree.lemma(h));
  }

  /**
   * Whether the word at {@code i} is inside a quotation the article cites, and so someone's speech
   * rather than the report: a quotation that opens right at a verb ({@code A and B "exchanged views
   * on ..."}) only quotes the words of a predicate whose subject the report names outside it, so
   * that verb is read.
   */
  private boolean quoted(int i) {
    if (!Clause.inQuote(tokens, i)) {
      return false;
    }
    boolean opensHere = i > 0 && isQuoteMark(i - 1) && !Clause.inQuote(tokens, i - 1);
    return !(opensHere && tree.tag(i).startsWith("VB"));
  }

  private boolean isQuoteMark(int i) {
    String w = tokens.get(i).text();
    return w.equals("\u201c") || w.equals("\"");
  }

  /**
   * Whether {@code v} is a participle modifying a noun that names an interaction itself ("the
   * sanctions imposed by A on B", "the aid sent by A"): that noun's category is the event, and the
   * participle adds none of its own.
   */
  private boolean modifiesTriggerNoun(int v) {
    int n = tree.head(v);
    if (!tree.label(v).equals("acl") || n == DependencyTree.ROOT || !tree.tag(n).startsWith("NN")) {
      return false;
    }
    String word = tokens.get(n).text().toLowerCase(java.util.Locale.ROOT);
    return CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent();
  }

  /**
   * Whether {@code v} is a light verb whose object names an act ("increased cooperation with B",
   * "imposed sanctions on B"): the noun states the category, and the verb adds none of its own.
   */
  private boolean lightOverAct(int v) {
    int o = tree.child(v, "dobj");
    return o >= 0 && DependencyWords.light(tree.lemma(v)) && actNoun(o);
  }

  /**
   * The category of an act of cooperation (CAMEO 04-08) that a verb of intent governs ({@code A
   * plans to meet B}, {@code A is trying to increase cooperation with B}): the intent to cooperate,
   * 03 (codebook 030-039); any act that a verb of threatening governs ({@code A threatened to
   * impose sanctions on B}) is a threat, 13 (codebook 130-139); {@code cameo} otherwise.
   */
  private String intended(int v, String cameo) {
    if (threats.threatens(v, cameo)) {
      return THREATEN;
    }
    int h = tree.head(v);
    if (h == DependencyTree.ROOT || !tree.label(v).equals("xcomp")) {
      return cameo;
    }
    if (CameoLexicon.cameo(tree.lemma(h)).filter(THREATEN::equals).isPresent()) {
      return THREATEN;
    }
    return COOPERATION.contains(cameo) && DependencyWords.intent(tree.lemma(h)) ? INTENT : cameo;
  }

  /**
   * Whether the act of cooperation {@code cameo} at {@code v} is one a verb of agreeing governs
   * ({@code A agreed to send jets to B}, {@code A and B agreed to hold talks}): the subject commits
   * to the act, which is both the act and the intent to do it (CAMEO 03, codebook 030 "agree to").
   */
  private boolean agreedTo(int v, String cameo) {
    int h = tree.head(v);
    return h != DependencyTree.ROOT
        && tree.label(v).equals("xcomp")
        && COOPERATION.contains(cameo)
        && DependencyWords.consent(tree.lemma(h));
  }

  /**
   * {@code A's threat to cut ties with B}: an act that an infinitive gives as the content of a noun
   * of threat (CAMEO 13) is only threatened; {@code cameo} otherwise.
   */
  private String threatContent(int v, String cameo) {
    int h = tree.head(v);
    if (h == DependencyTree.ROOT || !tree.label(v).equals("acl") || !tree.tag(h).startsWith("NN")) {
      return cameo;
    }
    return Threats.is("threat", tree.lemma(h))
            || CameoLexicon.nounCameo(word(h), tree.lemma(h)).filter(THREATEN::equals).isPresent()
        ? THREATEN
        : cameo;
  }

  private String intendedOrThreatened(int v, String cameo) {
    String c = intended(v, cameo);
    return c.equals(cameo) ? threatContent(v, cameo) : c;
  }

  /**
   * Whether the word at {@code i}, hypothetical by its modal or condition ({@code A would strike B
   * if}), states an act that {@link Threats} reads as a threat: such a statement is a threat made,
   * not a hypothesis.
   */
  private boolean conditionalThreat(int i) {
    String lemma = tree.lemma(i);
    Optional<String> cameo;
    if (tree.tag(i).startsWith("VB")) {
      cameo =
          CameoLexicon.cameo(lemma).isPresent()
              ? CameoLexicon.cameoAt(tokens, i)
              : CameoLexicon.phraseCameo(lemma, tokens, i);
    } else if (tree.tag(i).startsWith("NN")) {
      cameo = CameoLexicon.nounCameo(word(i), lemma);
    } else {
      return false;
    }
    return threats.onlyConditional(i, cameo.orElse(""));
  }

  /**
   * {@code A said it would retaliate against B}, {@code A would respond if B went ahead}: an
   * announced answer to a harm threatens whom it is against, or whoever its condition names.
   */
  private void retaliation(List<Fact.Interaction> out, int v) {
    Role subject = clauses.subject(v);
    List<ActorPhrase> targets = clauses.prepObjects(v, RETALIATION_PREPS);
    double conf = subject.confidence();
    if (targets.isEmpty()) {
      targets = threats.provokers(v);
      conf = INDIRECT;
    }
    for (ActorPhrase s : subject.phrases()) {
      for (ActorPhrase o : targets) {
        add(out, s, o, THREATEN, v, conf);
      }
    }
  }

  /**
   * {@code A warned that B would face consequences}: the warner threatens the one the verb of
   * suffering at {@code v} says will suffer.
   */
  private void harm(List<Fact.Interaction> out, int v) {
    Role warner = clauses.subject(tree.head(v));
    for (ActorPhrase s : warner.phrases()) {
      for (ActorPhrase o : clauses.subject(v).phrases()) {
        add(out, s, o, THREATEN, tree.head(v), INDIRECT);
      }
    }
  }

  private Optional<String> verbTrigger(int v) {
    String lemma = tree.lemma(v);
    if (DependencyWords.host(lemma)) {
      return visitor(v) ? Optional.of(DependencyWords.CONSULT) : Optional.empty();
    }
    if (CameoLexicon.dependsOnNextWord(lemma)) {
      String next = v + 1 < tokens.size() ? tokens.get(v + 1).text() : null;
      Optional<String> byNext = CameoLexicon.byNextWord(lemma, next);
      return byNext.isEmpty() && telephoned(v) ? Optional.of(DependencyWords.CONSULT) : byNext;
    }
    Optional<String> cameo = CameoLexicon.cameo(lemma);
    if (cameo.isEmpty()) {
      return CameoLexicon.phraseCameo(lemma, tokens, v).or(() -> afterObject(lemma, v));
    }
    int o = tree.child(v, "dobj");
    if (CameoLexicon.mutual(lemma) && o >= 0 && DependencyWords.opinion(tree.lemma(o))) {
      return Optional.of(DependencyWords.CONSULT);
    }
    // the words after a verb may make another act of it ("exchanged fire": 19, "lashed out at": 11)
    return CameoLexicon.cameoAt(tokens, v).or(() -> cameo);
  }

  /**
   * {@code Freedonia-backed rebels}: the actor a participle is joined to by a hyphen, which is its
   * agent ("backed by Freedonia"); empty for other words.
   */
  private Optional<ActorPhrase> hyphenAgent(int v) {
    if (v < 2 || !tree.tag(v).equals("VBN") || !DependencyWords.hyphen(tokens.get(v - 1).text())) {
      return Optional.empty();
    }
    int h = tree.head(v);
    return h > v ? actors.actor(v - 2).filter(p -> p.last() == v - 2) : Optional.empty();
  }

  /**
   * {@code Freedonia-backed rebels attacked}, {@code the Freedonia-brokered truce}: the agent acts
   * on the actor the participle's noun stands for, by the participle's verb; "led" makes the noun
   * stand for its leader instead ({@link ParsedActors}), and a brokered act is read by {@link
   * GoodOffices}.
   */
  private void compoundAct(List<Fact.Interaction> out, int v, ActorPhrase agent) {
    String lemma = tree.lemma(v);
    if (lemma.equals("lead")) {
      return;
    }
    if (DependencyWords.broker(lemma) && actors.actors(tree.head(v)).isEmpty()) {
      offer(out, offices.compound(v, agent));
      return;
    }
    Optional<String> cameo = CameoLexicon.cameo(lemma);
    if (cameo.isEmpty()) {
      return;
    }
    for (ActorPhrase target : actors.actors(tree.head(v))) {
      if (!target.head().equals(agent.head())) {
        add(out, agent, target, cameo.get(), v, INDIRECT);
      }
    }
  }

  /** The lemma of the nearest compound or adjective before noun {@code n} ("missile strike"). */
  private String modifier(int n) {
    String out = "";
    for (int c : tree.children(n)) {
      String l = tree.label(c);
      if (c < n && (l.equals("compound") || l.equals("amod") || l.equals("nmod"))) {
        out = tree.lemma(c);
      }
    }
    return out;
  }

  /**
   * {@code A declared B's ambassador to C persona non grata}: a phrase of the verb whose words
   * follow its direct object and the prepositions that modify it, read after them (the parser may
   * attach the phrase to the object).
   */
  private Optional<String> afterObject(String lemma, int v) {
    int o = tree.child(v, "dobj");
    if (o < 0) {
      return Optional.empty();
    }
    int end = o;
    for (int c : tree.children(o)) {
      if (c > o) {
        if (!tree.label(c).equals("prep")) {
          break;
        }
        end = c;
        while (end + 1 < tokens.size() && tree.dominates(c, end + 1)) {
          end++;
        }
      }
    }
    return CameoLexicon.phraseCameoAfter(lemma, tokens, end);
  }

  /**
   * {@code A called B on Monday}, {@code A called B to discuss the crisis}: "call" with an actor as
   * its direct object and nothing said of that object is a telephone call (CAMEO 04, codebook 041
   * discuss by telephone), also when the parser reads the object as an object predicate; {@code A
   * called B a threat} (an object predicate), {@code A called for talks} and the passive ({@code B
   * was called a traitor}) are not.
   */
  private boolean telephoned(int v) {
    int misread = clauses.misreadObject(v);
    if (!tree.lemma(v).equals("call")
        || clauses.passive(v)
        || tree.child(v, "oprd") >= 0 && misread < 0) {
      return false;
    }
    int o = misread >= 0 ? misread : tree.child(v, "dobj");
    return o >= 0 && !actors.actors(o).isEmpty() && !predicated(o);
  }

  /**
   * Whether an apposition without a comma follows the object at {@code o}: the parser's other
   * reading of an object predicate ({@code called B a liar}).
   */
  private boolean predicated(int o) {
    for (int c : tree.children(o)) {
      if (c > o && tree.label(c).equals("appos") && !commaBetween(o, c)) {
        return true;
      }
    }
    return false;
  }

  private boolean commaBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of hosting has an actor as the one it receives: its direct object ({@code A
   * received B}) or, in the passive, its subject ({@code B was received by A}) or the noun it
   * modifies ({@code the envoy received by A}); {@code A received aid from B} names a thing, and
   * its noun states the act.
   */
  private boolean visitor(int v) {
    int o = clauses.passive(v) ? tree.child(v, "nsubjpass") : tree.child(v, "dobj");
    if (o < 0 && tree.label(v).equals("acl") && clauses.passive(v)) {
      o = tree.head(v);
    }
    return o >= 0 && !actors.actors(o).isEmpty();
  }

  private void verb(List<Fact.Interaction> out, int v, String cameo) {
    Role subject = clauses.subject(v);
    Role object = clauses.object(v);
    int d = tree.child(v, "dobj");
    if (d >= 0 && (object.isEmpty() ? ownedByPronoun(d) : ownForces(subject, object))) {
      // "A withdrew its troops from B": what the subject sends or moves is itself, no partner
      List<ActorPhrase> away = new ArrayList<>(clauses.objectPartners(d, OBJECT_PARTNER_PREPS));
      away.addAll(clauses.prepObjects(v, OWN_FORCES_PREPS));
      object = new Role(away, INDIRECT + 0.1);
    }
    if (object.isEmpty()
        && d >= 0
        && (CameoLexicon.cameo(tree.lemma(v)).isEmpty()
            || Threats.is("warn", tree.lemma(v))
            || objectPhrase(v))) {
      object = new Role(clauses.objectPartners(d, OBJECT_PARTNER_PREPS), INDIRECT + 0.1);
      if (object.isEmpty() && objectPhrase(v)) {
        // "closed its airspace to B-ian aircraft": the parser hung the preposition on the verb
        object = new Role(clauses.prepOwners(v, OBJECT_PARTNER_PREPS), INDIRECT + 0.1);
      }
    }
    if (object.isEmpty() && d >= 0 && AgreementPhrases.isHead(word(d))) {
      // "A hailed the deal with B", "A rejected the proposed pact with B": the agreement's partner
      object = new Role(clauses.objectPartners(d, AGREEMENT_PARTNER_PREPS), INDIRECT + 0.1);
    }
    if (object.isEmpty() && DEMANDS.contains(cameo)) {
      object = new Role(clauses.thatSubjects(v), INDIRECT + 0.1);
    }
    if (object.isEmpty() && cameo.equals(SHOW_OF_FORCE)) {
      object = new Role(clauses.acrossBorder(v), INDIRECT + 0.1);
    }
    if (cameo.equals(SHOW_OF_FORCE) && !clauses.near(v).isEmpty()) {
      // "A held drills with B near C": force is shown to C; B only drills with A
      object = new Role(clauses.near(v), INDIRECT + 0.1);
    }
    if (object.isEmpty() && clauses.hostile(tree.lemma(v), v)) {
      // "A fired rockets into B's north", "A lashed out at B's decision": the place's owner
      object = new Role(clauses.prepOwners(v, ParsedClauses.HOSTILE_PREPS), INDIRECT + 0.1);
    }
    if (object.isEmpty() && cameo.equals(FIGHT)) {
      overflown(out, v, subject, d);
    }
    List<ActorPhrase> between = clauses.between(v);
    int t = v;
    if (!subject.isEmpty() && !object.isEmpty()) {
      double conf = Math.min(subject.confidence(), object.confidence());
      for (ActorPhrase s : subject.phrases()) {
        for (ActorPhrase o : object.phrases()) {
          add(out, s, o, cameo, t, conf);
        }
      }
    } else if (between.size() >= 2) {
      pairs(out, between, cameo, t, INDIRECT);
      if (DependencyWords.join(tree.lemma(v))) {
        // "A and B mediated between C and D": each joins C and D, not the other
        for (ActorPhrase s : subject.phrases()) {
          for (ActorPhrase o : between) {
            if (!s.equals(o) && !colleagues(s, o)) {
              add(out, s, o, cameo, t, INDIRECT);
            }
          }
        }
      }
    } else if (object.isEmpty()
        && subject.phrases().size() >= 2
        && (CameoLexicon.mutual(tree.lemma(v))
            || d >= 0 && DependencyWords.relational(tree.lemma(d)))) {
      pairs(out, subject.phrases(), cameo, t, subject.confidence());
    }
  }

  /**
   * {@code A fired a missile over B}: a weapon that a verb of fighting sends over a country, at no
   * target the clause names, shows force toward that country (CAMEO 15, codebook 150 Demonstrate
   * military or police power; PETRARCH2 CAMEO.verbpatterns FIRE "TEST * &WEAPON [150]": a launch
   * that strikes no one), read after "over" on the verb or on its direct object {@code d}.
   */
  private void overflown(List<Fact.Interaction> out, int v, Role subject, int d) {
    List<ActorPhrase> under = new ArrayList<>(clauses.prepObjects(v, OVER));
    if (d >= 0) {
      under.addAll(clauses.prepObjects(d, OVER));
    }
    for (ActorPhrase s : subject.phrases()) {
      for (ActorPhrase o : under) {
        add(out, s, o, SHOW_OF_FORCE, v, INDIRECT);
      }
    }
  }

  /**
   * Whether every actor of the object stands for an actor of the subject, through a possessive
   * ({@code A withdrew its troops}, {@code A mobilised its army}): the subject's own forces or
   * envoys are what it moves, and the prepositions say toward or away from whom.
   */
  private static boolean ownForces(Role subject, Role object) {
    Set<Entity> own = new HashSet<>();
    for (ActorPhrase s : subject.phrases()) {
      own.add(s.head());
    }
    return !own.isEmpty() && object.phrases().stream().allMatch(o -> own.contains(o.head()));
  }

  /**
   * Whether the noun at {@code n} is a group noun a possessive pronoun owns ({@code its troops},
   * {@code their ambassador}), which the clause's subject sends or moves as its own.
   */
  private boolean ownedByPronoun(int n) {
    int p = tree.child(n, "poss");
    return p >= 0 && DependencyWords.group(word(n)) && DependencyWords.possessivePronoun(word(p));
  }

  /**
   * Whether the verb at {@code v} states its act with the words of its object ({@code banned
   * imports}, {@code eased restrictions}, {@code resumed flights}: a phrase of {@link
   * CameoLexicon}), so that a preposition of the object names whom it is aimed at ({@code imports
   * from B}); not a reciprocal verb, after whose object "on" names a topic ({@code exchanged views
   * on C}).
   */
  private boolean objectPhrase(int v) {
    return !CameoLexicon.mutual(tree.lemma(v))
        && CameoLexicon.phraseOnly(tree.lemma(v), tokens, v).isPresent();
  }

  /**
   * {@code A and B held a new round of talks}, {@code A claimed responsibility for the attack on
   * B}: the noun of a part or set of acts ("round", "series", "session") whose "of" names the act
   * noun at {@code n}, or a noun of owning a deed whose "for" names it, stands for it in the
   * clause; {@code n} itself when none does.
   */
  private int partitive(int n) {
    int of = tree.head(n);
    if (!tree.label(n).equals("pobj") || of == DependencyTree.ROOT) {
      return n;
    }
    int p = tree.head(of);
    if (p == DependencyTree.ROOT) {
      return n;
    }
    return word(of).equals("of") && DependencyWords.partitive(word(p))
            || word(of).equals("for") && DependencyWords.credit(word(p))
        ? p
        : n;
  }

  private void noun(List<Fact.Interaction> out, int n, String cameo) {
    Role owner = clauses.owner(n);
    Role partner = clauses.partner(n, cameo.equals("04"));
    List<ActorPhrase> of = clauses.ofActors(n);
    List<ActorPhrase> owners = new ArrayList<>(owner.phrases());
    List<ActorPhrase> partners = new ArrayList<>(partner.phrases());
    if (partners.isEmpty() && of.isEmpty() && !cameo.equals(DependencyWords.CONSULT)) {
      partners.addAll(clauses.prepOwners(n, OWNED_PARTNER_PREPS));
    }
    if (owners.isEmpty() && !partners.isEmpty()) {
      owners.addAll(of);
    } else {
      partners.addAll(of);
    }
    if (partners.isEmpty() && cameo.compareTo(THREATEN) >= 0) {
      partners.addAll(agentTargets(n));
    }
    List<ActorPhrase> hosts = new ArrayList<>();
    List<ActorPhrase> targets = new ArrayList<>();
    double conf = owner.confidence() == 0 ? 0.8 : owner.confidence();
    int at = partitive(n);
    int v = tree.head(at);
    String l = tree.label(at);
    if (v != DependencyTree.ROOT && tree.tag(v).startsWith("VB")) {
      String lemma = tree.lemma(v);
      if (l.equals("dobj") && owners.isEmpty() && DependencyWords.light(lemma)) {
        owners.addAll(clauses.subject(v).phrases());
        partners.addAll(clauses.object(v).phrases());
        if (partners.isEmpty() && !cameo.equals(DependencyWords.CONSULT)) {
          // "imposed sanctions on B's oil sector": the preposition hangs on the verb
          partners.addAll(clauses.prepOwners(v, OWNED_PARTNER_PREPS));
        }
        conf = INDIRECT + 0.1;
        cameo = intended(v, cameo);
      } else if (l.equals("dobj") && DependencyWords.receive(lemma)) {
        int subject = tree.child(v, "nsubj");
        if (subject < 0 || !AgreementPhrases.isHead(word(subject))) {
          targets.addAll(clauses.subject(v).phrases());
        }
        if (targets.isEmpty()) {
          targets.addAll(actOwners(v));
        }
        owners.addAll(clauses.prepObjects(v, Set.of("from", "by")));
      } else if ((l.equals("dobj") || l.equals("nsubjpass")) && takesPart(lemma, cameo)) {
        hosts.addAll(clauses.subject(v).phrases());
        hosts.addAll(sharers(v, l, cameo));
      } else if (l.equals("dobj") && welcomed(lemma, n, cameo, partner)) {
        hosts.addAll(clauses.subject(v).phrases());
      } else if (l.equals("nsubj") && partners.isEmpty() && harms(v)) {
        // "A's strikes damaged B's power grid": the act reaches whom its verb of force struck
        partners.addAll(clauses.object(v).phrases());
      }
    }
    int state = stateVerb(n);
    if (owners.isEmpty() && state >= 0) {
      owners.addAll(clauses.subject(state).phrases());
      if (partners.isEmpty() && owners.size() >= 2) {
        pairs(out, owners, cameo, n, INDIRECT + 0.1);
        return;
      }
    } else if (owners.isEmpty() && cameo.equals("04")) {
      owners.addAll(attendees(n));
    } else if (owners.isEmpty() && !partners.isEmpty()) {
      owners.addAll(sides(n));
    }
    if (cameo.equals(DependencyWords.CONSULT) && convened(owners)) {
      hosts.addAll(attendees(n));
    }
    List<ActorPhrase> between = new ArrayList<>(clauses.between(n));
    for (int c : described(n)) {
      String cl = tree.label(c);
      Optional<ActorPhrase> agent = hyphenAgent(c);
      if (agent.isPresent()
          && cameo.equals(DependencyWords.CONSULT)
          && takesPart(tree.lemma(c), cameo)) {
        // "Freedonia-mediated talks between A and B": the agent takes part in the meeting
        hosts.add(agent.get());
      } else if ((cl.equals("acl") || cl.equals("relcl") || cl.equals("advcl"))
          && takesPart(tree.lemma(c), cameo)) {
        hosts.addAll(clauses.subject(c).phrases());
        between.addAll(clauses.between(c));
      } else if (cl.equals("acl") && owners.isEmpty() && DependencyWords.light(tree.lemma(c))) {
        owners.addAll(clauses.subject(c).phrases());
        partners.addAll(clauses.object(c).phrases());
      }
    }
    if (cameo.equals(DependencyWords.CONSULT)) {
      hosts.addAll(conveners(n));
    }
    if (owners.stream().anyMatch(DependencyInteractionFinder::armed)
        || partners.stream().anyMatch(DependencyInteractionFinder::armed)) {
      // "Russian strikes on Ukraine", "strikes against ISIL": an attack, not a walkout
      cameo = CameoLexicon.stateNounCameo(word(n), tree.lemma(n)).orElse(cameo);
    }
    if (joint(n) && owners.size() >= 2) {
      pairs(out, owners, cameo, n, Math.min(conf, INDIRECT + 0.1));
    }
    int t = n;
    if (!targets.isEmpty()) {
      for (ActorPhrase s : owners) {
        for (ActorPhrase o : targets) {
          add(out, s, o, cameo, t, conf);
        }
      }
    } else if (!hosts.isEmpty() || cameo.equals("04") && partners.isEmpty()) {
      List<ActorPhrase> all = new ArrayList<>(hosts);
      all.addAll(owners);
      all.addAll(partners);
      all.addAll(between);
      pairs(out, all, cameo, t, Math.min(conf, INDIRECT + 0.1));
    } else if (!owners.isEmpty() && !partners.isEmpty()) {
      for (ActorPhrase s : owners) {
        for (ActorPhrase o : partners) {
          add(out, s, o, cameo, t, conf);
        }
      }
    } else if (between.size() >= 2) {
      pairs(out, between, cameo, t, INDIRECT);
    }
  }

  /**
   * {@code strikes by A on B's positions}, {@code an attack by A against B}: whom a hostile act is
   * aimed at, named after "on" or "against" where the parser hangs that preposition on the noun of
   * its agent after "by" (an actor, or the one owner of what it names).
   */
  private List<ActorPhrase> agentTargets(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (!tree.label(c).equals("prep") || !word(c).equals("by")) {
        continue;
      }
      for (int o : tree.children(c)) {
        if (tree.label(o).equals("pobj")) {
          out.addAll(clauses.prepObjects(o, AIMED_PREPS));
          out.addAll(clauses.prepOwners(o, AIMED_PREPS));
        }
      }
    }
    return out;
  }

  /**
   * {@code The summit was hosted by A and attended by B}, {@code A hosted and chaired the talks}:
   * the subjects (or agents) of the verbs of taking part coordinated with {@code v} that share its
   * meeting, as its {@code role} ({@code dobj} or {@code nsubjpass}), having none of their own.
   */
  private List<ActorPhrase> sharers(int v, String role, String cameo) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("conj")
          && tree.tag(c).startsWith("VB")
          && tree.child(c, role) < 0
          && takesPart(tree.lemma(c), cameo)) {
        out.addAll(clauses.subject(c).phrases());
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code v} states harm done by force (CAMEO 17 coerce to 20 mass violence:
   * hit, damage, destroy, kill), whose subject act ({@code A's strikes}, {@code the attacks by A})
   * is aimed at its object.
   */
  private boolean harms(int v) {
    return CameoLexicon.cameo(tree.lemma(v)).filter(c -> c.compareTo(COERCE) >= 0).isPresent();
  }

  /**
   * {@code A welcomed B's visit}, {@code A welcomed the visit of B}: a verb of greeting over a
   * visit that names no destination ({@code B's visit to C}, which A only approves of) has its
   * subject host the one who comes (CAMEO 04, codebook 043 Host a visit); not over talks or a
   * meeting, which A may welcome without taking part ({@code A welcomed the meeting of B and C}).
   */
  private boolean welcomed(String lemma, int n, String cameo, Role partner) {
    return DependencyWords.welcome(lemma)
        && DependencyWords.visit(word(n))
        && cameo.equals(DependencyWords.CONSULT)
        && partner.isEmpty()
        && clauses.between(n).isEmpty();
  }

  /**
   * The dependents of the noun at {@code n} that may describe it, with {@code A hosted a summit,
   * attended by B and C}: a passive participle with its agent after a comma, which the parser hangs
   * on the verb whose direct object {@code n} is, describes that object, as it would right after
   * it.
   */
  private List<Integer> described(int n) {
    List<Integer> out = new ArrayList<>(tree.children(n));
    int v = tree.head(n);
    if (v == DependencyTree.ROOT || !tree.label(n).equals("dobj")) {
      return out;
    }
    for (int c : tree.children(v)) {
      if (c > n
          && tree.label(c).equals("advcl")
          && tree.tag(c).equals("VBN")
          && tree.child(c, "agent") >= 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether an actor bears arms as such: a state, or an armed group. */
  private static boolean armed(ActorPhrase p) {
    return p.head().type() == EntityType.COUNTRY
        || p.head().subtype().filter(EntitySubtype.ARMED_GROUP.label()::equals).isPresent();
  }

  /**
   * Whether the subject of a verb of taking part ({@code A attended the talks}, {@code the
   * sanctions A joined}) takes part in the act that a noun of category {@code cameo} names: a third
   * party who brokered, hosted or chaired an act other than a meeting ({@code C brokered the deal})
   * is read by {@link GoodOffices}, as a mediator rather than a party.
   */
  private static boolean takesPart(String lemma, String cameo) {
    return DependencyWords.join(lemma)
        && (cameo.equals(DependencyWords.CONSULT) || !DependencyWords.broker(lemma));
  }

  /**
   * Whether the owners of a meeting are organisations that hold it ({@code the Union summit},
   * {@code a meeting of the Union}): those who attend it ({@code A spoke at the Union summit},
   * {@code A took part in a meeting of the Union}) take part with them.
   */
  private static boolean convened(List<ActorPhrase> owners) {
    return !owners.isEmpty()
        && owners.stream().allMatch(p -> p.head().type() == EntityType.ORGANISATION);
  }

  /**
   * {@code a meeting of leaders under the Union}, {@code talks under Freedonia}: the actors after
   * "under" a meeting noun convene it, and so take part with those who attend.
   */
  private List<ActorPhrase> conveners(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && tokens.get(c).text().equalsIgnoreCase("under")) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            List<ActorPhrase> named = actors.actors(o);
            out.addAll(named.isEmpty() ? clauses.owner(o).phrases() : named);
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code A and B are at war}, {@code A has been at war with B}: the copula whose subject is in
   * the state that the act noun at {@code n} names after "at"; -1 if none.
   */
  private int stateVerb(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj")
        || prep == DependencyTree.ROOT
        || !tokens.get(prep).text().equalsIgnoreCase("at")) {
      return -1;
    }
    int v = tree.head(prep);
    return v != DependencyTree.ROOT && tree.lemma(v).equals("be") ? v : -1;
  }

  /** Whether the act noun at {@code n} is marked joint: its owners act together. */
  private boolean joint(int n) {
    for (int c : tree.children(n)) {
      if (tokens.get(c).text().equalsIgnoreCase("joint")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code A and B met in X for talks}, {@code A spoke at the summit}, {@code A joined B for
   * talks}, {@code A is on a visit to B}, {@code A met B on the sidelines of the summit}, {@code
   * After/Following talks with B, A said} (a meeting with its partner named): those who take part
   * in a meeting named after a preposition of their verb (or after "of" a noun of its margins),
   * with the direct object of a verb of taking part or of meeting.
   */
  private List<ActorPhrase> attendees(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj") || prep == DependencyTree.ROOT) {
      return List.of();
    }
    boolean margin = false;
    int m = tree.head(prep);
    if (word(prep).equals("of") && m != DependencyTree.ROOT && DependencyWords.margin(word(m))) {
      margin = true;
      prep = tree.head(m);
      if (!tree.label(m).equals("pobj") || prep == DependencyTree.ROOT) {
        return List.of();
      }
    }
    String p = word(prep);
    int v = adjunctHead(tree.head(prep));
    boolean sequel = (p.equals("after") || p.equals("following")) && withPartner(n);
    if (v == DependencyTree.ROOT
        || !tree.tag(v).startsWith("VB")
        || !Set.of("for", "at", "during", "in", "over").contains(p)
            && !(p.equals("on") && (margin || tree.lemma(v).equals("be")))
            && !sequel) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>(clauses.subject(v).phrases());
    int o = tree.child(v, "dobj");
    String lemma = tree.lemma(v);
    if (o >= 0 && (DependencyWords.join(lemma) || meetingVerb(lemma))) {
      out.addAll(actors.actors(o));
    }
    return out;
  }

  /** Whether the noun at {@code n} names its partner after "with" ("talks with B"). */
  private boolean withPartner(int n) {
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && word(c).equals("with")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb at {@code v} states a meeting: "met B", "held talks with B". */
  private boolean meets(int v) {
    String lemma = tree.lemma(v);
    int o = tree.child(v, "dobj");
    return meetingVerb(lemma)
        || o >= 0
            && DependencyWords.light(lemma)
            && CameoLexicon.nounCameo(word(o), tree.lemma(o))
                .filter(DependencyWords.CONSULT::equals)
                .isPresent();
  }

  /** "met B", "held talks with B": a reciprocal verb of consulting, whose object meets too. */
  private static boolean meetingVerb(String lemma) {
    return CameoLexicon.mutual(lemma)
        && CameoLexicon.cameo(lemma).filter(DependencyWords.CONSULT::equals).isPresent();
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The verb a prepositional phrase belongs to when the parser hung it on a time adverbial ("Last
   * week during a visit to B, A said" read with "during" under "Last"): up from {@code h} through
   * adverbial nouns and modifiers, at most {@value #ADJUNCT_STEPS} steps; {@code h} itself
   * otherwise.
   */
  private int adjunctHead(int h) {
    int v = h;
    for (int i = 0;
        i < ADJUNCT_STEPS && v != DependencyTree.ROOT && !tree.tag(v).startsWith("VB");
        i++) {
      if (!Set.of("npadvmod", "nmod", "tmod", "advmod").contains(tree.label(v))) {
        return h;
      }
      v = tree.head(v);
    }
    return v == DependencyTree.ROOT ? h : v;
  }

  /**
   * {@code A backed B in the fight against C}, {@code A joined B in its campaign against C}: the
   * subject and object of the verb that an unowned act after "in" belongs to are the ones acting,
   * unless that verb reports speech ({@code A said in an interview with C}). The object may be an
   * act with its partner ({@code A reiterated support for B in the fight against C}); after a noun
   * that names an act ({@code A's support for B in their fight against C}) its owner and partner
   * act.
   */
  private List<ActorPhrase> sides(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj")
        || prep == DependencyTree.ROOT
        || !tokens.get(prep).text().equalsIgnoreCase("in")) {
      return List.of();
    }
    int h = tree.head(prep);
    if (h == DependencyTree.ROOT) {
      return List.of();
    }
    if (tree.tag(h).startsWith("NN") && actNoun(h)) {
      List<ActorPhrase> out = new ArrayList<>(clauses.owner(h).phrases());
      out.addAll(clauses.prepObjects(h, ACT_PARTNER_PREPS));
      return out;
    }
    if (!tree.tag(h).startsWith("VB") || ReportedQuotes.SPEECH.contains(tree.lemma(h))) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>(clauses.subject(h).phrases());
    int o = tree.child(h, "dobj");
    if (o >= 0) {
      List<ActorPhrase> named = actors.actors(o);
      out.addAll(named.isEmpty() && actNoun(o) ? clauses.prepObjects(o, ACT_PARTNER_PREPS) : named);
    }
    return out;
  }

  /**
   * {@code A's strikes on C drew condemnation from B}, {@code A struck C, drawing condemnation from
   * B}: the owners of an act noun that is the subject of the verb at {@code v} (or of the verb a
   * participle or conjunct at {@code v} hangs on); or the parties of an agreement noun there
   * ({@code A's accord with C drew criticism from B}, {@code the accord} after A and C signed it).
   */
  private List<ActorPhrase> actOwners(int v) {
    int s = tree.child(v, "nsubj");
    String l = tree.label(v);
    if (s < 0 && (l.equals("advcl") || l.equals("conj")) && tree.head(v) != DependencyTree.ROOT) {
      s = tree.child(tree.head(v), "nsubj");
    }
    if (s < 0) {
      return List.of();
    }
    if (AgreementPhrases.isHead(word(s))) {
      // "Chile's accord with Peru drew criticism from B"; "The accord drew criticism from B"
      List<ActorPhrase> parties = new ArrayList<>(clauses.modifierOwners(s));
      parties.addAll(clauses.prepObjects(s, Set.of("with", "between")));
      return parties.isEmpty() ? actors.agreementParties(s) : parties;
    }
    return actNoun(s) ? clauses.modifierOwners(s) : List.of();
  }

  private boolean actNoun(int n) {
    String word = tokens.get(n).text().toLowerCase(java.util.Locale.ROOT);
    return CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent();
  }

  private void together(List<Fact.Interaction> out, List<JointActs.Pair> pairs) {
    for (JointActs.Pair p : pairs) {
      add(out, p.a(), p.b(), p.cameo(), p.trigger(), p.confidence());
    }
  }

  private void offer(List<Fact.Interaction> out, List<GoodOffices.Offer> offers) {
    for (GoodOffices.Offer o : offers) {
      add(out, o.third(), o.party(), DependencyWords.CONSULT, o.trigger(), o.confidence());
    }
  }

  /**
   * Every pair of a group who act together; two office holders of one country ({@code Freedonian
   * ministers A and B hosted the talks}) are one side, not partners.
   */
  private void pairs(
      List<Fact.Interaction> out, List<ActorPhrase> group, String cameo, int t, double conf) {
    List<ActorPhrase> g = group.stream().distinct().toList();
    for (int a = 0; a < g.size(); a++) {
      for (int b = a + 1; b < g.size(); b++) {
        if (!colleagues(g.get(a), g.get(b))) {
          add(out, g.get(a), g.get(b), cameo, t, conf);
        }
      }
    }
  }

  private boolean colleagues(ActorPhrase a, ActorPhrase b) {
    if (a.head().type() != EntityType.PERSON || b.head().type() != EntityType.PERSON) {
      return false;
    }
    Set<Entity> shared = offices(a);
    shared.retainAll(offices(b));
    return shared.stream().anyMatch(e -> e.type() == EntityType.COUNTRY);
  }

  /** The countries and bodies a person's phrase or the article ties them to. */
  Set<Entity> offices(ActorPhrase p) {
    Set<Entity> out = new HashSet<>(affiliations.getOrDefault(p.head(), Set.of()));
    p.qualifier().ifPresent(out::add);
    return out;
  }

  private void add(
      List<Fact.Interaction> out, ActorPhrase s, ActorPhrase o, String cameo, int t, double conf) {
    Entity source = s.head();
    Entity target = o.head();
    if (source.equals(target)
        || s.qualifier().filter(target::equals).isPresent()
        || o.qualifier().filter(source::equals).isPresent()
        || affiliated(source, target)
        || affiliated(target, source)) {
      return;
    }
    double c = s.indirect() || o.indirect() ? Math.min(conf, INDIRECT) : conf;
    Fact.Interaction f =
        new Fact.Interaction(
            source, target, cameo, tree.lemma(t), Optional.empty(), c, List.of(sa.evidence()));
    out.add(f);
    if (cameo.equals(THREATEN)) {
      threatened.add(f);
    }
  }

  private boolean affiliated(Entity person, Entity body) {
    return affiliations.getOrDefault(person, Set.of()).contains(body);
  }
}
