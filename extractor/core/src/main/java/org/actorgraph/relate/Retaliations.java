package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * Threats aimed at whoever acted just before ({@code A expelled B's diplomats. B promised a painful
 * response}, {@code B vowed to retaliate}, {@code B warned it would take countermeasures}, {@code B
 * said it would retaliate}): a verb of warning or of commitment followed in its clause by a word of
 * answering a harm ({@code threat-words.tsv} classes respond and answer), or a verb of answering a
 * harm under a modal of the future, with no actor named after it, is a threat (CAMEO 13, codebook
 * 130) by the actor named last before it against the one actor who did a hostile act (roots 11-20)
 * to it in the sentence before.
 *
 * <p>Design decision: read off the words and the interactions the sentence before gave, since a
 * sentence with one actor is not parsed; the answer must follow an act against the threatener
 * itself (or the country its body or office belongs to), so {@code A struck B. C vowed to
 * retaliate} gives nothing, and an answer whose target the sentence names is left to the parse.
 */
final class Retaliations {

  /**
   * Verbs of commitment under which an answer is a threat ({@code B promised a painful response}):
   * Oxford Learner's Dictionary promise "to tell somebody that you will definitely do or not do
   * something", pledge "to formally promise to give or do something"; the verbs of warning are
   * {@code threat-words.tsv} class warn.
   */
  private static final Set<String> PLEDGE = Set.of("promise", "pledge");

  /** How many tokens after the verb of warning the answer may stand. */
  private static final int REACH = 8;

  /** The confidence of a threat whose target the sentence before gives. */
  private static final double CONFIDENCE = 0.6;

  private static final String THREATEN = "13";

  private Retaliations() {}

  /**
   * The threats of the sentence {@code sa} against the doers of {@code previous}, the interactions
   * of the sentence before; {@code sides} gives for a person or body the countries it belongs to.
   */
  static List<Fact.Interaction> find(
      SentenceActors sa,
      ActorPhrases phrases,
      List<Fact.Interaction> previous,
      Map<Entity, Set<Entity>> sides) {
    List<Token> tokens = sa.tokens();
    int w = warning(tokens);
    if (w < 0 || sa.negatedOrHypothetical(w)) {
      return List.of();
    }
    List<ActorPhrase> before = phrases.all().stream().filter(p -> p.last() < w).toList();
    if (before.isEmpty() || before.size() < phrases.all().size()) {
      return List.of();
    }
    Entity threatener = before.get(before.size() - 1).head();
    Set<Entity> own = sides.getOrDefault(threatener, Set.of());
    Set<Entity> doers =
        previous.stream()
            .filter(f -> f.cameo().compareTo("11") >= 0)
            .filter(f -> f.target().equals(threatener) || own.contains(f.target()))
            .map(Fact.Interaction::source)
            .filter(s -> !s.equals(threatener) && !own.contains(s))
            .collect(Collectors.toSet());
    if (doers.size() != 1) {
      return List.of();
    }
    return List.of(
        InteractionFinder.interaction(
            threatener,
            doers.iterator().next(),
            THREATEN,
            tokens.get(w),
            CONFIDENCE,
            sa.evidence()));
  }

  /**
   * The index of a verb of warning or commitment followed, no more than {@value #REACH} tokens on
   * and before a comma or semicolon, by a word of answering a harm ({@link #answer}), or of a verb
   * of answering a harm right after a modal of the future ({@code B said it would retaliate}, the
   * codebook's announced retaliation); -1 if none.
   */
  private static int warning(List<Token> tokens) {
    for (int w = 0; w < tokens.size(); w++) {
      Token t = tokens.get(w);
      if (w > 0
          && Threats.is("future", tokens.get(w - 1).text().toLowerCase(Locale.ROOT))
          && Threats.is("respond", t.lemma())
          && !answers(tokens, w)) {
        return w;
      }
      if (!t.pos().equals("VERB")
          || !Threats.is("warn", t.lemma()) && !PLEDGE.contains(t.lemma())) {
        continue;
      }
      for (int a = w + 1; a < tokens.size() && a <= w + REACH; a++) {
        String x = tokens.get(a).text();
        if (x.equals(",") || x.equals(";")) {
          break;
        }
        if (answer(tokens.get(a)) && !answers(tokens, a)) {
          return w;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the token is a word of answering a harm ({@code threat-words.tsv} classes respond and
   * answer), whatever the tagger made of it: it may read a verb after "to" as a noun ({@code vowed
   * to retaliate}).
   */
  private static boolean answer(Token t) {
    return Threats.is("respond", t.lemma()) || Threats.is("answer", t.lemma());
  }

  /**
   * Whether "to" after the word at {@code a} ties it to what it answers ({@code a response to}).
   */
  private static boolean answers(List<Token> tokens, int a) {
    return a + 1 < tokens.size() && tokens.get(a + 1).text().equalsIgnoreCase("to");
  }
}
