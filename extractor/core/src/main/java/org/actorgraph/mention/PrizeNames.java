package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;

/**
 * Drops the mentions of a one-word name used as the name of a prize: written right before a
 * lower-case noun for a prize, its winners or the body that awards it ({@code prize_nouns.txt}:
 * "Nobel laureate Jane Roe", "a Pulitzer winner", "the Nobel committee"), or won ("she won the
 * Nobel in 2021"). The statistical finder takes such a word for a person or an organisation, and a
 * person named after the prize ("Alfred Nobel") makes every later "Nobel" a mention of that person.
 *
 * <p>Design decision: the context decides, not the word: a stop name "Nobel" would cut "Alfred
 * Nobel", and "Nobel died in 1896" still names him. Only the statistical model's guesses and the
 * repeats of names found elsewhere go: a name the gazetteer or a rule found stays ("the Senate
 * committee" names the Senate's committee, and the Senate is an actor of the text), and so does a
 * name of several words ("Jane Roe prize" is no way to write a prize).
 */
final class PrizeNames {

  private static final Set<String> NOUNS = Set.copyOf(WordList.read("prize_nouns.txt"));
  private static final Set<String> WIN = Set.of("won", "win", "wins", "winning", "awarded");
  private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ");

  private PrizeNames() {}

  /** The mentions but those of a one-word name used as a prize's, in the given order. */
  static List<Mention> without(AnnotatedArticle article, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!guessed(m) || !namesPrize(article, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether a mention is a guess from the name alone: the statistical model's, or a further
   * occurrence of a name found elsewhere ({@link RepeatedNames}).
   */
  private static boolean guessed(Mention m) {
    return m.key().isEmpty()
        && (m.finder().startsWith("model") || m.finder().equals(RepeatedNames.FINDER));
  }

  private static boolean namesPrize(AnnotatedArticle article, Mention m) {
    if (m.sentence() < 0 || m.sentence() >= article.sentences().size()) {
      return false;
    }
    Sentence s = article.sentences().get(m.sentence());
    int start = s.tokenAt(m.span().start());
    int end = s.tokenAt(m.span().end());
    if (end != start + 1) {
      return false;
    }
    List<Token> tokens = s.tokens();
    return end < tokens.size() && NOUNS.contains(tokens.get(end).text()) || won(tokens, start, end);
  }

  /**
   * Whether the name is the object of "won the" and no noun or adjective follows it ("won the Nobel
   * in", not "won the Aster primary").
   */
  private static boolean won(List<Token> tokens, int start, int end) {
    return start >= 2
        && tokens.get(start - 1).text().toLowerCase(Locale.ROOT).equals("the")
        && WIN.contains(tokens.get(start - 2).text().toLowerCase(Locale.ROOT))
        && (end == tokens.size() || !PHRASE_TAGS.contains(tokens.get(end).pos()));
  }
}
