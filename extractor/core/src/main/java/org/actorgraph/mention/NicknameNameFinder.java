package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;

/**
 * Finds people named with a nickname in quotation marks between given name and surname: {@code
 * Joaquin "El Fantasma" Ortega}, {@code Peter "Pete" Dorwin}. The name finder stops at the quote
 * ("Peter") or misses the name; the whole span, found here, wins the merge, so that the surname
 * alone later in the text joins the same person.
 *
 * <p>Design decision: one or two given-name-shaped words before the quote, one to three capitalised
 * words inside it, one or two after, none of them a name the gazetteer knows for anything but a
 * person, a title, or a word that heads organisation or place names ("the Aster "Freedom" Party" is
 * no person). Quotation marks between capitalised words are otherwise rare in news, where titles of
 * works are quoted after a lower-case word ("the song "Rain"").
 */
public final class NicknameNameFinder implements MentionFinder {

  private static final Set<String> OPEN = Set.of("\"", "“", "``", "'", "‘");
  private static final Set<String> CLOSE = Set.of("\"", "”", "''", "'", "’");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");
  private static final Set<String> PLACE_HEADS = PatternMentionFinder.headWords();
  private static final int MAX_OUTSIDE = 2;
  private static final int MAX_INSIDE = 3;
  private static final double CONFIDENCE = 0.7;

  private final Gazetteer gazetteer;

  public NicknameNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k + 2 < tokens.size(); k++) {
        if (!OPEN.contains(tokens.get(k).text())) {
          continue;
        }
        int first = run(tokens, k - 1, -1);
        int close = k + 1;
        while (close < tokens.size() && close - k - 1 < MAX_INSIDE && word(tokens.get(close))) {
          close++;
        }
        if (first < 0
            || close == k + 1
            || close >= tokens.size()
            || !CLOSE.contains(tokens.get(close).text())) {
          continue;
        }
        int last = run(tokens, close + 1, 1);
        if (last < 0) {
          continue;
        }
        found.add(person(article, s, first, last));
        k = last;
      }
    }
    return found;
  }

  /**
   * The far end of a run of one or two name words from {@code from} in direction {@code step}, or
   * -1 when there is none; the run must not go on into a third capitalised word.
   */
  private int run(List<Token> tokens, int from, int step) {
    int end = -1;
    for (int i = from; i >= 0 && i < tokens.size() && Math.abs(i - from) < MAX_OUTSIDE; i += step) {
      if (!name(tokens.get(i).text())) {
        break;
      }
      end = i;
    }
    int beyond = end + step;
    if (end >= 0 && beyond >= 0 && beyond < tokens.size() && tokens.get(beyond).isCapitalised()) {
      return -1;
    }
    return end;
  }

  private static boolean word(Token t) {
    return WORD.matcher(t.text()).matches();
  }

  private boolean name(String w) {
    return WORD.matcher(w).matches()
        && gazetteer.candidates(w).stream().allMatch(c -> c.entry().type() == EntityType.PERSON)
        && gazetteer.demonymCandidates(w).isEmpty()
        && gazetteer.title(w).isEmpty()
        && !gazetteer.isStopName(w)
        && !RuleMentionFinder.isOrganisationHead(w)
        && !PLACE_HEADS.contains(w);
  }

  private static Mention person(AnnotatedArticle article, Sentence s, int first, int last) {
    CharSpan span =
        new CharSpan(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    return Mention.unkeyed(
        span, article.body(), EntityType.PERSON, s.index(), "rule:nickname", CONFIDENCE);
  }
}
