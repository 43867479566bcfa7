package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;
import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Who does what to whom around a trigger word, read off a dependency parse: the subject of a verb
 * (its {@code nsubj}, the {@code agent} of a passive, or the subject it shares as a conjunct,
 * complement, participle or relative clause; the complement of a passive has the passive's subject:
 * {@code A is expected to visit B}, {@code A was asked by C to meet B}), its object ({@code dobj},
 * a passive's subject, the object of {@code with}/{@code to}/{@code against}/{@code on}), and the
 * owner and partner of a noun ({@code A's visit to B}, {@code talks between A and B}, {@code
 * criticism from A}).
 */
final class ParsedClauses {

  /** Prepositions that introduce the partner of a verb or noun. */
  private static final Set<String> PARTNER_PREPS =
      Set.of("with", "to", "against", "on", "toward", "towards", "upon");

  private static final Set<String> MEETING_PREPS = Set.of("with", "to", "against");

  /**
   * Prepositions that name the target of a hostile act: {@code A fired rockets at B}, {@code A
   * launched missiles into B} (PETRARCH2 CAMEO.verbpatterns FIRE "* ROCKETS AT +", "* ROCKETS INTO
   * +", LAUNCH "* ROCKET INTO +"); after other verbs they name a place or an occasion ({@code met
   * at the summit}, {@code came into office}).
   */
  static final Set<String> HOSTILE_PREPS = Set.of("at", "into");

  /**
   * Verbs of holding ground, whose agent owns what they describe ("positions held by B", "areas
   * controlled by B"; Oxford Learner's hold: to defend something against attack; control). Not
   * "occupied by", which names a force in another's place.
   */
  private static final Set<String> HOLDING = Set.of("hold", "control");

  /** The prepositions of closeness after which a show of force names whom it is made to. */
  private static final Set<String> NEAR_PREPS = Set.of("near", "around", "off");

  /**
   * Prepositions after a noun that introduce its partner: those of a verb, "for", which after a
   * noun names the one it is given to ("support for B", "aid for B", "praise for B"), and "into",
   * which names the one an inquiry or incursion goes into ("an investigation into B").
   */
  private static final Set<String> NOUN_PARTNER_PREPS =
      Set.of("with", "to", "against", "on", "toward", "towards", "upon", "for", "into");

  /** The lemma the parser gives a number written as a word or digits ("hundreds", "300"). */
  private static final String NUMERAL = "#crd#";

  /** Prepositions after a noun that introduce its doer: "a visit by A", "criticism from A". */
  private static final Set<String> SOURCE_PREPS = Set.of("by", "from");

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

  ParsedClauses(ParsedActors actors) {
    this.actors = actors;
    this.tree = actors.tree();
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

  boolean passive(int v) {
    return tree.child(v, "nsubjpass") >= 0
        || tree.child(v, "auxpass") >= 0
        || tree.child(v, "agent") >= 0
        || tree.tag(v).equals("VBN") && tree.label(v).equals("acl");
  }

  /** Who does what the verb at {@code v} says. */
  Role subject(int v) {
    return subject(v, 0);
  }

  private Role subject(int v, int depth) {
    if (depth > 4) {
      return Role.NONE;
    }
    if (passive(v)) {
      return agent(v);
    }
    int s = tree.child(v, "nsubj");
    if (s >= 0) {
      String w = word(s);
      if (tree.label(v).equals("relcl") && relativeSubject(s)) {
        return new Role(actors.actors(tree.head(v)), INDIRECT);
      }
      if (tree.label(v).equals("relcl") && actorWhich(s, v)) {
        return new Role(actors.actors(firstConjunct(tree.head(v))), INDIRECT);
      }
      return new Role(allSubjects(v, s), DIRECT);
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
        int raised = l.equals("xcomp") && passive(h) ? tree.child(h, "nsubjpass") : -1;
        if (raised >= 0) {
          return new Role(actors.actors(raised), INDIRECT);
        }
        Role r = subject(h, depth + 1);
        return new Role(r.phrases(), Math.min(r.confidence(), INDIRECT));
      }
      case "acl", "relcl" -> {
        List<ActorPhrase> named = actors.actors(h);
        if (named.isEmpty() && l.equals("acl") && infinitive(v) && isNominal(h)) {
          named = owner(h).phrases();
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
      default -> {
        return Role.NONE;
      }
    }
  }

  /**
   * {@code A and B issued a joint statement condemning C}, {@code a statement from A criticising
   * C}: whoever issued the document a participle hangs on says what it says: the document's owner
   * or source, else the subject of the verb whose object it is.
   */
  private List<ActorPhrase> issuers(int n, int depth) {
    List<ActorPhrase> out = owner(n).phrases();
    int v = tree.head(n);
    if (out.isEmpty() && tree.label(n).equals("dobj") && v != DependencyTree.ROOT) {
      out = subject(v, depth + 1).phrases();
    }
    return out;
  }

  private boolean document(int n) {
    return ReportedQuotes.DOCUMENTS.contains(word(n))
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
    if (!tree.label(n).equals("pobj") || prep == DependencyTree.ROOT || !word(prep).equals("in")) {
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
    return distinct(out);
  }

  /** Whether the verb at {@code v} is a to-infinitive ({@code efforts to defeat B}). */
  private boolean infinitive(int v) {
    int a = tree.child(v, "aux");
    return a >= 0 && word(a).equals("to") && a < v;
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
    if (REASON_PREPS.contains(word(prep)) && judged >= 0) {
      return new Role(actors.actors(judged), INDIRECT);
    }
    if (!GERUND_PREPS.contains(word(prep))) {
      return Role.NONE;
    }
    int s = tree.child(w, "nsubj");
    if (s < 0) {
      s = tree.child(w, "nsubjpass");
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
        for (int o : objectsOf(m)) {
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
    if (a < 0) {
      return Role.NONE;
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int o : objectsOf(a)) {
      out.addAll(actors.actors(o));
    }
    return new Role(out, DIRECT);
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
        for (int o : objectsOf(c)) {
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
      if (c > n && tree.label(c).equals("prep") && word(c).equals("by")) {
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
   * {@code A called B's president}: an object predicate with no direct object beside it is the
   * parser's misreading of the direct object (a predicate needs an object to be said of: "called B
   * a threat"); -1 when there is none, or a direct object, or the verb is passive.
   */
  int misreadObject(int v) {
    int p = tree.child(v, "oprd");
    return p < 0 || tree.child(v, "dobj") >= 0 || passive(v) ? -1 : p;
  }

  /** Whom the verb at {@code v} acts on; {@code between} groups are left to {@link #between}. */
  Role object(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    if (passive(v)) {
      int s = tree.child(v, "nsubjpass");
      if (s >= 0) {
        // "a B-ian army base was attacked by A": what a hostile act hits names its owner, as an
        // object does
        List<ActorPhrase> named = actors.actors(s);
        boolean owned = named.isEmpty() && hostileVerb(tree.lemma(v));
        out.addAll(owned ? possessor(s, tree.lemma(v)) : named);
      } else if (tree.label(v).equals("acl") && tree.head(v) != DependencyTree.ROOT) {
        int n = tree.head(v);
        out.addAll(actors.actors(n));
        if (out.isEmpty() && tree.label(n).equals("appos") && tree.head(n) != DependencyTree.ROOT) {
          // "the Red Brigade, a militant group fought by A": the apposition's actor
          out.addAll(actors.actors(tree.head(n)));
        }
      }
    }
    String lemma = tree.lemma(v);
    int misread = misreadObject(v);
    for (int c : tree.children(v)) {
      String l = c == misread ? "dobj" : tree.label(c);
      if (l.equals("dobj") || l.equals("iobj") || l.equals("dative") && isNominal(c)) {
        List<ActorPhrase> named = actors.actors(c);
        out.addAll(named.isEmpty() && l.equals("dobj") ? possessor(c, lemma) : named);
        boolean shared = CameoLexicon.mutual(lemma) || DependencyWords.light(lemma);
        if (shared && !passive(v) && tree.child(c, "poss") < 0) {
          out.addAll(prepObjects(c, topical(lemma, c) ? MEETING_PREPS : PARTNER_PREPS));
        } else if (hostile(lemma, v)) {
          out.addAll(prepObjects(c, HOSTILE_PREPS));
        }
      } else if ((l.equals("prep") || l.equals("dative")) && !stranded(v, c)) {
        // the parser labels "to" after a verb of giving or sending "dative" ("sent troops to B")
        String p = word(c);
        if (PARTNER_PREPS.contains(p)
            || p.equals("from") && DependencyWords.fromPartner(lemma)
            || HOSTILE_PREPS.contains(p) && hostile(lemma, v)) {
          for (int o : objectsOf(c)) {
            out.addAll(actors.actors(o));
          }
        }
      }
    }
    return new Role(distinct(out), DIRECT);
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
   * {@code A condemned B's attacks}, {@code A welcomed B's decision}, {@code A condemned the B
   * attack}, {@code A condemned the attack on C by B}: the owner of an object that names no actor
   * (its possessor, or a name compounded with a noun that names an act, or a country adjective
   * before it ({@code A repelled a B-ian attack}); not before a noun of dissent, as in "the
   * Sylvanian opposition", which may name a group), or the doer after "by" or "from" of an act noun
   * or of a noun for a deed ({@code A rejected a request from B}, {@code A welcomed the decision by
   * B}), the actor after "of" what a hostile verb acts on ({@code A struck positions of B}), or the
   * sides of an act noun after "between" ({@code A welcomed the agreement between B and C}) is the
   * one the verb's act is aimed at; not after a light verb or a verb of receiving or taking part,
   * whose object noun is the act itself.
   */
  private List<ActorPhrase> possessor(int o, String lemma) {
    if (DependencyWords.light(lemma)
        || DependencyWords.receive(lemma)
        || DependencyWords.join(lemma)) {
      return List.of();
    }
    int p = tree.child(o, "poss");
    if (p >= 0) {
      return actors.actors(p);
    }
    String word = actors.tokens().get(o).text().toLowerCase(Locale.ROOT);
    if (CameoLexicon.nounCameo(word, tree.lemma(o)).isEmpty()) {
      List<ActorPhrase> doers =
          DependencyWords.deed(tree.lemma(o)) ? prepObjects(o, SOURCE_PREPS) : List.of();
      if (!doers.isEmpty()) {
        return doers;
      }
      List<ActorPhrase> modifiers = countryModifiers(o, lemma);
      if (!modifiers.isEmpty() || !hostileVerb(lemma)) {
        return modifiers;
      }
      // "A struck positions of B", "A shelled a convoy of B": what a hostile act hits is B's; not
      // a person's ("A arrested supporters of B", "the son of B"), whom the act need not reach
      return ofOrHolders(o).stream().filter(a -> a.head().type() != EntityType.PERSON).toList();
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
    out.addAll(prepObjects(o, SOURCE_PREPS));
    if (out.isEmpty()) {
      out.addAll(prepObjects(o, Set.of("between")));
    }
    return out;
  }

  /**
   * {@code A shot down a B-ian drone}, {@code A released two B-ian fishermen}, {@code A struck B
   * positions}: the countries that an adjective or a name before a noun naming no actor and no act
   * gives as its owner, as {@code B's drone} would, or an armed group named before it; the
   * word-order reading ({@link ClauseObjects}) already reads a country adjective after the verb so,
   * where no numeral or particle stands between. Not the topic of a consultation ({@code A
   * discussed B-ian debt}: CAMEO 04 is held with someone, not about them), nor a pair ({@code A-B
   * cooperation}), which names no one owner.
   */
  private List<ActorPhrase> countryModifiers(int o, String lemma) {
    if (CameoLexicon.cameo(lemma).filter(DependencyWords.CONSULT::equals).isPresent()) {
      return List.of();
    }
    if (tree.tag(o).equals("CD") || tree.lemma(o).equals(NUMERAL)) {
      // "hundreds of B-ian migrants": a number stands for what its "of" counts
      for (int c : tree.children(o)) {
        if (tree.label(c).equals("prep") && word(c).equals("of")) {
          for (int n : objectsOf(c)) {
            return actors.actors(n).isEmpty() ? countryModifiers(n, lemma) : List.of();
          }
        }
      }
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(o)) {
      String l = tree.label(c);
      if (c < o && (l.equals("amod") || l.equals("compound") || l.equals("nmod"))) {
        for (ActorPhrase p : actors.actor(c).stream().toList()) {
          if (p.head().type() == EntityType.COUNTRY || l.equals("compound") && armedGroup(p)) {
            out.add(p);
          }
        }
      }
    }
    // "a Freedonian army checkpoint": the adjective and the body it qualifies name one owner
    List<ActorPhrase> owners = distinctHeads(out);
    return owners.size() == 1 ? owners : List.of();
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

  /**
   * {@code A banned imports from B}, {@code A lifted its ban on B-ian beef}, {@code A closed its
   * embassy in B}: the actors that the prepositions {@code preps} of the object noun {@code o}
   * name, or the one country that owns what they name; also after "in" when the object is a
   * diplomatic mission, which stands in the country it is accredited to.
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
    for (int c : tree.children(o)) {
      String w = word(c);
      if (tree.label(c).equals("prep") && (preps.contains(w) || mission && w.equals("in"))) {
        for (int n : objectsOf(c)) {
          List<ActorPhrase> named = actors.actors(n);
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
    return distinct(out);
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
      if (tree.label(c).equals("ccomp") && m >= 0 && word(m).equals("that") && s >= 0) {
        out.addAll(actors.actors(s));
      }
    }
    return out;
  }

  /**
   * {@code A deployed troops to the border with B}, {@code A massed troops on the B-ian border}:
   * the country across a border that a preposition of the verb at {@code v} or of its object names
   * (the one "with" names, or the border's one country owner).
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
        if (!tree.label(c).equals("prep")) {
          continue;
        }
        for (int o : objectsOf(c)) {
          if (DependencyWords.border(tree.lemma(o))) {
            out.addAll(prepObjects(o, Set.of("with")));
            out.addAll(countryModifiers(o, ""));
            int p = tree.child(o, "poss");
            if (p >= 0) {
              out.addAll(actors.actors(p));
            }
          }
        }
      }
    }
    return distinct(out);
  }

  /**
   * {@code A held drills near B}, {@code A staged exercises off B's coast}, {@code around the
   * island of B}: the actors that "near", "around" or "off" name after the verb at {@code v} or its
   * object, or the one owner of what they name (the one a show of force is made to).
   */
  List<ActorPhrase> near(int v) {
    List<ActorPhrase> out = new ArrayList<>(prepObjects(v, NEAR_PREPS));
    out.addAll(prepOwners(v, NEAR_PREPS));
    int d = tree.child(v, "dobj");
    if (d >= 0) {
      out.addAll(prepObjects(d, NEAR_PREPS));
      out.addAll(prepOwners(d, NEAR_PREPS));
    }
    return distinct(out);
  }

  /**
   * {@code support for B's bid}, {@code opposition to B's plan}, {@code airstrikes on B-ian
   * territory}: the owners of what the prepositions {@code preps} of {@code t} name (a possessive
   * or one country adjective), when it is no actor itself.
   */
  List<ActorPhrase> prepOwners(int t, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("prep") && preps.contains(word(c))) {
        for (int o : objectsOf(c)) {
          out.addAll(owners(o));
        }
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
    String w = word(o);
    if (!actors.actors(o).isEmpty() || DependencyWords.fighter(w) || DependencyWords.dissent(w)) {
      return List.of();
    }
    int p = tree.child(o, "poss");
    if (p >= 0) {
      return actors.actors(p);
    }
    List<ActorPhrase> modifiers = countryModifiers(o, "");
    return modifiers.isEmpty() && tree.tag(o).startsWith("NN") ? ofOrHolders(o) : modifiers;
  }

  /**
   * {@code positions of B}, {@code positions held by B}, {@code villages controlled by B}: the
   * actors the "of" of the noun at {@code o} names, and the agents of a participle of holding that
   * describes it.
   */
  private List<ActorPhrase> ofOrHolders(int o) {
    List<ActorPhrase> out = new ArrayList<>(prepObjects(o, Set.of("of")));
    for (int c : tree.children(o)) {
      if (tree.label(c).equals("acl")
          && tree.tag(c).equals("VBN")
          && HOLDING.contains(tree.lemma(c))) {
        out.addAll(prepObjects(c, Set.of("by")));
      }
    }
    return out;
  }

  /** The actors after "between" or "among" attached to {@code t}: they act on each other. */
  List<ActorPhrase> between(int t) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      String w = word(c);
      if (tree.label(c).equals("prep") && (w.equals("between") || w.equals("among"))) {
        for (int o : objectsOf(c)) {
          out.addAll(actors.actors(o));
          strandedConjunct(o).ifPresent(out::add);
        }
      }
    }
    return distinct(out);
  }

  /**
   * {@code fighting between the B-ian army and the C has killed thousands}: the actor right after
   * "and" when the parser left the conjunction at {@code o} without its second conjunct (it made C
   * the subject of the main verb); "between" takes two sides, so the word order gives the other.
   */
  private Optional<ActorPhrase> strandedConjunct(int o) {
    int cc = tree.child(o, "cc");
    if (cc < 0 || !word(cc).equals("and") || tree.child(o, "conj") >= 0) {
      return Optional.empty();
    }
    return actors.startingAt(cc + 1);
  }

  /** Who owns the noun at {@code n}: {@code A's visit}, {@code Freedonian aid}, {@code by A}. */
  Role owner(int n) {
    List<ActorPhrase> out = modifierOwners(n);
    out.addAll(prepObjects(n, SOURCE_PREPS));
    return new Role(distinct(out), DIRECT);
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
   * The partner of the noun at {@code n}: {@code visit to B}, {@code sanctions on B}; after a
   * meeting noun, "on" names the topic ({@code talks on Freedonia}), not a partner.
   */
  Role partner(int n, boolean meeting) {
    List<ActorPhrase> out =
        new ArrayList<>(prepObjects(n, meeting ? MEETING_PREPS : NOUN_PARTNER_PREPS));
    return new Role(distinct(out), DIRECT);
  }

  /** The actors of {@code of} after the noun at {@code n}. */
  List<ActorPhrase> ofActors(int n) {
    return prepObjects(n, Set.of("of"));
  }

  /** Whether the verb {@code lemma} alone states a hostile act (CAMEO 11-20). */
  private static boolean hostileVerb(String lemma) {
    return CameoLexicon.cameo(lemma).filter(c -> c.compareTo("11") >= 0).isPresent();
  }

  /**
   * Whether a verb states a hostile act (CAMEO 11-20) alone or with the words after it, after which
   * "at" names its target: {@code A fired rockets at B}, {@code A lashed out at B}, {@code A
   * launched missiles at B}; after other verbs "at" names a place or an occasion ({@code met at the
   * summit}).
   */
  boolean hostile(String lemma, int v) {
    return CameoLexicon.cameo(lemma)
        .or(() -> CameoLexicon.phraseCameo(lemma, actors.tokens(), v))
        .filter(c -> c.compareTo("11") >= 0)
        .isPresent();
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

  /** The actors of the prepositions {@code preps} attached to {@code t}. */
  List<ActorPhrase> prepObjects(int t, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if ((tree.label(c).equals("prep") || tree.label(c).equals("agent"))
          && preps.contains(word(c))) {
        for (int o : objectsOf(c)) {
          out.addAll(actors.actors(o));
        }
      }
    }
    return out;
  }

  private List<Integer> objectsOf(int prep) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(prep)) {
      if (tree.label(c).equals("pobj") || tree.label(c).equals("pcomp")) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean isNominal(int t) {
    return tree.tag(t).startsWith("NN") || tree.tag(t).startsWith("PRP");
  }

  /**
   * Whether the subject of a relative clause stands for the noun the clause describes: {@code who},
   * {@code that}, or a noun that {@code whose} opens ({@code Freedonia, whose troops attacked
   * Sylvania}). Not {@code which}: after a comma it often describes a whole phrase before it ("...
   * an agreement with Sylvania in January, which gave Freedonia access"), and the parse then hangs
   * it on the nearest noun.
   */
  private boolean relativeSubject(int s) {
    String w = word(s);
    if (w.equals("who") || w.equals("that")) {
      return true;
    }
    int p = tree.child(s, "poss");
    return p >= 0 && word(p).equals("whose");
  }

  /**
   * {@code A and B, which have mediated between C and D, said ...}: "which" after a comma stands
   * for the actors the clause at {@code v} describes when they are the subject of their own verb,
   * where the parse hangs no phrase before them on the nearest noun (not {@code an agreement with
   * Sylvania, which gave ...}, where the actor is the object of a preposition).
   */
  private boolean actorWhich(int s, int v) {
    int n = tree.head(v);
    if (!word(s).equals("which") || n == DependencyTree.ROOT) {
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

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }

  private static List<ActorPhrase> distinct(List<ActorPhrase> in) {
    return in.stream().distinct().toList();
  }
}
