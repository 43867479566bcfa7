package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.IntendedActs.THREATEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ParsedClauses.Role;
import org.actorgraph.resolve.Entity;

/**
 * Finds the actors on each side of an act a noun names: its owner and partner ({@code A's visit to
 * B}, {@code talks between A and B}, {@code B's request} that {@code A granted} or {@code at B's
 * request, A ...}: {@link Requests}), the subject and object of the light verb over it ({@code A
 * imposed sanctions on B}), whom a verb of receiving says it reached ({@code criticism from A} that
 * {@code B drew}), those who host, chair, attend or convene a meeting ({@link Meetings}), those in
 * a state of conflict ({@code A and B are at war}) and the parties the parser hangs elsewhere
 * ({@link ActParties}); for a verb's nominal, also whom the prepositions of its object after "of"
 * name ({@code the recall of its ambassador from B}).
 */
final class NounInteractions {

  /**
   * Prepositions after an act noun whose object's owner the act is aimed at when the object names
   * no actor: {@code support for B's bid}, {@code opposition to B's plan}, {@code sanctions on B's
   * oil}; not after a meeting ({@code talks on B's future}), nor "of", whose object is what the act
   * is done to ({@code the destruction of B's heritage} by C).
   */
  private static final Set<String> OWNED_PARTNER_PREPS =
      Set.of("for", "to", "against", "on", "into");

  /**
   * Prepositions after the object of a verb's nominal that name whom its act is aimed at ({@code
   * the recall of its ambassador from B}, {@code the severing of ties with B}), as after the object
   * of the verb ({@link VerbInteractions}).
   */
  private static final Set<String> OF_OBJECT_PARTNER_PREPS =
      Set.of("with", "to", "from", "against", "on");

  /**
   * The preposition after an act noun that names whom an inquiry or incursion goes into ({@code an
   * investigation into B}; {@link ParsedClauses#partner}).
   */
  private static final Set<String> INTO = Set.of("into");

  /** The prepositions that give the ground an act is done on ({@code arrested on a warrant}). */
  private static final Set<String> GROUNDS = Set.of("on", "under");

  /** Verbs that say the act noun, their subject, happens ({@code occurrence_verbs.txt}). */
  private static final Set<String> OCCURRENCE = WordLists.set("occurrence_verbs.txt");

  /** CAMEO 10, demand: the first root after those of cooperation (01-09). */
  private static final String DEMAND = "10";

  /** CAMEO 11, disapprove: criticism, accusation. */
  private static final String DISAPPROVE = "11";

  /** CAMEO 05, engage in diplomatic cooperation: what those whose talks end in a deal do. */
  private static final String AGREE = "05";

  /**
   * The verbs by which talks end in a result ("ended in", "resulted in", "culminated in"), with
   * "ended", which the shipped lemmatiser leaves as written.
   */
  private static final Set<String> ENDINGS =
      Set.of("end", "ended", "conclude", "result", "culminate");

  /** CAMEO 08, yield: release, return. */
  private static final String YIELD = "08";

  /** CAMEO 17, coerce: the first root of harm done by force. */
  private static final String COERCE = "17";

  /** CAMEO 18, assault: the first root of force used on someone (18 to 20). */
  private static final String ASSAULT = "18";

  /** CAMEO 06, engage in material cooperation (codebook 062 cooperate militarily). */
  private static final String MATERIAL_COOPERATION = "06";

  /**
   * Prepositions after a noun of force that name where it strikes: {@code strikes on northern B},
   * {@code the shelling of B's Aster region}, {@code an offensive in northern B}.
   */
  private static final Set<String> STRUCK_PREPS =
      Set.of("on", "upon", "against", "into", "at", "of", "in");

  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final IntendedActs intents;
  private final ActParties parties;
  private final Meetings meetings;
  private final HyphenAgents hyphens;
  private final ActorPairs pairing;
  private final Answers answers;
  private final Requests requests;

  NounInteractions(
      ParsedActors actors,
      ParsedClauses clauses,
      IntendedActs intents,
      ActParties parties,
      Meetings meetings,
      HyphenAgents hyphens,
      ActorPairs pairing) {
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
    this.intents = intents;
    this.parties = parties;
    this.meetings = meetings;
    this.hyphens = hyphens;
    this.pairing = pairing;
    this.answers = new Answers(clauses, tree, tokens);
    this.requests = new Requests(actors, clauses);
  }

  /**
   * Adds to {@code out} the interactions of category {@code cameo} that the noun at {@code n}
   * names.
   */
  void read(List<Fact.Interaction> out, int n, String cameo) {
    if (danger(n)) {
      return;
    }
    Role owner = clauses.owner(n);
    Role partner = clauses.partner(n, cameo.equals("04"));
    List<ActorPhrase> of = clauses.ofActors(n);
    if (of.isEmpty() && partner.isEmpty() && !owner.isEmpty() && doneToPeople(cameo)) {
      // "the kidnapping of four B-ian workers by A": those it is done to are B's
      of = clauses.ofCountryModifiers(n);
    }
    List<ActorPhrase> owners = new ArrayList<>(owner.phrases());
    List<ActorPhrase> partners = new ArrayList<>(partner.phrases());
    boolean coerced = cameo.compareTo(COERCE) >= 0;
    if (coerced) {
      // "the extradition of John Roe to B": where the one it is done to is sent is no partner
      partners.removeAll(clauses.prepObjects(n, Set.of("to")));
    }
    if (cameo.equals(COERCE) && of.isEmpty()) {
      // "John Roe's arrest by A", "John Roe's detention": a person's arrest is done to them
      List<ActorPhrase> held = clauses.heldPossessors(n);
      owners.removeAll(held);
      partners.addAll(held);
    }
    int answerer = requests.answering(n);
    if (partners.isEmpty() && answerer >= 0) {
      // "at the request of B, A sent troops", "A granted B's request": B asked the one who answers
      partners.addAll(clauses.subject(answerer).phrases());
    }
    if (partners.isEmpty() && of.isEmpty() && !cameo.equals(DependencyWords.CONSULT)) {
      partners.addAll(clauses.prepOwners(n, OWNED_PARTNER_PREPS));
    }
    if (nominal(n)) {
      // "the recall of its ambassador from B": the prepositions of what the act is done to name
      // whom it is aimed at, as those of its verb's object do ("recalled its ambassador from B"),
      // and whose envoy it is ("the A-ian ambassador") is then the doer; "the summoning of the
      // B-ian envoy by A": a "by" the parser hangs on that object names the doer
      if (partners.isEmpty()) {
        partners.addAll(ofObjectPreps(n, OF_OBJECT_PARTNER_PREPS));
      }
      if (owners.isEmpty()) {
        owners.addAll(ofObjectPreps(n, Set.of("by")));
      }
    }
    if (ParsedObjects.placesOnly(partners) && ParsedObjects.placesOnly(of) && force(n, cameo)) {
      // "Freedonian strikes on northern Sylvania": force used on a place is used on its country
      partners.addAll(clauses.placeCountries(n, STRUCK_PREPS));
    }
    if (owners.isEmpty() && !partners.isEmpty() && !coerced) {
      // "the visit of A to B"; but the arrest or killing "of" B is done to B
      owners.addAll(of);
    } else {
      partners.addAll(of);
    }
    if (partners.isEmpty() && cameo.compareTo(THREATEN) >= 0) {
      partners.addAll(parties.agentTargets(n));
    }
    List<ActorPhrase> hosts = new ArrayList<>();
    // those of the hosts who host, mediate or chair the act rather than attend it
    List<ActorPhrase> thirds = new ArrayList<>();
    List<ActorPhrase> targets = new ArrayList<>();
    double conf = owner.confidence() == 0 ? 0.8 : owner.confidence();
    int at = partitive(n);
    boolean undergone = undergone(at);
    // "B came under fire": the verb over "under" takes the noun's place in the clause
    int v = undergone ? tree.head(tree.head(at)) : tree.head(at);
    String l = tree.label(at);
    if (v != DependencyTree.ROOT && tree.tag(v).startsWith("VB")) {
      String lemma = tree.lemma(v);
      if (l.equals("dobj") && owners.isEmpty() && DependencyWords.light(lemma)) {
        owners.addAll(clauses.subject(v).phrases());
        partners.addAll(clauses.object(v).phrases());
        if (partners.isEmpty()) {
          // "A opened a probe into B": the parser hung the noun's "into" on the verb
          partners.addAll(clauses.prepObjects(v, INTO));
        }
        if (partners.isEmpty() && !cameo.equals(DependencyWords.CONSULT)) {
          // "imposed sanctions on B's oil sector": the preposition hangs on the verb
          partners.addAll(clauses.prepOwners(v, OWNED_PARTNER_PREPS));
        }
        if (ParsedObjects.placesOnly(partners) && force(n, cameo)) {
          // "A launched an offensive in northern B": where the verb says the force is used
          partners.addAll(clauses.placeCountries(v, STRUCK_PREPS));
        }
        if (partners.isEmpty() && cameo.compareTo(DISAPPROVE) >= 0) {
          // "In response to B's attack, A imposed sanctions": a hostile answer is aimed at whom
          // it answers
          partners.addAll(answers.answered(v));
        }
        conf = INDIRECT + 0.1;
        cameo = intents.intended(v, cameo);
      } else if (l.equals("dobj") && DependencyWords.receive(lemma) || undergone) {
        int subject = tree.child(v, "nsubj");
        if (subject < 0 || !AgreementPhrases.isHead(word(subject))) {
          targets.addAll(clauses.subject(v).phrases());
        }
        if (targets.isEmpty()) {
          targets.addAll(parties.actOwners(v));
        }
        if (targets.isEmpty() && undergone && subject >= 0) {
          // "a B-ian convoy came under fire", "B's city of Aster came under attack": its owner's
          targets.addAll(clauses.owners(subject));
        }
        owners.addAll(clauses.prepObjects(v, Set.of("from", "by")));
      } else if ((l.equals("dobj") || l.equals("nsubjpass")) && Meetings.takesPart(lemma, cameo)) {
        hosts.addAll(clauses.subject(v).phrases());
        if (DependencyWords.broker(lemma)) {
          thirds.addAll(clauses.subject(v).phrases());
        }
        hosts.addAll(meetings.sharers(v, l, cameo));
      } else if (l.equals("dobj") && welcomed(lemma, n, cameo, partner)) {
        hosts.addAll(clauses.subject(v).phrases());
      } else if ((l.equals("dobj") || l.equals("nsubjpass"))
          && partners.isEmpty()
          && cameo.equals(DISAPPROVE)
          && DependencyWords.rebut(lemma)) {
        // "A denied the accusations by B": the accusation A rebuts was aimed at A
        targets.addAll(clauses.subject(v).phrases());
        if (owners.isEmpty() && !clauses.passive(v)) {
          // "A dismissed the criticism from B", the parser hanging "from B" on the verb
          owners.addAll(clauses.prepObjects(v, Set.of("from")));
        }
      } else if (l.equals("nsubj") && partners.isEmpty() && harms(v)) {
        // "A's strikes damaged B's power grid": the act reaches whom its verb of force struck
        partners.addAll(clauses.object(v).phrases());
      }
    }
    if (partners.isEmpty() && !owners.isEmpty() && cameo.equals(COERCE)) {
      // "B was arrested on an A warrant": the warrant's issuer acts on whom it is executed on
      partners.addAll(executedOn(at));
    }
    if (cameo.compareTo(DEMAND) < 0) {
      // "A led a coalition against B", "an alliance against B": cooperation (CAMEO 01-09) against
      // B has B for its adversary, not its partner
      partners.removeAll(clauses.prepObjects(n, Set.of("against")));
      if (v != DependencyTree.ROOT) {
        partners.removeAll(clauses.prepObjects(v, Set.of("against")));
      }
    }
    int state = stateVerb(n);
    if (owners.isEmpty() && state >= 0) {
      owners.addAll(clauses.subject(state).phrases());
      if (partners.isEmpty() && owners.size() >= 2) {
        pairing.pairs(out, owners, cameo, n, INDIRECT + 0.1);
        return;
      }
    } else if (owners.isEmpty() && cameo.equals("04")) {
      owners.addAll(meetings.attendees(n));
      if (owners.isEmpty() && !partners.isEmpty()) {
        // "A said talks with B were continuing": the speaker's side, read from the report
        owners.addAll(meetings.reporters(n));
        owners.removeAll(partners);
        conf = Math.min(conf, INDIRECT + 0.1);
      }
    } else if (owners.isEmpty() && !partners.isEmpty() && !onlyWhere(n, cameo, partners)) {
      owners.addAll(parties.sides(n));
    }
    if (cameo.equals(DependencyWords.CONSULT)
        && Meetings.convened(owners)
        && !meetings.onMargins(n)) {
      // "A spoke at the Union summit" takes part with the Union; "A met B on the sidelines of the
      // Union summit" is a meeting of A and B apart from it
      hosts.addAll(meetings.attendees(n));
    }
    List<ActorPhrase> between = new ArrayList<>(clauses.between(n));
    int happens = tree.head(n);
    if (between.isEmpty()
        && tree.label(n).equals("nsubj")
        && happens != DependencyTree.ROOT
        && OCCURRENCE.contains(tree.lemma(happens))) {
      // "clashes erupted between A and B": the parser hangs the act's sides on the verb
      between.addAll(clauses.between(happens));
    }
    for (int c : described(n)) {
      String cl = tree.label(c);
      Optional<ActorPhrase> agent = hyphens.hyphenAgent(c);
      if (agent.isPresent()
          && cameo.equals(DependencyWords.CONSULT)
          && Meetings.takesPart(tree.lemma(c), cameo)) {
        // "Freedonia-mediated talks between A and B": the agent takes part in the meeting
        hosts.add(agent.get());
      } else if ((cl.equals("acl") || cl.equals("relcl") || cl.equals("advcl"))
          && Meetings.takesPart(tree.lemma(c), cameo)) {
        hosts.addAll(clauses.subject(c).phrases());
        if (DependencyWords.broker(tree.lemma(c))) {
          thirds.addAll(clauses.subject(c).phrases());
        }
        between.addAll(clauses.between(c));
      } else if (cl.equals("acl") && owners.isEmpty() && DependencyWords.light(tree.lemma(c))) {
        owners.addAll(clauses.subject(c).phrases());
        partners.addAll(clauses.object(c).phrases());
      }
    }
    if (cameo.equals(DependencyWords.CONSULT)) {
      hosts.addAll(meetings.conveners(n));
    }
    hosts.addAll(overseers(n));
    if (owners.stream().anyMatch(NounInteractions::armed)
        || partners.stream().anyMatch(NounInteractions::armed)) {
      // "Russian strikes on Ukraine", "strikes against ISIL": an attack, not a walkout
      cameo = CameoLexicon.stateNounCameo(word(n), tree.lemma(n)).orElse(cameo);
    }
    if (joint(n) && owners.size() >= 2) {
      // "A and B launched joint strikes on the rebels": those who strike together are one side,
      // cooperating militarily (CAMEO 06, codebook 062), not fighting each other
      String together = force(n, cameo) ? MATERIAL_COOPERATION : cameo;
      pairing.pairs(out, owners, together, n, Math.min(conf, INDIRECT + 0.1));
    }
    if (cameo.equals(DependencyWords.CONSULT) && endedInAgreement(n)) {
      // "talks between A and B ended in an agreement": those who talked agreed (CAMEO 05)
      List<ActorPhrase> sides = new ArrayList<>(owners);
      sides.addAll(partners);
      sides.addAll(between);
      pairing.pairs(out, ParsedWords.distinct(sides), AGREE, n, INDIRECT);
    }
    int t = n;
    if (!targets.isEmpty()) {
      for (ActorPhrase s : owners) {
        for (ActorPhrase o : targets) {
          pairing.add(out, s, o, cameo, t, conf);
        }
      }
    } else if (!hosts.isEmpty() || cameo.equals("04") && partners.isEmpty()) {
      List<ActorPhrase> all = new ArrayList<>(hosts);
      all.addAll(owners);
      all.addAll(partners);
      all.addAll(between);
      int before = out.size();
      pairing.pairs(out, all, cameo, t, Math.min(conf, INDIRECT + 0.1));
      out.subList(before, out.size()).removeIf(f -> coHosts(f, thirds, all, hosts));
    } else if (!owners.isEmpty() && !partners.isEmpty()) {
      for (ActorPhrase s : owners) {
        for (ActorPhrase o : partners) {
          pairing.add(out, s, o, cameo, t, conf);
        }
      }
    } else if (between.size() >= 2) {
      pairing.pairs(out, between, cameo, t, INDIRECT);
    } else if (cameo.equals(DependencyWords.CONSULT)
        && owners.isEmpty()
        && partner.isEmpty()
        && of.size() >= 2) {
      // "a meeting of the foreign ministers of A, B and C": those it is of meet each other
      pairing.pairs(out, of, cameo, t, INDIRECT);
    }
  }

  /**
   * Whether the only actors a noun of force at {@code n} names are where it is fought, after "in"
   * ({@code the war in B}, {@code the fighting in northern B}): it names none of its sides, so
   * those of the clause it stands in ({@code A would not take sides in the war in B}, {@code A
   * stayed neutral in the war in B}) hold a stance on it or act in its setting, and are not
   * fighting B, unless their verb says they use force ({@code A killed ten militants in air strikes
   * in northern B}); a noun that names whom it is aimed at ({@code A joined B in the war against
   * C}) has them for sides.
   */
  private boolean onlyWhere(int n, String cameo, List<ActorPhrase> partners) {
    int prep = tree.head(n);
    int v = prep == DependencyTree.ROOT ? DependencyTree.ROOT : tree.head(prep);
    boolean fights =
        v != DependencyTree.ROOT
            && tree.tag(v).startsWith("VB")
            && CameoLexicon.cameo(tree.lemma(v)).filter(c -> c.compareTo(ASSAULT) >= 0).isPresent();
    return !fights
        && force(n, cameo)
        && clauses.placeCountries(n, Set.of("in")).containsAll(partners);
  }

  /**
   * Whether {@code f} pairs two third parties who host, mediate or chair the act of others named
   * with it ({@code A and B resumed talks hosted by C and D}, {@code C and D mediated talks between
   * A and B}, with {@code thirds} C and D among the {@code hosts}, the first of {@code all}): they
   * act toward the sides, not toward each other (CAMEO 04, codebook 043 Host a visit, 045 Mediate,
   * are said of the host or mediator with a side). Co-hosts of a meeting whose only other
   * participants attend it ({@code C and D hosted a summit attended by A}) still meet.
   */
  private static boolean coHosts(
      Fact.Interaction f,
      List<ActorPhrase> thirds,
      List<ActorPhrase> all,
      List<ActorPhrase> hosts) {
    List<ActorPhrase> sides = all.subList(hosts.size(), all.size());
    if (sides.stream().allMatch(thirds::contains)) {
      return false;
    }
    List<Entity> apart =
        thirds.stream().filter(p -> !sides.contains(p)).map(ActorPhrase::head).toList();
    return apart.contains(f.source()) && apart.contains(f.target());
  }

  /**
   * Whether the meeting noun at {@code n} is the subject of a verb of ending whose "in" or "with"
   * names an agreement ({@code the talks ended in an agreement}, {@code negotiations concluded with
   * a deal}; Oxford Learner's end in something "to have something as a result", result in,
   * culminate in); not "ended without a deal".
   */
  private boolean endedInAgreement(int n) {
    int v = tree.head(n);
    if (v == DependencyTree.ROOT
        || !tree.label(n).equals("nsubj")
        || !ENDINGS.contains(tree.lemma(v))) {
      return false;
    }
    for (int p : tree.children(v)) {
      if (tree.label(p).equals("prep") && Set.of("in", "with").contains(word(p))) {
        for (int o : tree.children(p)) {
          if (tree.label(o).equals("pobj") && AgreementPhrases.isHead(word(o))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * {@code A and B witnessed the signing of two memoranda}, {@code A and B presided over the
   * signing of ten agreements}: two or more leaders who oversee a signing that names no parties of
   * its own sign through their states (CAMEO 057 Sign formal agreement, said of those whose states
   * sign), so they act together; empty for one overseer ({@code A witnessed the signing}: a
   * mediator or host) and for a signing whose parties are named ({@code between B and C}).
   */
  private List<ActorPhrase> overseers(int n) {
    if (!word(n).equals("signing") || names(n, Set.of("between", "by"))) {
      return List.of();
    }
    int h = tree.head(n);
    String l = tree.label(n);
    if (h != DependencyTree.ROOT && l.equals("pobj") && word(h).equals("over")) {
      l = "dobj";
      h = tree.head(h);
    }
    if (h == DependencyTree.ROOT
        || !l.equals("dobj")
        || !tree.tag(h).startsWith("VB")
        || !DependencyWords.oversee(tree.lemma(h))) {
      return List.of();
    }
    List<ActorPhrase> subjects = clauses.subject(h).phrases();
    return subjects.size() >= 2 ? subjects : List.of();
  }

  /** Whether a preposition of {@code preps} stands anywhere below the noun at {@code n}. */
  private boolean names(int n, Set<String> preps) {
    for (int k = n + 1; k < tokens.size(); k++) {
      if (tree.dominates(n, k) && preps.contains(word(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code B came under fire from A}, {@code B came under attack by A}: the act noun at {@code at}
   * is the object of "under" on the verb come, whose subject undergoes the act (Oxford Learner's
   * Dictionary come under something: "to be the subject of an action": "to come under attack", "to
   * come under fire"), as the subject of a verb of receiving does ({@code drew criticism}).
   */
  private boolean undergone(int at) {
    int under = tree.head(at);
    if (!tree.label(at).equals("pobj")
        || under == DependencyTree.ROOT
        || !word(under).equals("under")) {
      return false;
    }
    int v = tree.head(under);
    return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") && tree.lemma(v).equals("come");
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

  /**
   * Whether an act of category {@code cameo} is done to people or things that a country adjective
   * can give to their country ({@code the arrest of two B-ian nationals}, {@code the release of
   * B-ian prisoners}, {@code the kidnapping of B-ian workers}): yield (08, codebook 084 Return,
   * release) and coerce to mass violence (17 to 20).
   */
  private static boolean doneToPeople(String cameo) {
    return cameo.equals(YIELD) || cameo.compareTo(COERCE) >= 0;
  }

  /**
   * {@code B was arrested on an A warrant}, {@code police detained B under an A order}: whom the
   * verb of coercion (CAMEO 17 and over) that the noun of coercion at {@code at} is the ground of,
   * by "on" or "under", acts on (its object, or its subject when passive); empty when the noun
   * hangs on no such verb. The noun's issuer is taken to act on them, as the codebook's 173
   * (arrest, detain, or charge with legal action) has whoever orders the arrest act.
   */
  private List<ActorPhrase> executedOn(int at) {
    int prep = tree.head(at);
    if (!tree.label(at).equals("pobj")
        || prep == DependencyTree.ROOT
        || !GROUNDS.contains(tree.lemma(prep))) {
      return List.of();
    }
    int v = tree.head(prep);
    return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") && harms(v)
        ? clauses.object(v).phrases()
        : List.of();
  }

  /**
   * Whether the noun at {@code n}, of category {@code cameo}, names a use of force (CAMEO 18 to
   * 20), or does when a state or an armed group carries it out ({@code strikes}; {@link
   * CameoLexicon#stateNounCameo}).
   */
  private boolean force(int n, String cameo) {
    String state = CameoLexicon.stateNounCameo(word(n), tree.lemma(n)).orElse(cameo);
    return cameo.compareTo(ASSAULT) >= 0 || state.compareTo(ASSAULT) >= 0;
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
   * it; and so, set off between the subject and its verb ({@code talks between A and B, mediated by
   * C, broke down}), it describes that subject.
   */
  private List<Integer> described(int n) {
    List<Integer> out = new ArrayList<>(tree.children(n));
    int v = tree.head(n);
    String l = tree.label(n);
    boolean subject = l.equals("nsubj") || l.equals("nsubjpass");
    if (v == DependencyTree.ROOT || !l.equals("dobj") && !subject) {
      return out;
    }
    for (int c : tree.children(v)) {
      if (c > n
          && (!subject || c < v)
          && tree.label(c).equals("advcl")
          && tree.tag(c).equals("VBN")
          && tree.child(c, "agent") >= 0) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a noun of threat written or lemmatised {@code trigger} names a danger in this sentence
   * ({@link #danger}).
   */
  boolean namesDanger(String trigger) {
    for (int n = 0; n < tree.size(); n++) {
      if ((word(n).equals(trigger) || tree.lemma(n).equals(trigger)) && danger(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun of threat at {@code n} names a danger rather than a warning given: said of its
   * subject ({@code A is a threat to B}, {@code A remains a threat}) or the object of a verb of
   * posing one ({@code A poses a threat to B}; {@code threat-words.tsv} class danger).
   */
  private boolean danger(int n) {
    if (!Threats.is("threat", tree.lemma(n)) && !Threats.is("threat", word(n))) {
      return false;
    }
    String l = tree.label(n);
    int v = tree.head(n);
    return l.equals("attr")
        || l.equals("oprd")
        || l.equals("dobj") && v != DependencyTree.ROOT && Threats.is("danger", tree.lemma(v));
  }

  /** Whether an actor bears arms as such: a state, or an armed group. */
  private static boolean armed(ActorPhrase p) {
    return p.head().type() == EntityType.COUNTRY
        || p.head().subtype().filter(EntitySubtype.ARMED_GROUP.label()::equals).isPresent();
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
   * Whether the noun at {@code n} states its act only as its verb's nominal, with what follows its
   * "of" ({@link CameoLexicon#nominalCameo}), and not as a noun of its own.
   */
  private boolean nominal(int n) {
    return CameoLexicon.nounCameo(word(n), tree.lemma(n)).isEmpty()
        && CameoLexicon.nominalCameo(tokens, n).isPresent();
  }

  /**
   * The actors after the prepositions {@code preps} of the object of "of" after the noun at {@code
   * n} ({@code the recall of its ambassador from B}).
   */
  private List<ActorPhrase> ofObjectPreps(int n, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && word(c).equals("of")) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            out.addAll(clauses.prepObjects(o, preps));
          }
        }
      }
    }
    return out;
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
  }
}
