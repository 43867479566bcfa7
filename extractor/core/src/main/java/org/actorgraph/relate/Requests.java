package org.actorgraph.relate;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * Reads who asked and who was asked when a request or demand is answered, off a parse: the noun of
 * asking that a verb of acceding takes ({@code A granted B's request}, {@code A complied with B's
 * demands}, {@code A gave in to the demands of B}: CAMEO 08, codebook 083 Accede to requests or
 * demands; also {@code B asked A to leave, and A complied}), and the one who answers a noun of
 * asking, by acceding to it, refusing it ({@code A rejected B's request}) or acting on it in an
 * adverbial ({@code at B's request, A sent troops}, {@code acting on a request from B}, {@code in
 * response to an appeal from B}): the one who answers is the one who was asked (CAMEO 02, codebook
 * 020 Make an appeal or request, is coded from the asker to whom it asks). The word classes are
 * {@link DependencyWords#accede}, {@link DependencyWords#refuse} and {@link
 * DependencyWords#asking}.
 */
final class Requests {

  /** CAMEO 08, yield: what a verb of acceding states. */
  static final String YIELD = "08";

  /** CAMEO 02, appeal: what a call on someone, or one that is answered, states. */
  static final String APPEAL = "02";

  /** CAMEO 10, demand. */
  private static final String DEMAND = "10";

  /** The nouns of asking whose own category is a telephone call (CAMEO 04) when no one answers. */
  private static final Set<String> CALLS = Set.of("call", "calls");

  /** The prepositions after "call" that name whom it appeals to: "its call on B to ...". */
  private static final Set<String> CALLED_ON = Set.of("on", "upon");

  /** The prepositions after a verb of acceding that name what it accedes to. */
  private static final Set<String> ACCEDED_PREPS = Set.of("to", "with");

  /**
   * Prepositions whose object, a noun of asking, the clause's act answers wherever they stand: "at
   * B's request", "following a request by B" (general English; Oxford Learner's Dictionary at
   * somebody's request: "because somebody has asked").
   */
  private static final Set<String> ANSWERING_PREPS = Set.of("at", "following");

  /**
   * Prepositions that tie a noun of asking to the clause's act only before the clause ("on B's
   * request, A sent ..."); after the verb they name a topic ("A commented on B's request").
   */
  private static final Set<String> FRONTED_PREPS = Set.of("on", "upon");

  /**
   * Verbs whose participle before the clause, with a noun of asking after "on" or "to", says the
   * clause answers it ("acting on a request from B", "responding to B's appeal"); "respond to" also
   * as the clause's own verb ("A responded to B's appeal"). Oxford Learner's Dictionary act on ("to
   * take action as a result of advice, information, etc."), respond ("to react").
   */
  private static final Set<String> ANSWERING_VERBS = Set.of("act", "respond");

  /** The prepositions of {@link #ANSWERING_VERBS}: "act on", "respond to". */
  private static final Set<String> ANSWERED_PREPS = Set.of("on", "upon", "to");

  /** The noun of "in response to B's appeal". */
  private static final String RESPONSE = "response";

  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  Requests(ParsedActors actors, ParsedClauses clauses) {
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /**
   * The noun of asking that the verb at {@code v} accedes to: its direct object, its passive
   * subject ({@code B's request was granted}) or the object of its "to" or "with"; -1 if it is no
   * verb of acceding or takes no such noun.
   */
  int acceded(int v) {
    if (!tree.tag(v).startsWith("VB") || !acceding(v)) {
      return -1;
    }
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      if ((l.equals("dobj") || l.equals("nsubjpass")) && asking(c)) {
        return c;
      }
      if (l.equals("prep") && ACCEDED_PREPS.contains(word(c))) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj") && asking(o)) {
            return o;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Who made the request or demand at {@code n}: its owner ({@code B's request}, {@code the B
   * demand}, {@code a request from B}) and the actors its "of" names ({@code the demands of B}).
   */
  List<ActorPhrase> askers(int n) {
    List<ActorPhrase> out = new ArrayList<>(clauses.owner(n).phrases());
    out.addAll(clauses.ofActors(n));
    return ParsedWords.distinct(out);
  }

  /**
   * The verb whose subject answers the noun of asking at {@code n}, and so is the one asked: a verb
   * of acceding that takes it, one of refusing whose object it is, or the verb of the clause that
   * an adverbial of answering with it modifies; -1 if none.
   */
  int answering(int n) {
    if (!asking(n)) {
      return -1;
    }
    int h = tree.head(n);
    if (h == DependencyTree.ROOT) {
      return -1;
    }
    if (!tree.label(n).equals("pobj")) {
      boolean refused =
          tree.tag(h).startsWith("VB")
              && (tree.label(n).equals("dobj") || tree.label(n).equals("nsubjpass"))
              && phrasal(h, DependencyWords::refuse);
      return acceded(h) == n || refused ? h : -1;
    }
    int v = tree.head(h);
    if (v == DependencyTree.ROOT) {
      return -1;
    }
    return acceded(v) == n ? v : adverbial(h, v);
  }

  /**
   * The verb whose clause the preposition at {@code h}, hung on {@code v}, makes an answer to its
   * noun of asking: {@code at B's request}, {@code following a request by B}, {@code on B's
   * request} before the verb, {@code acting on}, {@code responding to}, {@code in response to}; -1
   * if none.
   */
  private int adverbial(int h, int v) {
    String p = word(h);
    if (p.equals("to") && word(v).equals(RESPONSE)) {
      // "in response to B's appeal, A sent aid": the verb "in" modifies
      int in = tree.head(v);
      int verb = in == DependencyTree.ROOT ? DependencyTree.ROOT : tree.head(in);
      return verb != DependencyTree.ROOT && tree.tag(verb).startsWith("VB") ? verb : -1;
    }
    if (!tree.tag(v).startsWith("VB")) {
      return -1;
    }
    if (ANSWERING_VERBS.contains(tree.lemma(v)) && ANSWERED_PREPS.contains(p)) {
      // "acting on a request from B, A ...": the participle's subject is the clause's
      int main = tree.head(v);
      boolean participle = tree.label(v).equals("advcl") && main != DependencyTree.ROOT;
      return participle ? main : v;
    }
    if (ANSWERING_PREPS.contains(p) || FRONTED_PREPS.contains(p) && h < v) {
      return v;
    }
    return -1;
  }

  /**
   * {@code A renewed its call on B to cut emissions}, {@code A heeded B's call for calm}: a call on
   * someone, or one that is answered, is an appeal (Oxford Learner's Dictionary call: "a request or
   * demand for somebody to do something"), not the telephone call the noun alone names.
   */
  boolean appealCall(int n) {
    if (!CALLS.contains(word(n))) {
      return false;
    }
    for (int c : tree.children(n)) {
      if (c > n && tree.label(c).equals("prep") && CALLED_ON.contains(word(c)) && !onADate(c)) {
        return true;
      }
    }
    return answering(n) >= 0;
  }

  /**
   * Whether the "on" at {@code p} names when, not whom: {@code a phone call between A and B on
   * Sunday}, {@code a call on 3 May}; a weekday, a month or a number is no one called on.
   */
  private boolean onADate(int p) {
    for (int o : tree.children(p)) {
      if (tree.label(o).equals("pobj")
          && (ClauseWords.TIME_WORDS.contains(word(o))
              || tree.tag(o).equals("CD")
              || Arrays.stream(Month.values()).anyMatch(m -> m.name().equalsIgnoreCase(word(o))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code B asked A to leave, and A complied}: whom a verb of acceding that names nothing it
   * accedes to yields to, when it is coordinated with a verb of appeal or demand (CAMEO 02, 10)
   * whose object is the verb's own subject: that verb's subject; else, for a verb of acceding, the
   * askers of what it accedes to ({@link #askers}).
   */
  List<ActorPhrase> yieldedTo(int v) {
    int n = acceded(v);
    if (n >= 0) {
      return askers(n);
    }
    int h = tree.head(v);
    if (!tree.label(v).equals("conj")
        || h == DependencyTree.ROOT
        || !tree.tag(v).startsWith("VB")
        || !phrasal(v, DependencyWords::accede)
        || tree.child(v, "dobj") >= 0
        || !asks(h)) {
      return List.of();
    }
    Set<Entity> asked = new HashSet<>();
    clauses.object(h).phrases().forEach(p -> asked.add(p.head()));
    List<ActorPhrase> subjects = clauses.subject(v).phrases();
    boolean same = !subjects.isEmpty() && subjects.stream().allMatch(p -> asked.contains(p.head()));
    return same ? clauses.subject(h).phrases() : List.of();
  }

  /** Whether the verb at {@code v} yields to someone: {@link #yieldedTo} names them. */
  boolean yields(int v) {
    return !yieldedTo(v).isEmpty() || acceded(v) >= 0;
  }

  /** Whether the verb at {@code v} appeals or demands (CAMEO 02, 10): "asked", "called on". */
  private boolean asks(int v) {
    if (!tree.tag(v).startsWith("VB")) {
      return false;
    }
    String lemma = tree.lemma(v);
    Optional<String> cameo =
        CameoLexicon.dependsOnNextWord(lemma)
            ? CameoLexicon.byNextWord(
                lemma, v + 1 < tokens.size() ? tokens.get(v + 1).text() : null)
            : CameoLexicon.cameo(lemma);
    return cameo.filter(c -> c.equals(APPEAL) || c.equals(DEMAND)).isPresent();
  }

  private boolean acceding(int v) {
    return phrasal(v, DependencyWords::accede);
  }

  /** Whether the verb at {@code v}, as verb_particle if it has a particle, is in {@code words}. */
  private boolean phrasal(int v, Predicate<String> words) {
    String lemma = tree.lemma(v);
    int prt = tree.child(v, "prt");
    return prt >= 0 ? words.test(lemma + "_" + word(prt)) : words.test(lemma);
  }

  private boolean asking(int n) {
    return DependencyWords.asking(word(n)) || DependencyWords.asking(tree.lemma(n));
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
