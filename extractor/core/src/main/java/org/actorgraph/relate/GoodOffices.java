package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Third parties read off a parse: who mediates, brokers, hosts or chairs what others do, paired
 * with each of those others (CAMEO 04: codebook 043 Host a visit, 044 Meet at a third location, 045
 * Mediate), whatever the category of what they brought about:
 *
 * <ul>
 *   <li>a noun of good offices after with/under/through: {@code A and B agreed under C's auspices},
 *       {@code A and B agreed to a truce under the auspices of C}, or an invitation after at/on:
 *       {@code A and B met at C's invitation};
 *   <li>a verb of good offices over the act it brought about: {@code C brokered a truce between A
 *       and B}, {@code A and B signed a truce brokered by C}, or as an absolute gerund after
 *       "with": {@code A met B, with C hosting the talks};
 *   <li>a noun for a third party between others: {@code C acted as mediator between A and B},
 *       {@code C, the broker between A and B};
 *   <li>a third party reporting what the sides did: {@code C, the mediator, said A and B had
 *       agreed}, {@code Freedonian mediators said A and B would meet}, {@code C, which hosted the
 *       talks, said A and B had agreed}.
 * </ul>
 *
 * <p>The word classes are data ({@code clause-words.tsv}: mediator, broker, intermediary). A
 * meeting that a third party hosts or chairs is read with its other participants by {@link
 * DependencyInteractionFinder}; what is read here adds only the third party's pairs.
 */
final class GoodOffices {

  /** A third party and one of those it acts between, with the word that says so. */
  record Offer(ActorPhrase third, ActorPhrase party, int trigger, double confidence) {}

  /**
   * Prepositions before a noun of good offices: "with X's facilitation", "under X's auspices", "at
   * X's invitation", "on the invitation of X".
   */
  private static final Set<String> MEDIATION_PREPS =
      Set.of("with", "under", "through", "via", "at", "on", "upon");

  /**
   * The roots of a verb whose subject and object are the parties of a brokered act it governs:
   * {@code A and B signed a truce brokered by C}, but not {@code A rejected a truce brokered by C}.
   */
  private static final Set<String> JOINT_ACTS = Set.of("03", "04", "05", "06", "07", "08");

  /**
   * Prepositions by which a noun for a third party names what it mediates in: {@code mediator in
   * talks between A and B}, {@code the facilitator of talks}, {@code mediator for talks}.
   */
  private static final Set<String> MEDIATED_PREPS = Set.of("in", "of", "for");

  /**
   * Nouns for a part one plays, which stand for the noun for a third party they name ({@code the
   * role of facilitator}, {@code its role as mediator}): Oxford Learner's Dictionary role ("the
   * function or position that somebody has or is expected to have in an organization, in society or
   * in a relationship"), part ("a person's share in an activity").
   */
  private static final Set<String> ROLE_NOUNS = Set.of("role", "part");

  /** Confidence of a third party named with the act it brokered. */
  private static final double BROKERED = INDIRECT + 0.1;

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;

  GoodOffices(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
  }

  /**
   * {@code A and B agreed under C's auspices}, {@code the two sides decided, with C's facilitation,
   * to ...}, {@code A signed the accord with B under the mediation of C}, {@code A and B agreed to
   * a truce under the auspices of C}, {@code A and B met at C's invitation}: the owner of a noun of
   * good offices at {@code n} after with/under/through (at/on an invitation) mediates with or hosts
   * the actors of the clause the phrase belongs to (its verb, or the verb whose object the noun it
   * follows is).
   */
  List<Offer> mediation(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj")
        || prep == DependencyTree.ROOT
        || !MEDIATION_PREPS.contains(word(prep))) {
      return List.of();
    }
    List<ActorPhrase> thirds = new ArrayList<>(clauses.owner(n).phrases());
    thirds.addAll(clauses.ofActors(n));
    int h = tree.head(prep);
    if (thirds.isEmpty() || h == DependencyTree.ROOT) {
      return List.of();
    }
    List<ActorPhrase> sides = new ArrayList<>(clauses.between(h));
    h = governingVerb(h);
    if (tree.tag(h).startsWith("VB")) {
      sides.addAll(clauses.subject(h).phrases());
      sides.addAll(clauses.object(h).phrases());
    }
    return offers(thirds, sides, n, INDIRECT);
  }

  /**
   * {@code C brokered a truce between A and B}, {@code the deal was mediated by C}, {@code A and B
   * signed a truce brokered by C}, {@code C facilitated A's talks with B}: the subject (or agent)
   * of a verb of good offices at {@code v} with those between whom the act it governs was made: the
   * actors after "between" it or its noun, the owner and partner of a noun that names an act, those
   * it is for ({@code C hosted a dinner for A}; PETRARCH2 HOST * DINNER [043]), and the subject and
   * object of a verb of cooperation whose object the noun is. A meeting noun is left to its own
   * reading, and an actor as the object ({@code C hosted A}) is a visit, not an act. A relative
   * clause on the third party ({@code C, which mediated the talks, said A and B had agreed}) pairs
   * it with the sides of the joint act its verb reports.
   */
  List<Offer> brokered(int v) {
    int with = brokeringWith(v);
    if (with >= 0) {
      int w = tree.head(with);
      int o = tree.child(v, "dobj");
      if (w == DependencyTree.ROOT
          || o >= 0 && !actors.actors(o).isEmpty()
          || !jointAct(tree.lemma(w)) && !meetingObject(w)) {
        return List.of(); // "A attacked B, with C hosting A's troops": C hosts no act of theirs
      }
      return offers(absoluteThirds(v, with), clauseSides(w), v, INDIRECT);
    }
    int c = tree.head(v);
    if (tree.label(v).equals("relcl") && c != DependencyTree.ROOT && !actors.actors(c).isEmpty()) {
      return offers(actors.actors(c), reportedSides(c), v, INDIRECT);
    }
    int n = brokeredAct(v);
    if (n < 0 || !actors.actors(n).isEmpty() || meeting(n)) {
      return List.of();
    }
    List<ActorPhrase> thirds = clauses.subject(v).phrases();
    if (thirds.isEmpty()) {
      return List.of();
    }
    return offers(thirds, parties(v, n), v, BROKERED);
  }

  /**
   * {@code the Freedonia-brokered truce between A and B}, {@code A and B agreed to a
   * Freedonia-brokered truce}: the actor joined by a hyphen to a participle of good offices at
   * {@code v} with the sides of the act noun it modifies. A meeting noun is left to its own reading
   * ({@code Freedonia-mediated talks}, where the agent takes part).
   */
  List<Offer> compound(int v, ActorPhrase agent) {
    int n = tree.head(v);
    if (n == DependencyTree.ROOT
        || !tree.tag(n).startsWith("NN")
        || !actors.actors(n).isEmpty()
        || meeting(n)) {
      return List.of();
    }
    return offers(List.of(agent), parties(v, n), v, BROKERED);
  }

  /**
   * Those between whom the act noun at {@code n}, brought about by the verb of good offices at
   * {@code v}, was made.
   */
  private List<ActorPhrase> parties(int v, int n) {
    List<ActorPhrase> parties = new ArrayList<>(clauses.between(v));
    parties.addAll(clauses.between(n));
    List<ActorPhrase> owners = act(n) ? clauses.owner(n).phrases() : List.of();
    parties.addAll(owners);
    if (!owners.isEmpty()) {
      parties.addAll(clauses.partner(n, false).phrases());
    }
    parties.addAll(clauses.prepObjects(n, Set.of("for")));
    int g = governingVerb(n);
    if (g != n && tree.tag(g).startsWith("VB") && jointAct(tree.lemma(g))) {
      parties.addAll(clauses.subject(g).phrases());
      parties.addAll(clauses.object(g).phrases());
    }
    return parties;
  }

  /**
   * {@code C acted as mediator between A and B}, {@code C is the main broker between A and B},
   * {@code C, the mediator between A and B, said}, {@code Freedonian mediators between A and B},
   * {@code C acted as mediator in talks between A and B}, {@code C is the facilitator of talks
   * between A and B}, {@code C acted as a go-between for A and B}: the one a noun for a third party
   * at {@code n} describes, with the actors after its "between" or after the "between" of what it
   * mediates in. In {@code A and B agreed to a truce, with C acting as mediator} the third party is
   * the object of "with", and the sides are the actors of the clause the phrase belongs to. A role
   * it names stands for it: {@code C played the role of facilitator between A and B}, {@code C's
   * role as mediator between A and B}. A noun for a third party that is the subject of a report, or
   * is set beside one ({@code C, the mediator, said A and B had agreed}, {@code Freedonian
   * mediators said A and B would meet}), mediates between the sides of the joint act reported.
   */
  List<Offer> intermediary(int n) {
    List<ActorPhrase> parties = new ArrayList<>(clauses.between(n));
    List<ActorPhrase> thirds = new ArrayList<>(clauses.owner(n).phrases());
    int role = roleOf(n);
    if (role >= 0) {
      thirds.addAll(roleHolders(role));
      parties.addAll(clauses.between(role));
    }
    int h = tree.head(n);
    String l = tree.label(n);
    if (h != DependencyTree.ROOT) {
      if (l.equals("pobj") && word(h).equals("as") && tree.head(h) != DependencyTree.ROOT) {
        int v = tree.head(h);
        int with = absoluteWith(v);
        if (ROLE_NOUNS.contains(tree.lemma(v))) {
          thirds.addAll(roleHolders(v));
          parties.addAll(betweenIn(v));
        } else if (with >= 0) {
          // the parser reads the third party as the object of "with" or as the gerund's subject
          thirds.addAll(absoluteThirds(v, with));
          parties.addAll(clauseSides(tree.head(with)));
        } else if (tree.tag(v).startsWith("VB")) {
          thirds.addAll(clauses.subject(v).phrases());
          parties.addAll(betweenIn(v));
        }
      } else if (l.equals("attr") || l.equals("oprd")) {
        int s = tree.child(h, "nsubj");
        if (s >= 0) {
          thirds.addAll(actors.actors(s));
        }
      } else if (l.equals("appos")) {
        actors.actor(h).ifPresent(thirds::add);
        parties.addAll(reportedSides(h));
      } else if (l.equals("nsubj")) {
        // "Freedonian mediators said A and B had agreed", "the mediator, C, said ..."
        int a = tree.child(n, "appos");
        if (a >= 0) {
          thirds.addAll(actors.actors(a));
        }
        parties.addAll(reportedSides(n));
      }
    }
    parties.addAll(betweenIn(n));
    List<ActorPhrase> pair = clauses.prepObjects(n, Set.of("for"));
    if (pair.size() >= 2) {
      // "C acted as a go-between for A and B"; "a mediator for A" may be A's own
      parties.addAll(pair);
    }
    return parties.isEmpty() ? List.of() : offers(thirds, parties, n, INDIRECT);
  }

  /**
   * Whether the word at {@code n} names a third party between others ({@link
   * DependencyWords#intermediary}): a noun as written, or a word with the word a hyphen joins to
   * it, which the tokenizer splits off and the tagger may then read as a preposition ({@code go -
   * between}).
   */
  boolean intermediaryAt(int n) {
    return tree.tag(n).startsWith("NN") && DependencyWords.intermediary(word(n))
        || DependencyWords.intermediary(hyphenated(n));
  }

  /** The word at {@code n} with the word a hyphen right before it joins to it; "" if none. */
  private String hyphenated(int n) {
    List<Token> t = actors.tokens();
    if (n < 2
        || !t.get(n - 1).text().equals("-")
        || t.get(n - 2).span().end() != t.get(n - 1).span().start()
        || t.get(n - 1).span().end() != t.get(n).span().start()) {
      return "";
    }
    return word(n - 2) + "-" + word(n);
  }

  /**
   * {@code C played the role of facilitator}: the role noun whose "of" names the noun for a third
   * party at {@code n}; -1 if none.
   */
  private int roleOf(int n) {
    int of = tree.head(n);
    if (!tree.label(n).equals("pobj") || of == DependencyTree.ROOT || !word(of).equals("of")) {
      return -1;
    }
    int r = tree.head(of);
    return r != DependencyTree.ROOT && ROLE_NOUNS.contains(tree.lemma(r)) ? r : -1;
  }

  /**
   * Who holds the role noun at {@code r}: its owner ({@code C's role}) and the subject of the verb
   * whose object it is ({@code C played the role}, {@code C took on the role}).
   */
  private List<ActorPhrase> roleHolders(int r) {
    List<ActorPhrase> out = new ArrayList<>(clauses.owner(r).phrases());
    int v = tree.head(r);
    if (tree.label(r).equals("dobj") && v != DependencyTree.ROOT && tree.tag(v).startsWith("VB")) {
      out.addAll(clauses.subject(v).phrases());
    }
    return out;
  }

  /**
   * {@code A and B agreed, with C acting as mediator}: the "with" whose gerund at {@code v} says
   * its object acts as a third party; -1 if {@code v} is no such gerund.
   */
  private int absoluteWith(int v) {
    int w = tree.head(v);
    return tree.label(v).equals("pcomp")
            && w != DependencyTree.ROOT
            && word(w).equals("with")
            && tree.lemma(v).equals("act")
        ? w
        : -1;
  }

  /**
   * {@code A met B, with C hosting the talks}, {@code A and B agreed to a truce, with C and D
   * mediating}: the "with" whose gerund at {@code v} is a verb of good offices; -1 if {@code v} is
   * no such gerund.
   */
  private int brokeringWith(int v) {
    int w = tree.head(v);
    return tree.label(v).equals("pcomp")
            && tree.tag(v).equals("VBG")
            && w != DependencyTree.ROOT
            && word(w).equals("with")
            && DependencyWords.broker(tree.lemma(v))
        ? w
        : -1;
  }

  /**
   * The third parties of an absolute "with" at {@code with} whose gerund is at {@code v}: the
   * parser reads them as the objects of "with" or as the gerund's subject.
   */
  private List<ActorPhrase> absoluteThirds(int v, int with) {
    List<ActorPhrase> out = new ArrayList<>(withObjects(with));
    int s = tree.child(v, "nsubj");
    if (s >= 0) {
      out.addAll(actors.actors(s));
    }
    return out;
  }

  /** The subject, object and "between" actors of the verb at {@code w}; none if no verb. */
  private List<ActorPhrase> clauseSides(int w) {
    List<ActorPhrase> out = new ArrayList<>();
    if (w != DependencyTree.ROOT && tree.tag(w).startsWith("VB")) {
      out.addAll(clauses.subject(w).phrases());
      out.addAll(clauses.object(w).phrases());
      out.addAll(clauses.between(w));
    }
    return out;
  }

  /** The actors of the objects of the preposition at {@code p}. */
  private List<ActorPhrase> withObjects(int p) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int o : tree.children(p)) {
      if (tree.label(o).equals("pobj")) {
        out.addAll(actors.actors(o));
      }
    }
    return out;
  }

  /**
   * {@code C, the mediator, said A and B had agreed to a truce}, {@code C, which hosted the talks,
   * said A and B would meet again}: the sides of a joint act (a reciprocal verb, a verb of
   * cooperation, or a verb over a meeting noun: "would resume talks") in the clause that the verb
   * whose subject is the third party at {@code c} reports.
   */
  private List<ActorPhrase> reportedSides(int c) {
    int v = tree.head(c);
    if (!tree.label(c).equals("nsubj") || v == DependencyTree.ROOT) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int x : tree.children(v)) {
      if (tree.label(x).equals("ccomp")
          && tree.tag(x).startsWith("VB")
          && (jointAct(tree.lemma(x)) || meetingObject(x))) {
        out.addAll(clauses.subject(x).phrases());
        out.addAll(clauses.object(x).phrases());
      }
    }
    return out;
  }

  /**
   * {@code C acted as mediator in talks between A and B}, {@code C is the facilitator of talks
   * between A and B}, {@code C acted as mediator for talks between A and B}: the actors after the
   * "between" of a noun that in, of or for puts the third party at {@code t} in.
   */
  private List<ActorPhrase> betweenIn(int t) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("prep") && MEDIATED_PREPS.contains(word(c))) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            out.addAll(clauses.between(o));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the actor phrase {@code p} is the object of a "with" whose gerund says it acts as a
   * third party ({@code A and B agreed, with C acting as mediator}), or that "as" and a noun for a
   * third party follow ({@code A and B signed a truce with C and D as mediators}): C is no partner
   * of the verb.
   */
  boolean actingThird(ActorPhrase p) {
    for (int t = p.first(); t <= p.last() && t < tree.size(); t++) {
      int x = t;
      while (tree.label(x).equals("conj") && tree.head(x) != DependencyTree.ROOT) {
        x = tree.head(x); // "with C and D": D stands where C does
      }
      int w = tree.head(x);
      if (tree.label(x).equals("pobj") && w != DependencyTree.ROOT && word(w).equals("with")) {
        for (int c : tree.children(w)) {
          if (absoluteWith(c) == w && asIntermediary(c) || brokeringWith(c) == w) {
            return true;
          }
        }
        int a = p.last() + 1;
        while (a < tree.size() && under(a, w)) {
          a++; // "with C and D as mediators": past the other objects of "with"
        }
        if (asNamed(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the word at {@code t} is below the word at {@code w} in the tree. */
  private boolean under(int t, int w) {
    for (int h = tree.head(t); h != DependencyTree.ROOT; h = tree.head(h)) {
      if (h == w) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code A and B signed a truce with C as mediator}: whether "as" at {@code a}, right after the
   * object of "with", names a third party, however the parser attached it.
   */
  private boolean asNamed(int a) {
    if (a >= tree.size() || !word(a).equals("as")) {
      return false;
    }
    for (int o : tree.children(a)) {
      if (tree.label(o).equals("pobj") && DependencyWords.intermediary(word(o))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gerund at {@code v} says its subject acts as a noun for a third party. */
  private boolean asIntermediary(int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("prep") && word(c).equals("as")) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj") && DependencyWords.intermediary(word(o))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The noun a verb of good offices brought about: the noun its participle or relative clause
   * modifies ({@code a truce brokered by C}), a passive's subject, or its direct object; -1 if
   * none.
   */
  private int brokeredAct(int v) {
    int h = tree.head(v);
    String l = tree.label(v);
    int n;
    if ((l.equals("acl") || l.equals("relcl")) && h != DependencyTree.ROOT) {
      n = h;
    } else if (clauses.passive(v)) {
      n = tree.child(v, "nsubjpass");
    } else {
      n = tree.child(v, "dobj");
    }
    return n >= 0 && tree.tag(n).startsWith("NN") ? n : -1;
  }

  /**
   * The verb whose clause a noun at {@code n} belongs to: the verb of which it is the direct
   * object, the passive subject ({@code the truce, brokered by C, was signed by A and B}) or the
   * object of a preposition ({@code agreed to a truce}); {@code n} itself otherwise.
   */
  private int governingVerb(int n) {
    int h = tree.head(n);
    if (h == DependencyTree.ROOT || !tree.tag(n).startsWith("NN")) {
      return n;
    }
    String l = tree.label(n);
    if ((l.equals("dobj") || l.equals("nsubjpass")) && tree.tag(h).startsWith("VB")) {
      return h;
    }
    if (l.equals("pobj") && tree.label(h).equals("prep")) {
      int v = tree.head(h);
      if (v != DependencyTree.ROOT && tree.tag(v).startsWith("VB")) {
        return v;
      }
    }
    return n;
  }

  private static boolean jointAct(String lemma) {
    return CameoLexicon.mutual(lemma)
        || CameoLexicon.cameo(lemma).filter(JOINT_ACTS::contains).isPresent();
  }

  /**
   * Whether the noun at {@code n} names an act ({@code Freedonia's aid}), whose owner is one of its
   * sides; the owner of another noun is none ({@code an American show hosted by C}).
   */
  private boolean act(int n) {
    return CameoLexicon.nounCameo(word(n), tree.lemma(n)).isPresent();
  }

  /** Whether the verb at {@code v} has a meeting noun as its direct object ("resumed talks"). */
  private boolean meetingObject(int v) {
    int o = tree.child(v, "dobj");
    return o >= 0 && meeting(o);
  }

  private boolean meeting(int n) {
    String w = word(n);
    return CameoLexicon.nounCameo(w, tree.lemma(n))
        .filter(DependencyWords.CONSULT::equals)
        .isPresent();
  }

  private static List<Offer> offers(
      List<ActorPhrase> thirds, List<ActorPhrase> parties, int t, double conf) {
    List<Offer> out = new ArrayList<>();
    for (ActorPhrase m : thirds.stream().distinct().toList()) {
      for (ActorPhrase p : parties.stream().distinct().toList()) {
        if (!thirds.contains(p)) {
          out.add(new Offer(m, p, t, conf));
        }
      }
    }
    return out;
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }
}
