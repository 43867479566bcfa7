package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.annotate.Token;

/**
 * Two actors joined by a hyphen before a noun that names an act between them, as headlines and news
 * write it: {@code Freedonia-Sylvania talks} (04), {@code the Freedonia-Sylvania trade war}, {@code
 * Freedonia-Sylvania border clashes}. The act is the category of the last word of the lower-case
 * words after the pair that names one (read with the word before it, {@link
 * CameoLexicon#nounCameo(String, String, String)}); the two act on each other.
 */
final class PairCompounds {

  private static final double CONFIDENCE = 0.7;

  /** How many lower-case words after the pair are read for the act's noun. */
  private static final int MAX_WORDS = 3;

  private PairCompounds() {}

  static List<Fact.Interaction> find(SentenceActors sa, ActorPhrases phrases) {
    List<Fact.Interaction> out = new ArrayList<>();
    List<ActorPhrase> all = phrases.all();
    List<Token> tokens = sa.tokens();
    for (int k = 0; k + 1 < all.size(); k++) {
      ActorPhrase a = all.get(k);
      ActorPhrase b = all.get(k + 1);
      if (b.first() != a.last() + 2 || !joined(tokens, a.last(), b.first())) {
        continue;
      }
      int head = head(tokens, b.last() + 1);
      if (head < 0 || sa.negatedOrHypothetical(head) || a.head().equals(b.head())) {
        continue;
      }
      Token t = tokens.get(head);
      String before = tokens.get(head - 1).lemma();
      CameoLexicon.nounCameo(before, t.text().toLowerCase(Locale.ROOT), t.lemma())
          .ifPresent(
              c ->
                  out.add(
                      InteractionFinder.interaction(
                          a.head(), b.head(), c, t, CONFIDENCE, sa.evidence())));
    }
    return out;
  }

  /** Whether a hyphen or dash joins the tokens at {@code left} and {@code right}, unspaced. */
  private static boolean joined(List<Token> tokens, int left, int right) {
    Token dash = tokens.get(left + 1);
    return (dash.text().equals("-") || dash.text().equals("–"))
        && tokens.get(left).span().end() == dash.span().start()
        && dash.span().end() == tokens.get(right).span().start();
  }

  /**
   * The last word with a noun's category in the run of lower-case words from {@code from} (at most
   * {@link #MAX_WORDS}; a past tense ends it: "talks ended"); -1 if none. The tagger's part of
   * speech is not asked: it often reads "talks" and "trade" after a name as verbs.
   */
  private static int head(List<Token> tokens, int from) {
    int head = -1;
    for (int i = from; i < tokens.size() && i < from + MAX_WORDS; i++) {
      Token t = tokens.get(i);
      String w = t.text();
      if (!w.matches("[a-z][a-z-]*") || t.pos().equals("VERB") && w.endsWith("ed")) {
        break;
      }
      if (CameoLexicon.nounCameo(tokens.get(i - 1).lemma(), w, t.lemma()).isPresent()) {
        head = i;
      }
    }
    return head;
  }
}
