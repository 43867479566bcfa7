package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Third parties who bring others together or take an initiative for what lies between them, read
 * off a parse:
 *
 * <ul>
 *   <li>a verb of bringing whose object is the sides, with "together" or "to" a table or a meeting
 *       after it: {@code C brought A and B together}, {@code C brought A and B to the negotiating
 *       table}: C mediates with each side, and the sides meet (CAMEO 04, codebook 045 Mediate);
 *   <li>an initiative, effort or bid whose complement betters or settles what lies between the
 *       sides, or brings them together: {@code a Freedonian initiative to improve relations between
 *       A and B}, {@code an initiative from C aimed at improving relations between A and B}, {@code
 *       C launched an initiative to bring A and B together}: its author means to mediate with each
 *       side, which is an intent until the sides have met (CAMEO 03, codebook 039 Express intent to
 *       mediate), as an infinitive of bringing is ({@code C tried to bring A and B together}).
 * </ul>
 */
final class Initiatives {

  /**
   * Third parties and the sides they act between, at the word that says so; {@code met} whether the
   * sides met by it.
   */
  record Gathering(List<ActorPhrase> thirds, List<ActorPhrase> sides, boolean met, int trigger) {
    Gathering {
      thirds = List.copyOf(thirds);
      sides = List.copyOf(sides);
    }
  }

  /**
   * Verbs of bringing people into contact: Oxford Learner's Dictionary bring together ("to bring
   * people into contact with each other"), bring somebody to the table ("to persuade somebody to
   * take part in negotiations").
   */
  private static final Set<String> BRINGING = Set.of("bring");

  /**
   * Nouns for what a third party undertakes: Oxford Learner's Dictionary initiative ("a new plan
   * for dealing with a particular problem or for achieving a particular purpose"), effort ("an
   * attempt to do something"), bid ("an effort to do something or to get something"), attempt.
   */
  private static final Set<String> UNDERTAKINGS = Set.of("initiative", "effort", "bid", "attempt");

  /**
   * Participles that introduce an undertaking's purpose: {@code an initiative aimed at improving
   * ...}, {@code an effort designed to bring ...}.
   */
  private static final Set<String> PURPOSE = Set.of("aim", "design", "intend");

  /** Nouns after "to" that name negotiations as a place: "brought A and B to the table". */
  private static final Set<String> TABLES = Set.of("table");

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;

  Initiatives(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
  }

  /**
   * Whether the sentence of {@code tokens} may hold a reading of this class, a verb of bringing
   * with "together" or a table, or an undertaking with "between": only such sentences need a parse
   * for it.
   */
  static boolean mayState(List<Token> tokens) {
    boolean bring = false;
    boolean undertaking = false;
    boolean together = false;
    boolean between = false;
    for (Token t : tokens) {
      String w = t.text().toLowerCase(Locale.ROOT);
      bring |= BRINGING.contains(t.lemma());
      undertaking |= UNDERTAKINGS.contains(t.lemma());
      together |= w.equals("together") || TABLES.contains(w);
      between |= w.equals("between");
    }
    return bring && together || undertaking && (between || bring && together);
  }

  /**
   * {@code C brought A and B together}, {@code C brought together A and B}, {@code C brought A and
   * B to the negotiating table}, {@code C brought A and B to talks}: the subject of a verb of
   * bringing at {@code v} and its object actors, who meet there unless the verb is unrealised
   * ({@code C tried to bring A and B together}); also {@code The talks brought together A and B}.
   * None if {@code v} is no such verb, or if no actor or meeting brings them ({@code The crisis
   * brought A and B together} says they grew closer, not that they met).
   */
  List<Gathering> gathered(int v) {
    List<ActorPhrase> sides = broughtTogether(v);
    List<ActorPhrase> thirds = bringers(v);
    int s = tree.child(v, "nsubj");
    if (sides.isEmpty() || thirds.isEmpty() && (s < 0 || !meeting(s))) {
      return List.of();
    }
    return List.of(new Gathering(thirds, sides, !unrealised(v), v));
  }

  /**
   * Who brings others together by the verb at {@code v}: its subject, and those who host or chair a
   * meeting that is its subject ({@code The talks, sponsored by C, brought together A and B}).
   */
  private List<ActorPhrase> bringers(int v) {
    List<ActorPhrase> out = new ArrayList<>(clauses.subject(v).phrases());
    int s = tree.child(v, "nsubj");
    if (s >= 0 && meeting(s)) {
      for (int c : tree.children(s)) {
        String l = tree.label(c);
        String lemma = tree.lemma(c);
        if ((l.equals("acl") || l.equals("relcl"))
            && (DependencyWords.join(lemma) || DependencyWords.broker(lemma))) {
          out.addAll(clauses.subject(c).phrases());
        }
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code v} is an infinitive or has a modal ({@code to bring A and B
   * together}, {@code will bring}): what it says has not happened, and the sides have not met.
   */
  private boolean unrealised(int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("aux") && (word(c).equals("to") || tree.tag(c).equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code a Freedonian initiative to improve relations between A and B}, {@code an initiative from
   * C aimed at improving relations between A and B}, {@code C launched an effort to bring A and B
   * together}: the authors of the undertaking at {@code n} with the sides of what its complement
   * acts on; none if {@code n} is no such noun or its complement does not better what lies between
   * them.
   */
  List<Gathering> undertaking(int n) {
    if (!UNDERTAKINGS.contains(tree.lemma(n))) {
      return List.of();
    }
    List<ActorPhrase> sides = new ArrayList<>();
    for (int c : tree.children(n)) {
      int v = purpose(c);
      if (v >= 0 && settles(tree.lemma(v))) {
        sides.addAll(broughtTogether(v));
        sides.addAll(clauses.between(v));
        int o = tree.child(v, "dobj");
        if (o >= 0) {
          sides.addAll(clauses.between(o));
        }
      }
    }
    if (sides.isEmpty()) {
      return List.of();
    }
    return List.of(new Gathering(authors(n), sides, false, n));
  }

  /**
   * Whether a verb of {@code lemma} as an undertaking's purpose means good offices: a verb that
   * betters or settles what lies between others ({@link DependencyWords#mend}), a verb of good
   * offices, or a verb of bringing together; not {@code an effort to destabilise relations between
   * A and B}, {@code an attempt to drive a wedge between A and B}.
   */
  private static boolean settles(String lemma) {
    return DependencyWords.mend(lemma) || DependencyWords.broker(lemma) || BRINGING.contains(lemma);
  }

  /**
   * The verb that states the purpose of an undertaking, from its child {@code c}: a to-infinitive
   * ({@code an initiative to improve}) or the gerund or infinitive after a participle of purpose
   * ({@code an initiative aimed at improving}); -1 if none.
   */
  private int purpose(int c) {
    String l = tree.label(c);
    if (!(l.equals("acl") || l.equals("relcl")) || !tree.tag(c).startsWith("VB")) {
      return -1;
    }
    if (PURPOSE.contains(tree.lemma(c))) {
      for (int p : tree.children(c)) {
        if (tree.label(p).equals("xcomp") && tree.tag(p).startsWith("VB")) {
          return p;
        }
        if (tree.label(p).equals("prep") && word(p).equals("at")) {
          int g = tree.child(p, "pcomp");
          if (g >= 0 && tree.tag(g).startsWith("VB")) {
            return g;
          }
        }
      }
      return -1;
    }
    int to = tree.child(c, "aux");
    return to >= 0 && word(to).equals("to") ? c : -1;
  }

  /**
   * Who takes the undertaking at {@code n}: its owner ({@code C's initiative}, {@code a Freedonian
   * initiative}, {@code an initiative by C}), those it comes from ({@code an initiative from C}),
   * and the subject of a verb that launches or leads it ({@code C launched an initiative}, {@code
   * an effort led by C}).
   */
  private List<ActorPhrase> authors(int n) {
    List<ActorPhrase> out = new ArrayList<>(clauses.owner(n).phrases());
    out.addAll(clauses.prepObjects(n, Set.of("from")));
    int v = tree.head(n);
    if (tree.label(n).equals("dobj") && v != DependencyTree.ROOT && undertakes(v)) {
      out.addAll(clauses.subject(v).phrases());
    }
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("acl") && undertakes(c)) {
        out.addAll(clauses.subject(c).phrases());
      }
    }
    return out;
  }

  private boolean undertakes(int v) {
    String lemma = tree.lemma(v);
    return tree.tag(v).startsWith("VB")
        && (DependencyWords.light(lemma) || DependencyWords.join(lemma));
  }

  /**
   * The object actors of a verb of bringing at {@code v} that "together" or "to" a table or a
   * meeting brings into contact; none otherwise.
   */
  private List<ActorPhrase> broughtTogether(int v) {
    if (!BRINGING.contains(tree.lemma(v)) || !tree.tag(v).startsWith("VB")) {
      return List.of();
    }
    boolean together = false;
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      if ((l.equals("advmod") || l.equals("prt")) && word(c).equals("together")) {
        together = true;
      } else if (l.equals("prep") && word(c).equals("to")) {
        int o = tree.child(c, "pobj");
        together |= o >= 0 && (TABLES.contains(tree.lemma(o)) || meeting(o));
      }
    }
    return together ? clauses.object(v).phrases() : List.of();
  }

  private boolean meeting(int n) {
    return CameoLexicon.nounCameo(word(n), tree.lemma(n))
        .filter(DependencyWords.CONSULT::equals)
        .isPresent();
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }
}
