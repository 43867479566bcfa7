package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.IntendedActs.THREATEN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.relate.ParsedClauses.Role;
import org.actorgraph.resolve.Entity;

/**
 * Finds the actors on each side of an act a verb states: its subject (or passive agent) and object,
 * or whom its object's prepositions name when the object is a thing ({@code recalled its ambassador
 * from B}, {@code banned imports from B}), the subject of what it demands, the country across a
 * border or over which force is shown, whom a hostile act with no target of its own answers ({@link
 * Answers}), and coordinated actors pairing with each other ({@code A and B met}). It also reads
 * the verbs whose act is a threat by its form: a retaliation ({@code A would retaliate against B})
 * and a warning of harm ({@code A warned that B would face consequences}), and the accusation a
 * reported violation makes ({@code A said B had violated the ceasefire}).
 */
final class VerbInteractions {

  /**
   * Prepositions after the object of a verb whose category its object states ({@code recalled its
   * ambassador from B}, {@code cut ties with B}) that name the one it is aimed at.
   */
  private static final Set<String> OBJECT_PARTNER_PREPS =
      Set.of("with", "to", "from", "against", "on");

  /** The preposition after an agreement's noun that names its other party: "the deal with B". */
  private static final Set<String> AGREEMENT_PARTNER_PREPS = Set.of("with");

  /**
   * The preposition that names whom a retaliation is aimed at ("retaliate against B"); "respond to
   * B" only answers B.
   */
  private static final Set<String> RETALIATION_PREPS = Set.of("against");

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

  /** CAMEO 03 intend to cooperate, 04 consult, 05 engage in diplomatic cooperation. */
  private static final Set<String> COOPERATIVE = Set.of("03", "04", "05");

  /** The possessive pronouns that may stand for another person: his, her, their. */
  private static final Set<String> THIRD_PERSON = Set.of("his", "her", "their");

  /**
   * Verbs of letting someone do something, whose object the parser reads as the subject of what it
   * is let do ({@code A allowed B to inspect the dam}, {@code A let B inspect it}): allow, permit,
   * authorise (PETRARCH2 CAMEO.verbpatterns block ALLOW, codebook 08 Yield) and let (Oxford
   * Learner's "to allow somebody to do something").
   */
  private static final Set<String> LETTING =
      Set.of("allow", "permit", "authorise", "authorize", "let");

  /** The preposition that names whom one holds talks with ("held talks with B"). */
  private static final Set<String> MEETING_PREPS = Set.of("with");

  /** CAMEO 15, exhibit force posture. */
  private static final String SHOW_OF_FORCE = "15";

  /** CAMEO 10, demand: the first root past the cooperative ones (01-09). */
  private static final String DEMAND = "10";

  /** CAMEO 11, disapprove: the first of the hostile roots (11-20). */
  private static final String DISAPPROVE = "11";

  /** CAMEO 19, fight. */
  private static final String FIGHT = "19";

  /** CAMEO 18, assault: the first root of force used on someone (18 to 20). */
  private static final String ASSAULT = "18";

  /** CAMEO 06, engage in material cooperation (codebook 062 cooperate militarily). */
  private static final String MATERIAL_COOPERATION = "06";

  /**
   * Words by which the subjects of a verb of force fight on one side ({@code A and B fought
   * together}, {@code fought side by side}, {@code fought jointly}, {@code fought alongside each
   * other}; Oxford Learner's Dictionary together "with or near to somebody/something else", side by
   * side "together, without any difference in status", alongside "together with or at the same time
   * as").
   */
  private static final Set<String> TOGETHER = Set.of("together", "jointly", "alongside", "side");

  /** The forms of "pit" the parser gives as its lemma ("pitted" may stay as written). */
  private static final Set<String> PIT = Set.of("pit", "pitted", "pits");

  private static final Set<String> AGAINST = Set.of("against");

  /** The verbs of PETRARCH2's VIOLATE block that state breaking a rule or an agreement. */
  private static final Set<String> VIOLATION = Set.of("violate", "breach");

  /** The preposition that names the country a weapon is fired over ({@link #overflown}). */
  private static final Set<String> OVER = Set.of("over");

  /**
   * Nouns for a person held by force that news writes after the one held ({@code took John Roe
   * hostage}): the words of the "take hostage" phrase of {@code cameo-general.tsv} (codebook 181).
   */
  private static final Set<String> CAPTIVES = Set.of("hostage", "hostages", "captive", "captives");

  private final ParsedClauses clauses;
  private final ParsedActors actors;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final Threats threats;
  private final ActorPairs pairing;
  private final GoodOffices offices;
  private final Answers answers;
  private final Requests requests;

  VerbInteractions(
      ParsedActors actors, ParsedClauses clauses, Threats threats, ActorPairs pairing) {
    this.clauses = clauses;
    this.actors = actors;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
    this.threats = threats;
    this.pairing = pairing;
    this.offices = new GoodOffices(actors, clauses);
    this.answers = new Answers(clauses, tree, tokens);
    this.requests = new Requests(actors, clauses);
  }

  /**
   * Adds to {@code out} the interactions of category {@code cameo} that the verb at {@code v}
   * states.
   */
  void read(List<Fact.Interaction> out, int v, String cameo) {
    Role subject = clauses.subject(v);
    Role object = clauses.object(v);
    int d = tree.child(v, "dobj");
    if (d >= 0 && (object.isEmpty() ? ownedByPronoun(d) : ownForces(subject, object))) {
      // "A withdrew its troops from B": what the subject sends or moves is itself, no partner
      List<ActorPhrase> away = new ArrayList<>(clauses.objectPartners(d, OBJECT_PARTNER_PREPS));
      away.addAll(clauses.prepObjects(v, OWN_FORCES_PREPS));
      object = new Role(away, INDIRECT + 0.1);
    }
    if (d >= 0 && CAPTIVES.contains(word(d))) {
      // "A took John Roe hostage in B", parsed with the name as a compound of "hostage": the one
      // taken is the object, never the country of the place the parser read as the act's target
      object = new Role(held(d), ClauseWords.DIRECT);
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
    if (object.isEmpty() && d < 0) {
      object = new Role(smallClauseSubject(v), INDIRECT + 0.1);
    }
    if (object.isEmpty() && d < 0 && LETTING.contains(tree.lemma(v))) {
      object = new Role(letSubject(v), INDIRECT + 0.1);
    }
    if (object.isEmpty() && d >= 0 && AgreementPhrases.isHead(word(d))) {
      // "A hailed the deal with B", "A rejected the proposed pact with B": the agreement's partner
      object = new Role(clauses.objectPartners(d, AGREEMENT_PARTNER_PREPS), INDIRECT + 0.1);
      if (object.isEmpty()) {
        object = new Role(madeWith(d), INDIRECT + 0.1);
      }
      if (object.isEmpty() && !CameoLexicon.mutual(tree.lemma(v))) {
        // "B and C signed a deal. A criticised the deal": its parties, as "the deal drew
        // criticism from A" already gives (ActParties#actOwners); an outsider's judgement, not
        // what the parties do together ("A and B signed the accord" pairs its subjects)
        List<ActorPhrase> parties = actors.agreementParties(d);
        Set<Entity> judges = new HashSet<>();
        subject.phrases().forEach(p -> judges.add(p.head()));
        boolean outsider = parties.stream().noneMatch(p -> judges.contains(p.head()));
        object = new Role(outsider ? parties : List.of(), INDIRECT);
      }
    }
    if (cameo.equals(Requests.YIELD) && requests.yields(v)) {
      // "A complied with B's demands", "A gave in to the demands of B": whom A yields to
      object = new Role(requests.yieldedTo(v), INDIRECT + 0.1);
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
      object = new Role(clauses.prepOwners(v, ParsedObjects.HOSTILE_PREPS), INDIRECT + 0.1);
    }
    if (object.isEmpty() && cameo.compareTo(DISAPPROVE) >= 0) {
      // "A responded to B's criticism by recalling its envoy": a hostile answer is aimed at whom
      // it answers
      object = new Role(answers.answered(v), INDIRECT);
    }
    if (object.isEmpty() && cameo.equals(FIGHT)) {
      overflown(out, v, subject, d);
    }
    if (object.isEmpty() && sharedAfterMeeting(v, d, cameo)) {
      // "A met B in C and signed a pact": A signs with whom A met
      object = new Role(meetingPartners(tree.head(v)), INDIRECT);
    }
    if (subject.isEmpty() && PIT.contains(tree.lemma(v)) && !object.isEmpty() && warSubject(v)) {
      // "The war pitted A against B": with no actor setting them against each other, the two
      // sides fight each other (Oxford Learner's pit against: "to test somebody ... in a struggle
      // or contest against somebody else")
      List<ActorPhrase> against = clauses.prepObjects(v, AGAINST);
      if (against.isEmpty() && d >= 0) {
        against = clauses.prepObjects(d, AGAINST);
      }
      if (!against.isEmpty()) {
        subject = object;
        object = new Role(against, INDIRECT + 0.1);
      }
    }
    // "A and B agreed, with C acting as mediator": C is a third party (GoodOffices), no partner
    object =
        new Role(
            object.phrases().stream().filter(o -> !offices.actingThird(o)).toList(),
            object.confidence());
    List<ActorPhrase> adversaries =
        cameo.compareTo(DEMAND) < 0 ? clauses.prepObjects(v, AGAINST) : List.of();
    if (!adversaries.isEmpty()) {
      // "A and B agreed to cooperate against C", "A and B united against C": cooperation (CAMEO
      // 01-09) against C has C for its adversary, not its partner, as for a noun of cooperation
      // ("a coalition against C", NounInteractions); PETRARCH2 CAMEO.verbpatterns codes it as
      // disapproval of C (COOPERATE "* AGAINST [110]", JOIN/UNITE "AGAINST + * [110]")
      object =
          new Role(
              object.phrases().stream().filter(o -> !adversaries.contains(o)).toList(),
              object.confidence());
      for (ActorPhrase s : subject.phrases()) {
        for (ActorPhrase a : adversaries) {
          pairing.add(out, s, a, DISAPPROVE, v, INDIRECT);
        }
      }
    }
    // "A charged B with backing the rebels": a state is accused, not taken to court
    cameo = Charges.toward(tree.lemma(v), cameo, object.phrases(), d);
    List<ActorPhrase> between = clauses.between(v);
    int t = v;
    if (!subject.isEmpty() && !object.isEmpty()) {
      double conf = Math.min(subject.confidence(), object.confidence());
      for (ActorPhrase s : subject.phrases()) {
        for (ActorPhrase o : object.phrases()) {
          pairing.add(out, s, o, cameo, t, conf);
        }
      }
    } else if (between.size() >= 2) {
      if (!(DependencyWords.join(tree.lemma(v)) && cameo.equals(IntendedActs.INTENT))) {
        // "A offered to mediate between C and D": the offer is A's alone; C and D did nothing
        pairing.pairs(out, between, cameo, t, INDIRECT);
      }
      if (DependencyWords.join(tree.lemma(v))) {
        // "A and B mediated between C and D": each joins C and D, not the other
        for (ActorPhrase s : subject.phrases()) {
          for (ActorPhrase o : between) {
            if (!s.equals(o) && !pairing.colleagues(s, o)) {
              pairing.add(out, s, o, cameo, t, INDIRECT);
            }
          }
        }
      }
    } else if (object.isEmpty()
        && subject.phrases().size() >= 2
        && (CameoLexicon.mutual(tree.lemma(v))
            || d >= 0 && DependencyWords.relational(tree.lemma(d))
            || d >= 0 && reciprocal(d)
            || d >= 0 && joint(d)
            || pledgedTogether(v, cameo))) {
      if (cameo.compareTo(ASSAULT) < 0 || fightEachOther(v, d)) {
        pairing.pairs(out, subject.phrases(), cameo, t, subject.confidence());
      } else {
        pairing.oneSide(subject.phrases(), t);
        if (together(v)) {
          // "A and B fought together against the rebels": one side, cooperating militarily
          pairing.pairs(out, subject.phrases(), MATERIAL_COOPERATION, t, INDIRECT);
        }
      }
    }
  }

  /**
   * Whether the coordinated subjects of the verb of force at {@code v} fight each other: {@code A
   * and B clashed}, {@code fought a border war}, {@code fought each other}, {@code fought over the
   * oil field}; not when the clause names another side or their being on one ({@code A and B fought
   * the rebels}, {@code fought against the militants}, {@code fought together}), whoever that other
   * side is, named as an actor or not.
   */
  private boolean fightEachOther(int v, int d) {
    if (together(v) || hasPrep(v, "against")) {
      return false;
    }
    return d < 0 || reciprocal(d) || fightNoun(d);
  }

  /**
   * Whether a word of {@link #TOGETHER} modifies the verb at {@code v} ("side" of "side by side").
   */
  private boolean together(int v) {
    for (int c : tree.children(v)) {
      String w = word(c);
      if (TOGETHER.contains(w)
          && (!w.equals("side") || c + 2 < tokens.size() && word(c + 1).equals("by"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a preposition {@code prep} hangs on the word at {@code v}, whatever its object. */
  private boolean hasPrep(int v, String prep) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("prep") && word(c).equals(prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the subject of the verb at {@code v} names a fight ("the war", "the conflict", "the
   * fighting": a noun of CAMEO 18-20), not a contest ("the election pits A against B").
   */
  private boolean warSubject(int v) {
    int s = tree.child(v, "nsubj");
    return s >= 0 && fightNoun(s);
  }

  /** Whether the noun at {@code n} names a use of force ("war", "battle": CAMEO 18-20). */
  private boolean fightNoun(int n) {
    return CameoLexicon.nounCameo(word(n), tree.lemma(n))
        .filter(c -> c.compareTo(ASSAULT) >= 0)
        .isPresent();
  }

  /**
   * {@code A said it would retaliate against B}, {@code A would respond if B went ahead}: an
   * announced answer to a harm threatens whom it is against, or whoever its condition names.
   */
  void retaliation(List<Fact.Interaction> out, int v) {
    Role subject = clauses.subject(v);
    List<ActorPhrase> targets = clauses.prepObjects(v, RETALIATION_PREPS);
    double conf = subject.confidence();
    if (targets.isEmpty()) {
      targets = threats.provokers(v);
      conf = INDIRECT;
    }
    for (ActorPhrase s : subject.phrases()) {
      for (ActorPhrase o : targets) {
        pairing.add(out, s, o, THREATEN, v, conf);
      }
    }
  }

  /**
   * {@code A said B had violated the ceasefire}: whoever reports that someone broke a rule or an
   * agreement accuses them (CAMEO 11, codebook 112 Accuse; PETRARCH2 CAMEO.verbpatterns SAY "* +
   * VIOLATED [112]"), {@code v} being a verb of violation (PETRARCH2's VIOLATE block: violate,
   * breach) in the clause a verb of speech reports; the violation keeps its own reading besides.
   */
  void reportedViolation(List<Fact.Interaction> out, int v) {
    if (!VIOLATION.contains(tree.lemma(v)) || clauses.passive(v)) {
      return;
    }
    for (ActorPhrase s : clauses.reporter(v).phrases()) {
      for (ActorPhrase o : clauses.subject(v).phrases()) {
        pairing.add(out, s, o, DISAPPROVE, tree.head(v), INDIRECT);
      }
    }
  }

  /**
   * {@code A warned that B would face consequences}: the warner threatens the one the verb of
   * suffering at {@code v} says will suffer.
   */
  void harm(List<Fact.Interaction> out, int v) {
    Role warner = clauses.subject(tree.head(v));
    for (ActorPhrase s : warner.phrases()) {
      for (ActorPhrase o : clauses.subject(v).phrases()) {
        pairing.add(out, s, o, THREATEN, tree.head(v), INDIRECT);
      }
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
        pairing.add(out, s, o, SHOW_OF_FORCE, v, INDIRECT);
      }
    }
  }

  /**
   * Who the captive noun at {@code n} says is held: the actors its compounds name or own ({@code
   * John Roe hostage}, {@code two Sylvanian engineers hostage}), else its own owner ({@code
   * Sylvanian hostages}); none for {@code 20 hostages}.
   */
  private List<ActorPhrase> held(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (c < n && tree.label(c).equals("compound")) {
        Optional<ActorPhrase> named = actors.actor(c);
        out.addAll(named.isPresent() ? List.of(named.get()) : clauses.owners(c));
      }
    }
    return out.isEmpty() ? clauses.owners(n) : ParsedWords.distinct(out);
  }

  /**
   * Whether the verb at {@code v} of category {@code cameo} states an intent to cooperate (CAMEO
   * 03) whose complement is an act between its subjects: a reciprocal verb ({@code pledged to
   * cooperate}) or one whose object is what holds between them ({@code vowed to deepen
   * cooperation}, {@code promised to restore ties}).
   */
  private boolean pledgedTogether(int v, String cameo) {
    int x = tree.child(v, "xcomp");
    if (!cameo.equals(IntendedActs.INTENT) || x < 0) {
      return false;
    }
    int o = tree.child(x, "dobj");
    return CameoLexicon.mutual(tree.lemma(x))
        || o >= 0 && DependencyWords.relational(tree.lemma(o));
  }

  /**
   * Whether the verb at {@code v}, with object {@code d} (-1 if none) and category {@code cameo},
   * is a reciprocal act of cooperation ({@link CameoLexicon#mutual}: sign, agree, exchange; CAMEO
   * 03-05) coordinated with a verb of meeting before it and sharing its subject ({@code A met B and
   * signed a pact}, {@code A held talks with B and agreed to ...}): such an act is done with the
   * one met, though the clause names no partner. Signing counts only with an agreement as its
   * object ("A met B and signed a decree" is A's alone). So does praise or another act of CAMEO
   * 03-05 on what "his", "her" or "their" owns ({@code A hosted B and praised his courage}).
   */
  private boolean sharedAfterMeeting(int v, int d, String cameo) {
    int h = tree.head(v);
    String lemma = tree.lemma(v);
    return tree.label(v).equals("conj")
        && h != DependencyTree.ROOT
        && tree.tag(h).startsWith("VB")
        && tree.child(v, "nsubj") < 0
        && tree.child(v, "nsubjpass") < 0
        && COOPERATIVE.contains(cameo)
        && (CameoLexicon.mutual(lemma)
                && (!lemma.equals("sign") || d >= 0 && AgreementPhrases.isHead(word(d)))
            || d >= 0 && ownedByOther(d))
        && (DependencyWords.host(tree.lemma(h))
            || CameoLexicon.cameoAt(tokens, h).filter(DependencyWords.CONSULT::equals).isPresent());
  }

  /**
   * Whether the noun at {@code d} is owned by "his", "her" or "their" ({@code praised his courage},
   * not {@code its own}): after a meeting, what the subject acts on is then the one met's.
   */
  private boolean ownedByOther(int d) {
    int p = tree.child(d, "poss");
    return p >= 0
        && THIRD_PERSON.contains(word(p))
        && !(p + 1 < tokens.size() && word(p + 1).equals("own"));
  }

  /**
   * Whom the verb of meeting at {@code h} names as met: its object ({@code met B}), or whom "with"
   * names on it or on its object ({@code held talks with B}).
   */
  private List<ActorPhrase> meetingPartners(int h) {
    List<ActorPhrase> met = new ArrayList<>(clauses.object(h).phrases());
    if (met.isEmpty()) {
      met.addAll(clauses.prepObjects(h, MEETING_PREPS));
    }
    int o = tree.child(h, "dobj");
    if (met.isEmpty() && o >= 0) {
      met.addAll(clauses.prepObjects(o, MEETING_PREPS));
    }
    return met;
  }

  /**
   * {@code A declared two B-ian diplomats persona non grata}: the parser may read a verb's object
   * and the predicate said of it as a clause without a verb, the object its subject; the actors of
   * that subject, whom the verb acts on.
   */
  private List<ActorPhrase> smallClauseSubject(int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("ccomp") && tree.tag(c).startsWith("NN")) {
        int s = tree.child(c, "nsubj");
        return s < 0 ? List.of() : actors.actors(s);
      }
    }
    return List.of();
  }

  /**
   * {@code A allowed B to inspect the dam}, {@code A refused to let B inspect it}: the actors the
   * parser made the subject of the verb's clause complement, who are those the verb lets act.
   */
  private List<ActorPhrase> letSubject(int v) {
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      if ((l.equals("ccomp") || l.equals("xcomp")) && tree.tag(c).startsWith("VB")) {
        int s = tree.child(c, "nsubj");
        return s < 0 ? List.of() : actors.actors(s);
      }
    }
    return List.of();
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
   * Whether the object at {@code d} is a reciprocal pronoun or what one owns ({@code A and B
   * accused each other}, {@code A and B expelled each other's diplomats}, {@code one another}): the
   * coordinated subjects act on each other (general English grammar).
   */
  private boolean reciprocal(int d) {
    return reciprocalAt(d) || reciprocalAt(tree.child(d, "poss"));
  }

  /**
   * Whether the object at {@code d} is an agreement that "joint" marks ({@code A and B issued a
   * joint statement}, {@link AgreementPhrases#isHead}): its coordinated subjects made it together.
   */
  private boolean joint(int d) {
    for (int c : tree.children(d)) {
      if (c < d && word(c).equals("joint")) {
        return AgreementPhrases.isHead("joint " + word(d));
      }
    }
    return false;
  }

  /** Whether "each other" or "one another" ends or begins at {@code t}. */
  private boolean reciprocalAt(int t) {
    if (t < 0) {
      return false;
    }
    String w = word(t);
    boolean ends =
        t > 0
            && (w.equals("other") && word(t - 1).equals("each")
                || w.equals("another") && word(t - 1).equals("one"));
    return ends || w.equals("one") && t + 1 < tokens.size() && word(t + 1).equals("another");
  }

  /**
   * {@code the deal B struck with C}, {@code the pact B signed with C}: the subject of a relative
   * clause on the agreement's noun {@code d} and its partner after "with", who made the agreement;
   * empty unless the clause names both ({@code the deal B rejected} is no party's).
   */
  private List<ActorPhrase> madeWith(int d) {
    for (int r : tree.children(d)) {
      if (tree.label(r).equals("relcl")) {
        List<ActorPhrase> with = clauses.prepObjects(r, AGREEMENT_PARTNER_PREPS);
        List<ActorPhrase> makers = new ArrayList<>(clauses.subject(r).phrases());
        if (!with.isEmpty() && !makers.isEmpty()) {
          makers.addAll(with);
          return makers;
        }
      }
    }
    return List.of();
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
  }
}
