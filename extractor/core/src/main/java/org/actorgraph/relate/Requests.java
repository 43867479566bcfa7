package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Reads who asked and who was asked when a request or demand is answered, off a parse: the noun of
 * asking that a verb of acceding takes ({@code A granted B's request}, {@code A complied with B's
 * demands}, {@code A gave in to the demands of B}: CAMEO 08, codebook 083 Accede to requests or
 * demands) and the one who answers a noun of asking in an adverbial ({@code at B's request, A sent
 * troops}, {@code acting on a request from B}, {@code in response to an appeal from B}): the one
 * who answers is the one who was asked (CAMEO 02, codebook 020 Make an appeal or request, is coded
 * from the asker to whom it asks). The word classes are {@link DependencyWords#accede} and {@link
 * DependencyWords#asking}.
 */
final class Requests {

  /** CAMEO 08, yield: what a verb of acceding states. */
  static final String YIELD = "08";

  /** CAMEO 02, appeal: what a call on someone, or one that is answered, states. */
  static final String APPEAL = "02";

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
   * of acceding that takes it, or the verb of the clause that an adverbial of answering with it
   * modifies; -1 if none.
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
      return acceded(h) == n ? h : -1;
    }
    int v = tree.head(h);
    if (v == DependencyTree.ROOT) {
      return -1;
    }
    String p = word(h);
    if (acceded(v) == n) {
      return v;
    }
    if (p.equals("to") && word(v).equals(RESPONSE)) {
      // "in response to B's appeal, A sent aid": the verb "in" modifies
      int in = tree.head(v);
      v = in == DependencyTree.ROOT ? DependencyTree.ROOT : tree.head(in);
      return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") ? v : -1;
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
      if (c > n && tree.label(c).equals("prep") && CALLED_ON.contains(word(c))) {
        return true;
      }
    }
    return answering(n) >= 0;
  }

  private boolean acceding(int v) {
    String lemma = tree.lemma(v);
    int prt = tree.child(v, "prt");
    return prt >= 0
        ? DependencyWords.accede(lemma + "_" + word(prt))
        : DependencyWords.accede(lemma);
  }

  private boolean asking(int n) {
    return DependencyWords.asking(word(n)) || DependencyWords.asking(tree.lemma(n));
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
