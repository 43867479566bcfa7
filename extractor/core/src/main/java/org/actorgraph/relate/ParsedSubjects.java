package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;
import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.relate.ParsedClauses.Role;

/**
 * Finds who does what a verb says, read off a parse: its {@code nsubj}, the {@code agent} of a
 * passive, or the subject it shares as a conjunct, complement, participle or relative clause (the
 * complement of a passive has the passive's subject: {@code A is expected to visit B}, {@code A was
 * asked by C to meet B}); a gerund after a preposition and an infinitive after a noun find theirs
 * in the clause around them.
 */
final class ParsedSubjects {

  /** Prepositions after which a gerund states what the clause's subject does. */
  private static final Set<String> GERUND_PREPS =
      Set.of("to", "in", "by", "after", "before", "upon", "on", "since", "while", "when");

  /**
   * Prepositions after which a gerund states what the verb's object did: {@code A thanked B for
   * supporting C}, {@code A accused B of attacking C}.
   */
  private static final Set<String> REASON_PREPS = Set.of("for", "of");

  private final ParsedActors actors;
  private final DependencyTree tree;
  private final ParsedWords words;
  private final ParsedOwners owners;

  ParsedSubjects(ParsedActors actors, ParsedWords words, ParsedOwners owners) {
    this.actors = actors;
    this.tree = actors.tree();
    this.words = words;
    this.owners = owners;
  }

  /** Who does what the verb at {@code v} says. */
  Role subject(int v) {
    return subject(v, 0);
  }

  private Role subject(int v, int depth) {
    if (depth > 4) {
      return Role.NONE;
    }
    if (words.passive(v) || words.diedIn(v)) {
      return agent(v);
    }
    int s = tree.child(v, "nsubj");
    if (s >= 0) {
      String w = words.word(s);
      if (tree.label(v).equals("relcl") && relativeSubject(s)) {
        return new Role(actors.actors(tree.head(v)), INDIRECT);
      }
      if (tree.label(v).equals("relcl") && actorWhich(s, v)) {
        return new Role(actors.actors(firstConjunct(tree.head(v))), INDIRECT);
      }
      List<ActorPhrase> all = allSubjects(v, s);
      return all.isEmpty() ? new Role(actLeaders(v), INDIRECT) : new Role(all, DIRECT);
    }
    Role marked = markedSubject(v);
    if (!marked.isEmpty()) {
      return marked;
    }
    String l = tree.label(v);
    int h = tree.head(v);
    if (h == DependencyTree.ROOT) {
      return Role.NONE;
    }
    if (l.equals("advcl") && describesNounBefore(v)) {
      return Role.NONE;
    }
    switch (l) {
      case "conj", "xcomp", "advcl" -> {
        int raised = l.equals("xcomp") && words.passive(h) ? tree.child(h, "nsubjpass") : -1;
        if (raised >= 0) {
          return new Role(actors.actors(raised), INDIRECT);
        }
        int controller = l.equals("xcomp") ? tree.child(h, "dobj") : -1;
        if (controller >= 0 && !DependencyWords.intent(tree.lemma(h))) {
          return objectControlled(h, controller).orElseGet(() -> subject(h, depth + 1));
        }
        Role r = subject(h, depth + 1);
        return new Role(r.phrases(), Math.min(r.confidence(), INDIRECT));
      }
      case "acl", "relcl" -> {
        List<ActorPhrase> named = actors.actors(h);
        if (named.isEmpty() && l.equals("acl") && infinitive(v) && words.isNominal(h)) {
          named = owners.owner(h).phrases();
        }
        if (named.isEmpty() && infinitive(v)) {
          named = predicateSubject(h);
        }
        if (named.isEmpty() && infinitive(v)) {
          named = helped(h, depth);
        }
        if (named.isEmpty() && l.equals("acl") && tree.tag(v).equals("VBG") && document(h)) {
          named = issuers(h, depth);
        }
        return new Role(named, INDIRECT);
      }
      case "pcomp" -> {
        return gerundSubject(v, h);
      }
      case "acomp" -> {
        // "A is determined to restore ties with B", "A is due to meet B": an adjective of intent
        // or schedule has its verb's subject; other adjectives ("A will be able to send B") leave
        // the act unasserted
        if (!DependencyWords.intent(tree.lemma(v)) && !DependencyWords.schedule(tree.lemma(v))) {
          return Role.NONE;
        }
        Role r = subject(h, depth + 1);
        return new Role(r.phrases(), Math.min(r.confidence(), INDIRECT));
      }
      default -> {
        return Role.NONE;
      }
    }
  }

  /**
   * {@code the raid prompted B to cut ties with C}, {@code A seized the ship, forcing B to ask C
   * for help}, {@code A encouraged B to meet C}: an infinitive under a verb with a direct object at
   * {@code d} is the object's act, not the subject's (object control). A causative verb ({@link
   * DependencyWords#cause}) states that the object did it; after any other ("urged", "encouraged",
   * "invited") the object was only asked or allowed to, and the act has no doer. Empty when the
   * object names no actor and the verb is no causative one ({@code A signed a deal to build C}: the
   * parser may hang a purpose infinitive there), so that the subject is read as before.
   */
  private Optional<Role> objectControlled(int h, int d) {
    List<ActorPhrase> named = actors.actors(d);
    if (named.isEmpty() && !DependencyWords.cause(tree.lemma(h))) {
      return Optional.empty();
    }
    return Optional.of(
        DependencyWords.cause(tree.lemma(h)) ? new Role(named, INDIRECT) : Role.NONE);
  }

  /**
   * {@code soldiers toppled B in a coup led by A}, {@code troops seized the town during an
   * offensive headed by A}: when the subject names no actor, the one who leads the act the verb's
   * "in" or "during" names (a participle of leading with its agent) did it.
   */
  private List<ActorPhrase> actLeaders(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      String p = words.word(c);
      if (!tree.label(c).equals("prep") || !(p.equals("in") || p.equals("during"))) {
        continue;
      }
      for (int o : words.objectsOf(c)) {
        for (int a : tree.children(o)) {
          if (tree.label(a).equals("acl")
              && tree.tag(a).equals("VBN")
              && ParsedActors.LEADING.contains(tree.lemma(a))) {
            out.addAll(words.prepObjects(a, Set.of("by")));
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code A and B issued a joint statement condemning C}, {@code a statement from A criticising
   * C}: whoever issued the document a participle hangs on says what it says: the document's owner
   * or source, else the subject of the verb whose object it is.
   */
  private List<ActorPhrase> issuers(int n, int depth) {
    List<ActorPhrase> out = owners.owner(n).phrases();
    int v = tree.head(n);
    if (out.isEmpty() && tree.label(n).equals("dobj") && v != DependencyTree.ROOT) {
      out = subject(v, depth + 1).phrases();
    }
    return out;
  }

  private boolean document(int n) {
    return ReportedQuotes.DOCUMENTS.contains(words.word(n))
        || ReportedQuotes.DOCUMENTS.contains(tree.lemma(n));
  }

  /**
   * The actors of the subject at {@code s} and of any other {@code nsubj} of the same verb: a
   * coordinated subject the parser split ("President of Freedonia Jane Doe and President of
   * Sylvania John Roe held talks" read with two subjects) keeps all its actors.
   */
  private List<ActorPhrase> allSubjects(int v, int s) {
    List<ActorPhrase> all = new ArrayList<>(actors.actors(s));
    for (int c : tree.children(v)) {
      if (c != s && tree.label(c).equals("nsubj")) {
        actors.actors(c).stream().filter(p -> !all.contains(p)).forEach(all::add);
      }
    }
    return all;
  }

  /**
   * {@code A was the first country to recognise B}, {@code A became the first leader to visit B}:
   * the subject of the copula whose predicate noun at {@code n} the infinitive modifies.
   */
  private List<ActorPhrase> predicateSubject(int n) {
    int c = tree.head(n);
    if (c == DependencyTree.ROOT || !Set.of("attr", "oprd").contains(tree.label(n))) {
      return List.of();
    }
    int s = tree.child(c, "nsubj");
    return s < 0 ? List.of() : actors.actors(s);
  }

  /**
   * {@code A supported B in its efforts to defeat C}: an unowned effort after "in" is that of the
   * subject and the object of the verb the phrase belongs to.
   */
  private List<ActorPhrase> helped(int n, int depth) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj")
        || prep == DependencyTree.ROOT
        || !words.word(prep).equals("in")) {
      return List.of();
    }
    int v = tree.head(prep);
    if (v == DependencyTree.ROOT || !tree.tag(v).startsWith("VB")) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>(subject(v, depth + 1).phrases());
    int o = tree.child(v, "dobj");
    if (o >= 0) {
      out.addAll(actors.actors(o));
    }
    return ParsedWords.distinct(out);
  }

  /** Whether the verb at {@code v} is a to-infinitive ({@code efforts to defeat B}). */
  private boolean infinitive(int v) {
    int a = tree.child(v, "aux");
    return a >= 0 && words.word(a).equals("to") && a < v;
  }

  /**
   * {@code A is committed to supporting B}, {@code A succeeded in defeating B}, {@code After
   * meeting B, A said}: a gerund after "to", "in", "by" or a preposition of time has the subject
   * (active or passive) of the word that takes the preposition; after other prepositions ("warned
   * against attacking B") the act is not stated.
   */
  private Role gerundSubject(int v, int prep) {
    int w = tree.head(prep);
    if (!tree.tag(v).equals("VBG")
        || w == DependencyTree.ROOT
        || !tree.tag(w).startsWith("VB") && !tree.tag(w).startsWith("JJ")) {
      return Role.NONE;
    }
    int judged = tree.child(w, "dobj");
    if (REASON_PREPS.contains(words.word(prep)) && judged >= 0) {
      return new Role(actors.actors(judged), INDIRECT);
    }
    if (!GERUND_PREPS.contains(words.word(prep))) {
      return Role.NONE;
    }
    int s = tree.child(w, "nsubj");
    if (s < 0) {
      s = tree.child(w, "nsubjpass");
    }
    if (s < 0 && tree.label(w).equals("acomp") && DependencyWords.intent(tree.lemma(w))) {
      // "A and B are committed to defeating C": the subject of the adjective's verb
      int be = tree.head(w);
      s = tree.child(be, "nsubj");
      return s < 0 ? Role.NONE : new Role(allSubjects(be, s), INDIRECT);
    }
    return s < 0 ? Role.NONE : new Role(actors.actors(s), INDIRECT);
  }

  /**
   * {@code after A and B met}: the parser may read the subject as the object of the subordinator
   * ({@code mark}) when the clause has no {@code nsubj}.
   */
  private Role markedSubject(int v) {
    for (int m : tree.children(v)) {
      if (tree.label(m).equals("mark")) {
        for (int o : words.objectsOf(m)) {
          List<ActorPhrase> found = actors.actors(o);
          if (!found.isEmpty()) {
            return new Role(found, INDIRECT);
          }
        }
      }
    }
    return Role.NONE;
  }

  private Role agent(int v) {
    int a = tree.child(v, "agent");
    if (a < 0) {
      a = predicateAgent(v);
    }
    if (a < 0 && DependencyWords.summon(tree.lemma(v))) {
      // "B's ambassador was summoned to A's foreign ministry": whom one is called to calls
      List<ActorPhrase> callers = words.prepObjects(v, Set.of("to"));
      if (!callers.isEmpty()) {
        return new Role(callers, INDIRECT);
      }
    }
    if (a < 0 && DependencyWords.banish(tree.lemma(v))) {
      // "Brazilians deported from the United States": whom one is sent out of sends one out
      List<ActorPhrase> expellers = words.prepObjects(v, Set.of("from"));
      if (!expellers.isEmpty()) {
        return new Role(expellers, INDIRECT);
      }
    }
    if (a < 0) {
      List<ActorPhrase> doers = forceOwners(v);
      return doers.isEmpty() ? Role.NONE : new Role(doers, INDIRECT);
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int o : words.objectsOf(a)) {
      out.addAll(actors.actors(o));
    }
    if (out.isEmpty()) {
      // "five B-ian soldiers were killed by A-ian shelling": the act of force's owner did it
      for (int o : words.objectsOf(a)) {
        if (words.force(o).isPresent()) {
          out.addAll(owners.modifierOwners(o));
        }
      }
      return new Role(out, out.isEmpty() ? DIRECT : INDIRECT);
    }
    return new Role(out, DIRECT);
  }

  /**
   * {@code two B-ian soldiers were killed in an A attack}, {@code a B-ian post was destroyed during
   * A's shelling}: a passive with no agent was done by the owner of the act of force (CAMEO 18-20,
   * or a strike by a state or armed group) that its "in" or "during" names.
   */
  private List<ActorPhrase> forceOwners(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      String p = words.word(c);
      if (tree.label(c).equals("prep") && (p.equals("in") || p.equals("during"))) {
        for (int o : words.objectsOf(c)) {
          if (words.force(o).isPresent()) {
            out.addAll(owners.modifierOwners(o));
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code B was designated a partner by A}, {@code B was threatened with sanctions by A}: the "by"
   * that the parser hung on the object predicate of a passive, or on the object of one of its
   * prepositions, instead of on the verb; -1 if none.
   */
  private int predicateAgent(int v) {
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      if (l.equals("oprd")) {
        int by = byOf(c);
        if (by >= 0) {
          return by;
        }
      } else if (l.equals("prep")) {
        for (int o : words.objectsOf(c)) {
          int by = byOf(o);
          if (by >= 0) {
            return by;
          }
        }
      }
    }
    return -1;
  }

  private int byOf(int n) {
    for (int c : tree.children(n)) {
      if (c > n && tree.label(c).equals("prep") && words.word(c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * {@code A fired tear gas at protesters supporting B}: a present participle right after a common
   * noun object that names no actor, with no comma between, describes that noun (a reduced relative
   * clause), though the parser may hang it on the verb; its subject is not the verb's.
   */
  private boolean describesNounBefore(int v) {
    int n = v - 1;
    if (!tree.tag(v).equals("VBG") || n < 0) {
      return false;
    }
    String tag = tree.tag(n);
    String l = tree.label(n);
    return (tag.equals("NN") || tag.equals("NNS"))
        && (l.equals("pobj") || l.equals("dobj"))
        && actors.actors(n).isEmpty();
  }

  /**
   * Whether the subject of a relative clause stands for the noun the clause describes: {@code who},
   * {@code that}, or a noun that {@code whose} opens ({@code Freedonia, whose troops attacked
   * Sylvania}). Not {@code which}: after a comma it often describes a whole phrase before it ("...
   * an agreement with Sylvania in January, which gave Freedonia access"), and the parse then hangs
   * it on the nearest noun.
   */
  private boolean relativeSubject(int s) {
    String w = words.word(s);
    if (w.equals("who") || w.equals("that")) {
      return true;
    }
    int p = tree.child(s, "poss");
    return p >= 0 && words.word(p).equals("whose");
  }

  /**
   * {@code A and B, which have mediated between C and D, said ...}: "which" after a comma stands
   * for the actors the clause at {@code v} describes when they are the subject of their own verb,
   * where the parse hangs no phrase before them on the nearest noun (not {@code an agreement with
   * Sylvania, which gave ...}, where the actor is the object of a preposition).
   */
  private boolean actorWhich(int s, int v) {
    int n = tree.head(v);
    if (!words.word(s).equals("which") || n == DependencyTree.ROOT) {
      return false;
    }
    int first = firstConjunct(n);
    return (tree.label(first).equals("nsubj") || tree.label(first).equals("nsubjpass"))
        && !actors.actors(first).isEmpty();
  }

  /** The first of the tokens coordinated with {@code t} ({@code A} of {@code A and B}). */
  private int firstConjunct(int t) {
    int first = t;
    while (tree.label(first).equals("conj") && tree.head(first) != DependencyTree.ROOT) {
      first = tree.head(first);
    }
    return first;
  }
}
