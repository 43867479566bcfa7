package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * A sentence's lower-case tokens with the mention that starts or ends at each, for rules that read
 * coordinated lists of actors ("A, B and the C") and fixed phrases around them.
 */
final class TokenView {

  /** The longest apposition {@link #appositionBefore} reads past. */
  private static final int APPOSITION_TOKENS = 12;

  /** Words that open an apposition or a relative clause describing the actor before it. */
  private static final Set<String> OPENERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "which", "who", "whose", "whom");

  final SentenceActors sa;
  final List<Token> tokens;
  final String[] low;
  final Located[] startsAt;
  final Located[] endsAt;

  TokenView(SentenceActors sa) {
    this.sa = sa;
    this.tokens = sa.tokens();
    int n = tokens.size();
    low = new String[n];
    for (int i = 0; i < n; i++) {
      low[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
    startsAt = new Located[n];
    endsAt = new Located[n];
    for (Located l : sa.mentions()) {
      int f = sa.firstToken(l);
      int e = sa.lastToken(l);
      if (f >= 0 && f < n && startsAt[f] == null) {
        startsAt[f] = l;
      }
      if (e >= 0 && e < n) {
        endsAt[e] = l;
      }
    }
  }

  int size() {
    return low.length;
  }

  /** The actors coordinated from token {@code i} on: "A, B, and the C". */
  List<Located> listAfter(int i) {
    List<Located> items = new ArrayList<>();
    int j = i;
    while (j < size()) {
      if (low[j].equals("the")) {
        j++;
      }
      Located m = j < size() ? startsAt[j] : null;
      if (m == null) {
        break;
      }
      items.add(m);
      j = sa.lastToken(m) + 1;
      int sep = separator(j);
      if (sep == 0) {
        break;
      }
      j += sep;
    }
    return items;
  }

  /** The actors coordinated up to token {@code end} (exclusive), nearest first. */
  List<Located> listBefore(int end) {
    List<Located> items = new ArrayList<>();
    int j = end - 1;
    while (j >= 0) {
      Located m = endsAt[j];
      if (m == null) {
        break;
      }
      items.add(m);
      j = sa.firstToken(m) - 1;
      if (j >= 0 && low[j].equals("the")) {
        j--;
      }
      int k = j;
      while (k >= 0 && (low[k].equals(",") || low[k].equals("and") || low[k].equals("&"))) {
        k--;
      }
      if (k == j) {
        break;
      }
      j = k;
    }
    return items;
  }

  /**
   * Where the apposition or relative clause that the comma at {@code comma} closes opens: the comma
   * before it, in {@code Freedonia, the largest economy in the region, joined the Union} and {@code
   * Freedonia, whose army fought Sylvania, joined the Union}; -1 when none does. It opens with an
   * article, a possessive or a relative pronoun and is at most {@value #APPOSITION_TOKENS} tokens
   * long; an actor it names is not the one it describes.
   */
  int appositionBefore(int comma) {
    if (comma < 3 || !low[comma].equals(",")) {
      return -1;
    }
    for (int k = comma - 1; k > 0 && comma - k <= APPOSITION_TOKENS; k--) {
      if (low[k].equals(",")) {
        return k + 1 < comma - 1 && OPENERS.contains(low[k + 1]) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The token after the last actor of {@code items}, a list that {@link #listAfter} read (not
   * empty): where the words after the list begin.
   */
  int end(List<Located> items) {
    return sa.lastToken(items.get(items.size() - 1)) + 1;
  }

  /** How many tokens at {@code j} separate two items of a list ("," "and" ", and"), or 0. */
  int separator(int j) {
    if (j >= size()) {
      return 0;
    }
    if (low[j].equals(",")) {
      return j + 1 < size() && low[j + 1].equals("and") ? 2 : 1;
    }
    if (low[j].equals("and") || low[j].equals("&")) {
      return 1;
    }
    if (j + 2 < size() && low[j].equals("as") && low[j + 1].equals("well")) {
      return 3;
    }
    return 0;
  }

  /** The length of the first of {@code phrases} that stands at token {@code at}, or 0. */
  int match(int at, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (matches(at, p)) {
        return p.size();
      }
    }
    return 0;
  }

  /** Whether the lower-case {@code words} stand at token {@code at}. */
  boolean matches(int at, List<String> words) {
    if (at < 0 || at + words.size() > size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!low[at + i].equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
