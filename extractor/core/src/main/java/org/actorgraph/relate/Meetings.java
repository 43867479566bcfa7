package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;

/**
 * Finds who takes part in a meeting named by a noun, beyond its owner and partner: those whose verb
 * it is said at or for ({@code A and B met in X for talks}, {@code A spoke at the summit}), who
 * host, chair or attend it ({@code A hosted and chaired the talks}), who convene it ({@code talks
 * under Freedonia}), and whether a verb states a meeting at all ({@code met B}, {@code held talks
 * with B}).
 */
final class Meetings {

  /** How far {@link #adjunctHead} climbs. */
  private static final int ADJUNCT_STEPS = 3;

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  Meetings(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /** Whether the verb at {@code v} states a meeting: "met B", "held talks with B". */
  boolean meets(int v) {
    String lemma = tree.lemma(v);
    int o = tree.child(v, "dobj");
    return meetingVerb(lemma)
        || o >= 0
            && DependencyWords.light(lemma)
            && CameoLexicon.nounCameo(word(o), tree.lemma(o))
                .filter(DependencyWords.CONSULT::equals)
                .isPresent();
  }

  /** "met B", "held talks with B": a reciprocal verb of consulting, whose object meets too. */
  private static boolean meetingVerb(String lemma) {
    return CameoLexicon.mutual(lemma)
        && CameoLexicon.cameo(lemma).filter(DependencyWords.CONSULT::equals).isPresent();
  }

  /**
   * {@code A said talks with B were continuing}, {@code A said on Friday that negotiations with B
   * had stalled}: the speaker of a report whose clause has the meeting noun at {@code n}, with no
   * owner of its own, for subject. Who speaks of talks with B without naming their side is that
   * side.
   */
  List<ActorPhrase> reporters(int n) {
    int v = tree.head(n);
    if (!tree.label(n).startsWith("nsubj") || v == DependencyTree.ROOT) {
      return List.of();
    }
    return clauses.reporter(v).phrases();
  }

  /**
   * {@code A and B met in X for talks}, {@code A spoke at the summit}, {@code A joined B for
   * talks}, {@code A is on a visit to B}, {@code A met B on the sidelines of the summit}, {@code
   * After/Following talks with B, A said} (a meeting with its partner named): those who take part
   * in a meeting named after a preposition of their verb (or after "of" a noun of its margins or of
   * a part or span of it: {@code A and B agreed after two days of talks}), with the direct object
   * of a verb of taking part or of meeting.
   */
  List<ActorPhrase> attendees(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj") || prep == DependencyTree.ROOT) {
      return List.of();
    }
    boolean margin = false;
    int m = tree.head(prep);
    if (word(prep).equals("of")
        && m != DependencyTree.ROOT
        && (DependencyWords.margin(word(m)) || DependencyWords.partitive(word(m)))) {
      // "on the sidelines of the summit", "after two days of talks": the margin or part stands
      // in the meeting's place
      margin = DependencyWords.margin(word(m));
      prep = tree.head(m);
      if (!tree.label(m).equals("pobj") || prep == DependencyTree.ROOT) {
        return List.of();
      }
    }
    String p = word(prep);
    int v = adjunctHead(tree.head(prep));
    boolean after = p.equals("after") || p.equals("following");
    if (after && concluded(v)) {
      // "A and B signed a deal after talks", parsed with "after" under "deal": its verb's talks
      v = tree.head(v);
    }
    boolean sequel = after && (withPartner(n) || brokered(n) || concludedTogether(v));
    if (v == DependencyTree.ROOT
        || !tree.tag(v).startsWith("VB")
        || !Set.of("for", "at", "during", "in", "over").contains(p)
            && !(p.equals("on") && (margin || tree.lemma(v).equals("be")))
            && !sequel) {
      return List.of();
    }
    String lemma = tree.lemma(v);
    List<ActorPhrase> out = new ArrayList<>(actedOn(v));
    if (out.isEmpty() || DependencyWords.join(lemma) || meetingVerb(lemma)) {
      out.addAll(clauses.subject(v).phrases());
    }
    int o = tree.child(v, "dobj");
    if (o >= 0 && (DependencyWords.join(lemma) || meetingVerb(lemma))) {
      out.addAll(actors.actors(o));
    }
    return out;
  }

  /**
   * Whether the meeting noun at {@code n} is named after "of" a noun of its margins ({@code on the
   * sidelines of the Union summit}, {@code on the margins of the assembly}): what the clause tells
   * happened beside that meeting, between those it names.
   */
  boolean onMargins(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj") || prep == DependencyTree.ROOT || !word(prep).equals("of")) {
      return false;
    }
    int m = tree.head(prep);
    return m != DependencyTree.ROOT && DependencyWords.margin(word(m));
  }

  /**
   * {@code A was suspended by B over a phone call with C}, {@code A was criticised by B for talks
   * with C}: the actors a passive verb at {@code v} acts on, who took part in the meeting its
   * adjunct names (their agent only judges it, unless the verb is one of meeting or joining: {@code
   * A was joined by B for talks}); empty for an active verb or a passive that acts on no actor
   * ({@code the deal was signed by A and B at talks in X}, whose agents met).
   */
  private List<ActorPhrase> actedOn(int v) {
    int patient = tree.child(v, "nsubjpass");
    return patient >= 0 && tree.child(v, "agent") >= 0 ? actors.actors(patient) : List.of();
  }

  /**
   * Whether a participle of good offices describes the meeting noun at {@code n} ("talks mediated
   * by C", "talks hosted by C"): talks that a third party brought about were held between others,
   * so {@code A and B agreed after talks mediated by C} names them in its clause.
   */
  private boolean brokered(int n) {
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("acl") && DependencyWords.broker(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} (or the verb whose complement it is) states what its coordinated
   * subjects did together ({@code A and B signed a deal after talks in X}, {@code A and B agreed to
   * end the fighting after talks}): a reciprocal act ({@link CameoLexicon#mutual}) or one whose
   * object is an agreement ({@code issued a joint statement}), so the talks it follows were theirs.
   */
  private boolean concludedTogether(int v) {
    if (v == DependencyTree.ROOT || !tree.tag(v).startsWith("VB")) {
      return false;
    }
    int w = tree.label(v).equals("xcomp") && tree.head(v) != DependencyTree.ROOT ? tree.head(v) : v;
    int o = tree.child(w, "dobj");
    return clauses.subject(w).phrases().size() >= 2
        && (CameoLexicon.mutual(tree.lemma(w)) || o >= 0 && agreement(o));
  }

  /** Whether {@code t} is an agreement noun that is a verb's direct object ("signed a deal"). */
  private boolean concluded(int t) {
    return t != DependencyTree.ROOT
        && tree.label(t).equals("dobj")
        && tree.head(t) != DependencyTree.ROOT
        && agreement(t);
  }

  /**
   * Whether the noun at {@code t} names an agreement ({@link AgreementPhrases#isHead}), alone
   * ("deal") or with "joint" before it ("joint statement").
   */
  private boolean agreement(int t) {
    if (AgreementPhrases.isHead(word(t))) {
      return true;
    }
    for (int c : tree.children(t)) {
      if (c < t && word(c).equals("joint")) {
        return AgreementPhrases.isHead("joint " + word(t));
      }
    }
    return false;
  }

  /** Whether the noun at {@code n} names its partner after "with" ("talks with B"). */
  private boolean withPartner(int n) {
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && word(c).equals("with")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb a prepositional phrase belongs to when the parser hung it on a time adverbial ("Last
   * week during a visit to B, A said" read with "during" under "Last"): up from {@code h} through
   * adverbial nouns and modifiers, at most {@value #ADJUNCT_STEPS} steps; {@code h} itself
   * otherwise.
   */
  private int adjunctHead(int h) {
    int v = h;
    for (int i = 0;
        i < ADJUNCT_STEPS && v != DependencyTree.ROOT && !tree.tag(v).startsWith("VB");
        i++) {
      if (!Set.of("npadvmod", "nmod", "tmod", "advmod").contains(tree.label(v))) {
        return h;
      }
      v = tree.head(v);
    }
    return v == DependencyTree.ROOT ? h : v;
  }

  /**
   * {@code The summit was hosted by A and attended by B}, {@code A hosted and chaired the talks}:
   * the subjects (or agents) of the verbs of taking part coordinated with {@code v} that share its
   * meeting, as its {@code role} ({@code dobj} or {@code nsubjpass}), having none of their own.
   */
  List<ActorPhrase> sharers(int v, String role, String cameo) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("conj")
          && tree.tag(c).startsWith("VB")
          && tree.child(c, role) < 0
          && takesPart(tree.lemma(c), cameo)) {
        out.addAll(clauses.subject(c).phrases());
      }
    }
    return out;
  }

  /**
   * Whether the subject of a verb of taking part ({@code A attended the talks}, {@code the
   * sanctions A joined}) takes part in the act that a noun of category {@code cameo} names: a third
   * party who brokered, hosted or chaired an act other than a meeting ({@code C brokered the deal})
   * is read by {@link GoodOffices}, as a mediator rather than a party.
   */
  static boolean takesPart(String lemma, String cameo) {
    return DependencyWords.join(lemma)
        && (cameo.equals(DependencyWords.CONSULT) || !DependencyWords.broker(lemma));
  }

  /**
   * Whether the owners of a meeting are organisations that hold it ({@code the Union summit},
   * {@code a meeting of the Union}): those who attend it ({@code A spoke at the Union summit},
   * {@code A took part in a meeting of the Union}) take part with them.
   */
  static boolean convened(List<ActorPhrase> owners) {
    return !owners.isEmpty()
        && owners.stream().allMatch(p -> p.head().type() == EntityType.ORGANISATION);
  }

  /**
   * {@code a meeting of leaders under the Union}, {@code talks under Freedonia}: the actors after
   * "under" a meeting noun convene it, and so take part with those who attend.
   */
  List<ActorPhrase> conveners(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (tree.label(c).equals("prep") && tokens.get(c).text().equalsIgnoreCase("under")) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            List<ActorPhrase> named = actors.actors(o);
            out.addAll(named.isEmpty() ? clauses.owner(o).phrases() : named);
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
