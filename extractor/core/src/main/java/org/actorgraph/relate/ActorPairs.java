package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.IntendedActs.THREATEN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Turns the pairs of actor phrases that the readers of {@link DependencyInteractionFinder} find
 * into interactions of one sentence, with the sentence as evidence. It is the one place that
 * decides which pairs are no interaction at all: an actor with itself, a person with a country or
 * body they hold a position in or, through their title, with their own country, two office holders
 * of one country in a group (one side, not partners), and a person with a place's country when the
 * article ties them to no other country. It keeps the threats it adds and the actors a verb of
 * force shows on one side, which {@link DependencyInteractionFinder#retypes} reads.
 */
final class ActorPairs {

  private final SentenceActors sa;
  private final DependencyTree tree;

  /** CAMEO 18, assault: the first category of force ({@link ParsedActors#struck}). */
  private static final String ASSAULT = "18";

  private final Map<Entity, Set<Entity>> affiliations;
  private final Predicate<ActorPhrase> placeStandIn;
  private final List<Fact.Interaction> threatened = new ArrayList<>();
  private final List<Side> sides = new ArrayList<>();

  /** Two actors a verb of force (its lemma {@code trigger}) shows on one side. */
  private record Side(Entity a, Entity b, String trigger) {
    boolean pairs(Fact.Interaction f) {
      return trigger.equals(f.trigger())
          && (a.equals(f.source()) && b.equals(f.target())
              || a.equals(f.target()) && b.equals(f.source()));
    }
  }

  /**
   * @param sa the sentence, whose evidence each interaction carries
   * @param tree the sentence's parse, whose lemma at the trigger names each interaction's trigger
   * @param affiliations for each person, the countries and bodies they hold a position in
   * @param placeStandIn whether a country phrase stands for a place in it ({@link
   *     ParsedActors#placeStandIn})
   */
  ActorPairs(
      SentenceActors sa,
      DependencyTree tree,
      Map<Entity, Set<Entity>> affiliations,
      Predicate<ActorPhrase> placeStandIn) {
    this.sa = sa;
    this.tree = tree;
    this.affiliations = affiliations;
    this.placeStandIn = placeStandIn;
  }

  /** The threats (CAMEO 13) added so far. */
  List<Fact.Interaction> threatened() {
    return Collections.unmodifiableList(threatened);
  }

  /**
   * Records that the actors of {@code side} fight on one side at the verb {@code t} ({@code A and B
   * fought the rebels}); {@link #onOneSide} then tells a reading that pairs them as enemies there.
   */
  void oneSide(List<ActorPhrase> side, int t) {
    for (int a = 0; a < side.size(); a++) {
      for (int b = a + 1; b < side.size(); b++) {
        sides.add(new Side(side.get(a).head(), side.get(b).head(), tree.lemma(t)));
      }
    }
  }

  /** Whether {@code f} is force between two actors recorded on one side at its trigger. */
  boolean onOneSide(Fact.Interaction f) {
    return f.cameo().compareTo(ASSAULT) >= 0 && sides.stream().anyMatch(s -> s.pairs(f));
  }

  /** Adds the pairs who hold a joint act together ({@link JointActs}). */
  void together(List<Fact.Interaction> out, List<JointActs.Pair> pairs) {
    for (JointActs.Pair p : pairs) {
      add(out, p.a(), p.b(), p.cameo(), p.trigger(), p.confidence());
    }
  }

  /** Adds each third party's meeting with a side it mediates between ({@link GoodOffices}). */
  void offer(List<Fact.Interaction> out, List<GoodOffices.Offer> offers) {
    for (GoodOffices.Offer o : offers) {
      add(out, o.third(), o.party(), DependencyWords.CONSULT, o.trigger(), o.confidence());
    }
  }

  /**
   * Adds each third party's mediation with each side it brings together ({@link Initiatives}),
   * CAMEO 04 (codebook 045 Mediate), with the sides' meeting with each other; where the sides have
   * not met by it (an initiative, an infinitive), only the third party's intent to mediate, CAMEO
   * 03 (codebook 039 Express intent to mediate).
   */
  void gather(List<Fact.Interaction> out, List<Initiatives.Gathering> gatherings) {
    for (Initiatives.Gathering g : gatherings) {
      String cameo = g.met() ? DependencyWords.CONSULT : IntendedActs.INTENT;
      for (ActorPhrase t : g.thirds().stream().distinct().toList()) {
        for (ActorPhrase s : g.sides().stream().distinct().toList()) {
          if (!g.thirds().contains(s)) {
            add(out, t, s, cameo, g.trigger(), INDIRECT);
          }
        }
      }
      if (g.met()) {
        pairs(out, g.sides(), cameo, g.trigger(), INDIRECT);
      }
    }
  }

  /**
   * Every pair of a group who act together; two office holders of one country ({@code Freedonian
   * ministers A and B hosted the talks}) are one side, not partners.
   */
  void pairs(
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

  /** Whether two persons hold positions in one country, and so are one side. */
  boolean colleagues(ActorPhrase a, ActorPhrase b) {
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

  /**
   * Adds the interaction of {@code s} toward {@code o} of category {@code cameo} with the trigger
   * at {@code t}, unless the two are one actor or one holds a position in the other; an indirect
   * phrase lowers its confidence to {@link ClauseWords#INDIRECT}.
   */
  void add(
      List<Fact.Interaction> out, ActorPhrase s, ActorPhrase o, String cameo, int t, double conf) {
    Entity source = s.head();
    Entity target = o.head();
    if (source.equals(target)
        || s.qualifier().filter(target::equals).isPresent()
        || o.qualifier().filter(source::equals).isPresent()
        || affiliated(source, target)
        || affiliated(target, source)
        || ownPlace(s, o, cameo)) {
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

  /**
   * {@code the Aster regime's attacks on Port Aster}: force a person uses on a place of a country
   * is used on that country only when the article ties the person to another country ({@code
   * Sylvanian President Roe ordered strikes on Port Aster}); a leader whose country it does not
   * give may be shelling a city of their own.
   */
  private boolean ownPlace(ActorPhrase s, ActorPhrase o, String cameo) {
    return s.head().type() == EntityType.PERSON
        && cameo.compareTo(ASSAULT) >= 0
        && placeStandIn.test(o)
        && offices(s).stream().noneMatch(e -> e.type() == EntityType.COUNTRY);
  }

  private boolean affiliated(Entity person, Entity body) {
    return affiliations.getOrDefault(person, Set.of()).contains(body);
  }
}
