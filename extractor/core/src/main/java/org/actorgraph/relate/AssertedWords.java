package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Decides which words of a parsed sentence {@link DependencyInteractionFinder} reads as acts: those
 * the report asserts. A negated word, one under a modal or condition (unless it is a threat made
 * that way), one inside a quotation (someone's speech, not the report) and the complement of a verb
 * of denial state no act that happened (but an accusation denied was made).
 */
final class AssertedWords {

  /** CAMEO 11, disapprove: the root of criticism and accusation. */
  private static final String DISAPPROVE = "11";

  private final SentenceActors sa;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final Threats threats;

  AssertedWords(SentenceActors sa, ParsedActors actors, Threats threats) {
    this.sa = sa;
    this.tree = actors.tree();
    this.tokens = sa.tokens();
    this.threats = threats;
  }

  /**
   * Whether the word at {@code i} states an act the report asserts: not negated, hypothetical (but
   * for a conditional threat), quoted or denied.
   */
  boolean asserted(int i) {
    return !(sa.negatedOrHypothetical(i) && !conditionalThreat(i)
        || quoted(i)
        || tree.child(i, "neg") >= 0
        || denied(i)
        || unassertedTakingPart(i)
        || calledOff(i)
        || occasionOfUnasserted(i)
        || describesUnassertedObject(i));
  }

  /**
   * Whether the word at {@code i} names a meeting or visit (CAMEO 04) that was called off or put
   * back ({@code a summit between A and B was postponed}, {@code A cancelled a visit by B's
   * minister}, {@code the postponed talks}): the subject of a passive, or the object or participle,
   * of a verb of calling off ({@link DependencyWords#callOff}). The meeting did not happen; the
   * calling off, a verb of its own, may still state an act.
   */
  private boolean calledOff(int i) {
    if (!tree.tag(i).startsWith("NN") || !consult(i)) {
      return false;
    }
    for (int c : tree.children(i)) {
      if (tree.label(c).equals("amod") && callOff(c)) {
        return true; // "the postponed summit", "a cancelled visit"
      }
    }
    int h = tree.head(i);
    String l = tree.label(i);
    return h != DependencyTree.ROOT
        && (l.equals("nsubjpass") || l.equals("dobj"))
        && tree.tag(h).startsWith("VB")
        && callOff(h);
  }

  /**
   * Whether {@code word} of the sentence names a meeting that was called off ({@link #calledOff}),
   * so that what the word-order reading took from it is left out too.
   */
  boolean namesCalledOff(String word) {
    for (int i = 0; i < tree.size(); i++) {
      if ((word(i).equals(word) || tree.lemma(i).equals(word)) && calledOff(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun at {@code i} names a meeting or visit (CAMEO 04). */
  private boolean consult(int i) {
    return CameoLexicon.nounCameo(word(i), tree.lemma(i))
        .filter(DependencyWords.CONSULT::equals)
        .isPresent();
  }

  /**
   * Whether the word at {@code v} is a verb of calling off, by its lemma or as written, with its
   * particle ("called off", "put off").
   */
  private boolean callOff(int v) {
    int prt = tree.child(v, "prt");
    String particle = prt >= 0 ? " " + word(prt) : "";
    return DependencyWords.callOff(tree.lemma(v) + particle)
        || DependencyWords.callOff(word(v) + particle);
  }

  /**
   * Whether the participle at {@code i} describes the object of a verb the report does not assert
   * ({@code A refused to sign the statement criticising B}, {@code A declined to back a resolution
   * condemning B}): the act is the document's, which the subject did not make its own.
   */
  private boolean describesUnassertedObject(int i) {
    int n = tree.head(i);
    if (n == DependencyTree.ROOT
        || !tree.label(i).equals("acl")
        || !tree.label(n).equals("dobj")
        || !tree.tag(i).startsWith("VB")) {
      return false;
    }
    int v = tree.head(n);
    return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") && !asserted(v);
  }

  /** Prepositions that name the occasion of an act: "during the summit", "at the talks". */
  private static final Set<String> OCCASION = Set.of("during", "at");

  /**
   * Whether the word at {@code i} names the occasion of a verb the report does not assert ({@code A
   * did not meet B during the summit}, {@code A refused to sign the deal with B at the talks}):
   * what the gathering would pair is the verb's subject and object, and the verb says they did not
   * act together there.
   */
  private boolean occasionOfUnasserted(int i) {
    int p = tree.head(i);
    if (p == DependencyTree.ROOT
        || !tree.label(i).equals("pobj")
        || !tree.label(p).equals("prep")
        || !OCCASION.contains(word(p))) {
      return false;
    }
    int v = tree.head(p);
    return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") && !asserted(v);
  }

  /**
   * Whether the word at {@code i} is the object of a verb of taking part that the report does not
   * assert ({@code A declined to attend the Union summit}, {@code A would not host the talks}): the
   * gathering it names is an act of its own only as far as the taking part is one, and a refusal or
   * negation a few words before the verb may stand too far before the noun to reach it.
   */
  private boolean unassertedTakingPart(int i) {
    int h = tree.head(i);
    return h != DependencyTree.ROOT
        && tree.label(i).equals("dobj")
        && DependencyWords.join(tree.lemma(h))
        && !asserted(h);
  }

  /**
   * Whether the verb at {@code v} is the complement of a verb of denial ({@code A denied backing
   * B}, {@code A denied that it backed B}): the act is said not to have happened; or of a verb of
   * belief ({@code officials believe A attacked B}, {@code A is suspected of arming B}): the act is
   * believed, which the report does not assert.
   */
  private boolean denied(int v) {
    int h = tree.head(v);
    String l = tree.label(v);
    if (h == DependencyTree.ROOT) {
      return false;
    }
    String lemma = tree.lemma(h);
    if (l.equals("dobj") && tree.tag(h).startsWith("VB") && !DependencyWords.denial(lemma)) {
      return denied(h); // "believe A launched attacks on B": the act noun of a denied verb
    }
    return (l.equals("xcomp")
                || l.equals("ccomp")
                || l.equals("pcomp")
                || l.equals("dobj") && !accusation(v))
            && DependencyWords.denial(lemma)
        || (l.equals("xcomp") || l.equals("ccomp")) && DependencyWords.belief(lemma);
  }

  /**
   * Whether the word at {@code n} names an accusation or criticism (CAMEO 11): denied ({@code A
   * denied the accusations by B}), it was still made; what is denied is what it says.
   */
  private boolean accusation(int n) {
    return CameoLexicon.nounCameo(word(n), tree.lemma(n)).filter(DISAPPROVE::equals).isPresent();
  }

  /**
   * Whether the word at {@code i} is inside a quotation the article cites, and so someone's speech
   * rather than the report: a quotation that opens right at a verb ({@code A and B "exchanged views
   * on ..."}) only quotes the words of a predicate whose subject the report names outside it, so
   * that verb is read.
   */
  private boolean quoted(int i) {
    if (!Clause.inQuote(tokens, i)) {
      return false;
    }
    boolean opensHere = i > 0 && isQuoteMark(i - 1) && !Clause.inQuote(tokens, i - 1);
    return !(opensHere && tree.tag(i).startsWith("VB"));
  }

  private boolean isQuoteMark(int i) {
    String w = tokens.get(i).text();
    return w.equals("\u201c") || w.equals("\"");
  }

  /**
   * Whether the word at {@code i}, hypothetical by its modal or condition ({@code A would strike B
   * if}), states an act that {@link Threats} reads as a threat: such a statement is a threat made,
   * not a hypothesis.
   */
  private boolean conditionalThreat(int i) {
    String lemma = tree.lemma(i);
    Optional<String> cameo;
    if (tree.tag(i).startsWith("VB")) {
      cameo =
          CameoLexicon.cameo(lemma).isPresent()
              ? CameoLexicon.cameoAt(tokens, i)
              : CameoLexicon.phraseCameo(lemma, tokens, i);
    } else if (tree.tag(i).startsWith("NN")) {
      cameo = CameoLexicon.nounCameo(word(i), lemma);
    } else {
      return false;
    }
    return threats.onlyConditional(i, cameo.orElse(""));
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
