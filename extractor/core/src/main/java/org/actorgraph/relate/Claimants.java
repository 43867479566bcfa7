package org.actorgraph.relate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;
import org.actorgraph.text.CharSpan;

/**
 * Who put forward or carried out what a definite noun of a claim, an offer, a proposal, a demand or
 * a weapon's launch or test refers back to: {@code A accused B of the attack; B rejected the
 * allegation}, {@code A claimed that B had shelled its border posts. B denied the claim}, {@code A
 * offered B help. B declined the offer}, {@code A fired a missile. B condemned the launch}. It is
 * the last such act that a verb of the noun's kind states in the phrase's sentence before it or in
 * the sentence before that, and its maker is the actor named right before that verb, its subject.
 *
 * <p>Design decision: the antecedent is read off the words, not a parse, since the sentence before
 * is parsed only when it holds two actors and a trigger of its own; a passive verb ({@code B was
 * accused of ...}) has the one it is done to before it and gives no maker.
 */
final class Claimants {

  /**
   * The verbs whose subject puts forward what each noun names: a claim or accusation (accuse,
   * allege, claim, charge: WordNet 3.0 the verbs of these nouns; blame: codebook 112 Accuse), an
   * offer, a proposal, a demand (WordNet 3.0 the verb of each noun), and the launch or test of a
   * weapon ({@code A fired a missile. B condemned the launch}; WordNet 3.0 the verbs of launch and
   * test, and fire, Oxford Learner's "to shoot bullets, etc. from a gun or other weapon").
   */
  private static final Map<String, Set<String>> VERBS = verbs();

  private static Map<String, Set<String>> verbs() {
    Set<String> claiming = Set.of("accuse", "allege", "claim", "charge", "blame");
    Set<String> firing = Set.of("fire", "launch", "test");
    Map<String, Set<String>> byNoun =
        Map.of(
            "accusation", claiming,
            "allegation", claiming,
            "claim", claiming,
            "charge", claiming,
            "offer", Set.of("offer"),
            "proposal", Set.of("propose"),
            "demand", Set.of("demand"),
            "test", firing);
    Map<String, Set<String>> out = new HashMap<>(byNoun);
    byNoun.forEach((noun, verbs) -> out.put(noun + "s", verbs));
    out.put("launch", firing);
    out.put("launches", firing);
    return Map.copyOf(out);
  }

  /** Determiners by which such a noun points back at what was already told. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** The forms of "be" before a passive participle. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

  /** How many tokens may stand between the maker's name and its verb ("Sylvania's minister"). */
  private static final int GAP = 3;

  private Claimants() {}

  /** Whether {@code word} with the determiner {@code det} points back at a claim or an offer. */
  static boolean pointsBack(String word, String det) {
    return VERBS.containsKey(word.toLowerCase(Locale.ROOT))
        && DEFINITE.contains(det.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a sentence holds a noun that points back ({@code the allegation}), which stands for an
   * actor the sentence may not name.
   */
  static boolean anyIn(List<Token> tokens) {
    for (int t = 1; t < tokens.size(); t++) {
      if (pointsBack(tokens.get(t).text(), tokens.get(t - 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The maker of the last act that {@code noun} (a noun that {@link #pointsBack}) names, stated
   * before {@code offset} in its sentence or the one before; empty when there is none, or it is
   * among {@code excluded} (the subject of the clause that names it: {@code A repeated the claim}
   * is A's own).
   */
  static Optional<Entity> before(
      ResolvedArticle article, int offset, String noun, Set<Entity> excluded) {
    Set<String> verbs = VERBS.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of());
    List<Sentence> sentences = article.annotated().sentences();
    int i = 0;
    while (i < sentences.size() && sentences.get(i).span().end() <= offset) {
      i++;
    }
    for (int k = Math.min(i, sentences.size() - 1); k >= Math.max(0, i - 1); k--) {
      List<Token> tokens = sentences.get(k).tokens();
      for (int t = tokens.size() - 1; t > 0; t--) {
        Token verb = tokens.get(t);
        if (verb.span().end() <= offset && stating(verb, verbs)) {
          return BE.contains(tokens.get(t - 1).text().toLowerCase(Locale.ROOT))
              ? Optional.empty()
              : subject(article, tokens, t).filter(e -> !excluded.contains(e));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the token is one of {@code verbs}, by its lemma or, where the lemmatiser left a regular
   * past as it was or clipped it ("blamed"), by that form's base ({@link Inflections#bases}).
   */
  private static boolean stating(Token t, Set<String> verbs) {
    return t.pos().equals("VERB")
        && (verbs.contains(t.lemma())
            || Inflections.bases(t.text().toLowerCase(Locale.ROOT)).stream()
                .anyMatch(verbs::contains));
  }

  /** The actor named last before the verb at {@code v}, no more than {@value #GAP} tokens off. */
  private static Optional<Entity> subject(ResolvedArticle article, List<Token> tokens, int v) {
    int from = tokens.get(Math.max(0, v - GAP - 1)).span().start();
    List<Located> near = article.mentionsWithin(new CharSpan(from, tokens.get(v).span().start()));
    return near.isEmpty() ? Optional.empty() : Optional.of(near.get(near.size() - 1).entity());
  }
}
