package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.IntendedActs.INTENT;
import static org.actorgraph.relate.IntendedActs.THREATEN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
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
 * ({@link Threats}), stances stated by a noun said of an actor or by name-calling ({@link Stances})
 * and measures a light verb's subject takes against whom the measure names ({@link
 * ImposedMeasures}), and the state that extradites someone with the one it hands them to ({@link
 * Extraditions}). A person is never paired with a country or body they hold a position in, nor,
 * through their title, with their own country, nor in a group with another office holder of their
 * country; a place (the venue) is never an actor.
 *
 * <p>This class walks the sentence and hands each word to the reader of its kind: {@link
 * AssertedWords} leaves out what the report does not assert, {@link ParsedTriggers} reads a verb's
 * category, {@link IntendedActs} makes it an intent or a threat where the governing word says so,
 * {@link VerbInteractions} and {@link NounInteractions} find the actors on each side, {@link
 * HyphenAgents} reads {@code Freedonia-backed}, and {@link ActorPairs} turns the pairs into
 * interactions.
 */
final class DependencyInteractionFinder {

  /** CAMEO 02 appeal and 10 demand: what their verbs govern is only asked for. */
  private static final Set<String> REQUESTS = Set.of("02", "10");

  private final SentenceActors sa;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final GoodOffices offices;
  private final Initiatives initiatives;
  private final JointActs joint;
  private final Visits visits;
  private final Transfers transfers;
  private final Threats threats;
  private final Stances stances;
  private final ActorPairs pairing;
  private final AssertedWords asserted;
  private final ParsedTriggers triggers;
  private final IntendedActs intents;
  private final Meetings meetings;
  private final HyphenAgents hyphens;
  private final VerbInteractions verbs;
  private final NounInteractions nouns;
  private final ImposedMeasures measures;
  private final Extraditions extraditions;
  private final CoFunders funders;
  private final Requests requests;
  private final List<Transfers.Transfer> given = new ArrayList<>();
  private final List<Yielded> yielded = new ArrayList<>();

  /**
   * An interaction of yielding to a request, with the lemmas of its verb that the word-order
   * reading may give as its trigger: the parser's and the annotator's, which may leave a form as
   * written ("honoured").
   */
  private record Yielded(Fact.Interaction fact, Set<String> triggers) {}

  /**
   * @param sa the sentence and its mentions
   * @param actors the sentence's actors, read off its parse
   * @param affiliations for each person, the countries and bodies they hold a position in
   */
  DependencyInteractionFinder(
      SentenceActors sa, ParsedActors actors, Map<Entity, Set<Entity>> affiliations) {
    ParsedClauses clauses = new ParsedClauses(actors);
    this.sa = sa;
    this.tree = actors.tree();
    this.tokens = sa.tokens();
    this.pairing = new ActorPairs(sa, tree, affiliations, actors::placeStandIn);
    this.offices = new GoodOffices(actors, clauses);
    this.initiatives = new Initiatives(actors, clauses);
    this.joint = new JointActs(actors, clauses);
    this.visits = new Visits(actors, clauses, pairing::offices);
    this.transfers = new Transfers(actors, clauses);
    this.threats = new Threats(actors, clauses);
    this.stances = new Stances(actors, clauses);
    this.asserted = new AssertedWords(sa, actors, threats);
    this.triggers = new ParsedTriggers(actors, clauses);
    this.intents = new IntendedActs(actors, threats);
    this.meetings = new Meetings(actors, clauses);
    this.hyphens = new HyphenAgents(actors, offices, pairing);
    this.requests = new Requests(actors, clauses);
    this.verbs = new VerbInteractions(actors, clauses, threats, pairing);
    this.nouns =
        new NounInteractions(
            actors,
            clauses,
            intents,
            new ActParties(actors, clauses, triggers),
            meetings,
            hyphens,
            pairing);
    this.measures = new ImposedMeasures(actors, clauses, pairing);
    this.extraditions = new Extraditions(actors, clauses, pairing);
    this.funders = new CoFunders(actors, clauses);
  }

  List<Fact.Interaction> find() {
    List<Fact.Interaction> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      int i = k;
      if (!asserted.asserted(i)) {
        int refusal = sa.rejectionBefore(i);
        if (refusal >= 0 && tree.tag(i).startsWith("VB") && !triggers.lightOverAct(i)) {
          // "A refused to meet B": the meeting is not asserted, the refusal of it is
          List<Fact.Interaction> refused = new ArrayList<>();
          triggers.verbTrigger(i).ifPresent(c -> verbs.read(refused, i, c));
          extraditions.read(refused, i, Extraditions.JUDICIAL);
          out.addAll(Refusals.rejections(sa, refused, refusal));
        }
        continue;
      }
      String tag = tree.tag(i);
      if (tag.startsWith("VB") && requested(i)) {
        continue;
      }
      if (tag.startsWith("VB")) {
        int verbFacts = out.size();
        hyphens.hyphenAgent(i).ifPresent(agent -> hyphens.compoundAct(out, i, agent));
        verbs.reportedViolation(out, i);
        if (threats.warnsOfHarm(i)) {
          verbs.harm(out, i);
        } else if (threats.retaliates(i)) {
          verbs.retaliation(out, i);
        } else if (transfers.transfers(i)) {
          for (Transfers.Transfer t : transfers.at(i)) {
            pairing.add(
                out, t.giver(), t.recipient(), intents.intended(i, t.cameo()), i, t.confidence());
            if (intents.agreedTo(i, t.cameo())) {
              pairing.add(out, t.giver(), t.recipient(), INTENT, i, t.confidence());
            }
            given.add(t);
          }
        } else if (requests.yields(i)) {
          // "A granted B's request", "A agreed to B's request": the yielding, which the word-order
          // reading of the verb alone (grant: 06, agree to: 03) does not replace
          int before = out.size();
          verbs.read(out, i, Requests.YIELD);
          Set<String> lemmas = new HashSet<>(List.of(tree.lemma(i), tokens.get(i).lemma()));
          out.subList(before, out.size()).forEach(f -> yielded.add(new Yielded(f, lemmas)));
        } else if (!triggers.modifiesTriggerNoun(i) && !triggers.lightOverAct(i)) {
          int before = out.size();
          triggers
              .verbTrigger(i)
              .ifPresent(c -> verbs.read(out, i, intents.intendedOrThreatened(i, c)));
          out.subList(before, out.size()).replaceAll(Quarrels::retyped);
          triggers
              .verbTrigger(i)
              .filter(c -> intents.agreedTo(i, c))
              .ifPresent(c -> verbs.read(out, i, INTENT));
        }
        if (DependencyWords.presence(tree.lemma(i)) || meetings.meets(i)) {
          for (Visits.Visit visit : visits.at(i)) {
            pairing.add(
                out, visit.visitor(), visit.country(), DependencyWords.CONSULT, i, INDIRECT);
          }
        }
        extraditions.read(out, i, intents.intendedOrThreatened(i, Extraditions.JUDICIAL));
        if (intents.agreedTo(i, Extraditions.JUDICIAL)) {
          extraditions.read(out, i, INTENT);
        }
        if (DependencyWords.broker(tree.lemma(i))) {
          pairing.offer(out, offices.brokered(i));
        }
        pairing.gather(out, initiatives.gathered(i));
        for (Stances.Held h : stances.named(i)) {
          pairing.add(out, h.holder(), h.target(), h.cameo(), i, INDIRECT);
        }
        funders.read(out, verbFacts, i);
      } else if (tag.startsWith("NN")) {
        String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
        if (!transfers.givenByVerb(i) && !requestedObject(i)) {
          Optional.of(Requests.APPEAL)
              .filter(c -> requests.appealCall(i))
              .or(() -> GivenThings.act(word))
              .or(() -> triggers.lightPhrase(i))
              .or(() -> CameoLexicon.objectPhraseCameo(tokens, i))
              .or(() -> CameoLexicon.nounCameo(triggers.modifier(i), word, tree.lemma(i)))
              .or(() -> CameoLexicon.nominalCameo(tokens, i))
              .ifPresent(c -> nouns.read(out, i, c));
          measures.read(out, i);
        }
        if (DependencyWords.mediator(word)) {
          pairing.offer(out, offices.mediation(i));
        }
        pairing.gather(out, initiatives.undertaking(i));
        joint.category(i).ifPresent(c -> pairing.together(out, joint.pairs(i, c)));
        for (Stances.Held h : stances.at(i)) {
          pairing.add(out, h.holder(), h.target(), h.cameo(), i, INDIRECT);
        }
      }
      if (offices.intermediaryAt(i)) {
        pairing.offer(out, offices.intermediary(i));
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code v} only says what another verb asks or demands ({@code A urged B to
   * withdraw its troops from C}, {@code A called on B to send aid to C}, {@code A demanded that B
   * halt the drills}): the asking is the event (CAMEO 02 appeal, 10 demand; codebook 020-028 and
   * 100-108 code the request, not what is requested), and what is asked for has not happened.
   */
  private boolean requested(int v) {
    int h = tree.head(v);
    String l = tree.label(v);
    return h != DependencyTree.ROOT
        && (l.equals("xcomp") || l.equals("ccomp"))
        && tree.tag(h).startsWith("VB")
        && triggers.verbTrigger(h).filter(REQUESTS::contains).isPresent();
  }

  /**
   * Whether the noun at {@code n} is the direct object of a verb that is only asked for ({@code A
   * called on B to hold talks with C}): the act it names has not happened either.
   */
  private boolean requestedObject(int n) {
    int h = tree.head(n);
    return h != DependencyTree.ROOT && tree.label(n).equals("dobj") && requested(h);
  }

  /**
   * Whether an interaction of the word-order reading ({@link Clause}) is a transfer of aid or a
   * yielding to a request that {@link #find} read with another category: {@code A provided B with
   * aid} is 07, not provide's own 06; {@code A granted B's request} is 08, not grant's 06; or force
   * between two actors the tree shows fighting on one side ({@code A and B fought the rebels}); or
   * a threat the word order reads off a noun that the tree shows names a danger ({@code A is a
   * threat to B}). Call after {@link #find}.
   */
  boolean retypes(Fact.Interaction f) {
    if (pairing.onOneSide(f)) {
      return true;
    }
    if (f.cameo().equals(THREATEN) && nouns.namesDanger(f.trigger())) {
      return true;
    }
    if (f.cameo().equals(DependencyWords.CONSULT) && asserted.namesCalledOff(f.trigger())) {
      // "a summit between A and B was postponed": no meeting took place
      return true;
    }
    for (Fact.Interaction g : pairing.threatened()) {
      if (samePair(f, g) && f.trigger().equals(g.trigger()) && !f.cameo().equals(THREATEN)) {
        return true;
      }
    }
    for (Yielded y : yielded) {
      Fact.Interaction g = y.fact();
      if (samePair(f, g) && y.triggers().contains(f.trigger()) && !f.cameo().equals(g.cameo())) {
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
          && !f.cameo().equals(intents.intended(t.trigger(), t.cameo()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two interactions pair the same actors, either way round. */
  private static boolean samePair(Fact.Interaction f, Fact.Interaction g) {
    return f.source().equals(g.source()) && f.target().equals(g.target())
        || f.source().equals(g.target()) && f.target().equals(g.source());
  }
}
