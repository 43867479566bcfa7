package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * A sentence's lower-case tokens with the mention that starts or ends at each, for rules that read
 * coordinated lists of actors ("A, B and the C") and fixed phrases around them.
 */
final class TokenView {

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
