package org.actorgraph.relate;

import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Decides the category of an act from the word that governs it, when that word makes the act only
 * intended or threatened: an act of cooperation under a verb of intent ({@code A plans to meet B})
 * is the intent to cooperate (CAMEO 03), one under a verb of agreeing ({@code A agreed to send jets
 * to B}) is also that intent, and an act under a verb or noun of threatening ({@code A threatened
 * to impose sanctions}, {@code A's threat to cut ties with B}) is a threat (CAMEO 13).
 */
final class IntendedActs {

  /** The roots of cooperation that a verb of intent turns into {@link #INTENT}. */
  private static final Set<String> COOPERATION = Set.of("04", "05", "06", "07", "08");

  /**
   * CAMEO 13, threaten: what a verb of threatening governs is only threatened (codebook 130-139).
   */
  static final String THREATEN = "13";

  /** CAMEO 18, assault: the first root of force used on someone (18 to 20). */
  private static final String ASSAULT = "18";

  /** CAMEO 03, express intent to cooperate. */
  static final String INTENT = "03";

  private final DependencyTree tree;
  private final List<Token> tokens;
  private final Threats threats;

  IntendedActs(ParsedActors actors, Threats threats) {
    this.tree = actors.tree();
    this.tokens = actors.tokens();
    this.threats = threats;
  }

  /**
   * The category of an act of cooperation (CAMEO 04-08) that a verb of intent governs ({@code A
   * plans to meet B}, {@code A is trying to increase cooperation with B}): the intent to cooperate,
   * 03 (codebook 030-039); any act that a verb of threatening governs ({@code A threatened to
   * impose sanctions on B}) is a threat, 13 (codebook 130-139); {@code cameo} otherwise.
   */
  String intended(int v, String cameo) {
    if (threats.threatens(v, cameo)) {
      return THREATEN;
    }
    int h = governor(v);
    if (h < 0) {
      return cameo;
    }
    if (CameoLexicon.cameo(tree.lemma(h)).filter(THREATEN::equals).isPresent()
        || cameo.compareTo(ASSAULT) >= 0 && DependencyWords.pledge(tree.lemma(h))) {
      // "A vowed to defeat B", "A is committed to defeating B": force only pledged is a threat
      return THREATEN;
    }
    return COOPERATION.contains(cameo) && DependencyWords.intent(tree.lemma(h)) ? INTENT : cameo;
  }

  /**
   * The word whose complement the act at {@code v} is: the head of an infinitive ({@code plans to
   * meet}, {@code is determined to defeat}), or the adjective or participle before "to" and a
   * gerund ({@code is committed to defeating}); -1 for none.
   */
  private int governor(int v) {
    int h = tree.head(v);
    if (h == DependencyTree.ROOT) {
      return -1;
    }
    if (tree.label(v).equals("xcomp")) {
      return h;
    }
    if (!tree.label(v).equals("pcomp") || !word(h).equals("to")) {
      return -1;
    }
    int w = tree.head(h);
    return w != DependencyTree.ROOT && (tree.tag(w).startsWith("JJ") || tree.tag(w).equals("VBN"))
        ? w
        : -1;
  }

  /**
   * Whether the act of cooperation {@code cameo} at {@code v} is one a verb of agreeing governs
   * ({@code A agreed to send jets to B}, {@code A and B agreed to hold talks}): the subject commits
   * to the act, which is both the act and the intent to do it (CAMEO 03, codebook 030 "agree to").
   */
  boolean agreedTo(int v, String cameo) {
    int h = tree.head(v);
    return h != DependencyTree.ROOT
        && tree.label(v).equals("xcomp")
        && COOPERATION.contains(cameo)
        && DependencyWords.consent(tree.lemma(h));
  }

  /**
   * {@code A's threat to cut ties with B}: an act that an infinitive gives as the content of a noun
   * of threat (CAMEO 13) is only threatened; {@code cameo} otherwise.
   */
  private String threatContent(int v, String cameo) {
    int h = tree.head(v);
    if (h == DependencyTree.ROOT || !tree.label(v).equals("acl") || !tree.tag(h).startsWith("NN")) {
      return cameo;
    }
    return Threats.is("threat", tree.lemma(h))
            || CameoLexicon.nounCameo(word(h), tree.lemma(h)).filter(THREATEN::equals).isPresent()
        ? THREATEN
        : cameo;
  }

  /** The category of the act at {@code v}: {@link #intended}, or else {@link #threatContent}. */
  String intendedOrThreatened(int v, String cameo) {
    String c = intended(v, cameo);
    return c.equals(cameo) ? threatContent(v, cameo) : c;
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
  }
}
