package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * The rivals a contest lists after its verb or noun, each with her party beside her: {@code
 * defeating Jane Doe of the Unity Party and John Roe of the ruling Aster party}, {@code beat
 * Democrat Jane Doe}, {@code lost to Unity party challenger Jane Doe}; with lower-case words before
 * a rival ({@code ahead of the left-wing Aster Front}) and shares after ({@code Roe on 26 percent
 * and Poe on 19 percent}); and those coordinated before a verb, with the words that describe them
 * ({@code Unity candidate Jane Doe and conservative John Roe are}). The party names a person's
 * side, not another rival: the person is the rival, and the list goes on after her party.
 */
final class RivalLists {

  /** The most words (roles, "party") between a party and the person it names ("party leader"). */
  private static final int ROLE_WORDS = 3;

  /** The most lower-case words before a party ("the ruling centre-left Unity Party"). */
  private static final int PARTY_MODIFIERS = 3;

  private RivalLists() {}

  /** The actors listed from token {@code j} ("A, B and C"), a person standing for her party. */
  static List<Located> after(TokenView v, int j) {
    List<Located> items = new ArrayList<>();
    int k = j;
    while (k < v.size()) {
      if (v.low[k].equals("the")) {
        k++;
      }
      k = modifiersEnd(v, k);
      Located m = k < v.size() ? v.startsAt[k] : null;
      if (m == null) {
        break;
      }
      m = memberAfter(v.sa, m);
      items.add(m);
      k = v.sa.lastToken(m) + 1;
      if (m.entity().type() == EntityType.PERSON) {
        k = affiliationEnd(v, k);
      }
      k = shareEnd(v, k);
      int sep = v.separator(k);
      if (sep == 0) {
        break;
      }
      k += sep;
    }
    return items;
  }

  /**
   * The token after the lower-case words before an actor ({@code the left-wing Aster Front}, {@code
   * the ruling Unity Party}), or {@code k} when no actor follows them.
   */
  private static int modifiersEnd(TokenView v, int k) {
    int j = k;
    int words = 0;
    while (j < v.size() && words < PARTY_MODIFIERS && v.startsAt[j] == null) {
      if (v.low[j].equals("-") && j > k && glued(v, j)) {
        j++; // "left - wing", as the tokenizer splits "left-wing"
        continue;
      }
      if (!describes(v, j) && !(j > k && v.low[j - 1].equals("-"))
          || !v.low[j].equals(v.tokens.get(j).text())) {
        break;
      }
      words++;
      j++;
    }
    return j < v.size() && v.startsAt[j] != null ? j : k;
  }

  /** Whether a hyphen token touches the words on both sides of it. */
  private static boolean glued(TokenView v, int j) {
    return j + 1 < v.size()
        && v.tokens.get(j - 1).span().end() == v.tokens.get(j).span().start()
        && v.tokens.get(j).span().end() == v.tokens.get(j + 1).span().start();
  }

  /**
   * The actors coordinated up to token {@code end} (exclusive), nearest first, each person with the
   * words that describe her before her name: {@code Unity candidate Jane Doe and conservative John
   * Roe are the leading candidates}.
   */
  static List<Located> before(TokenView v, int end) {
    List<Located> items = new ArrayList<>();
    int j = end - 1;
    while (j >= 0 && v.endsAt[j] != null) {
      Located m = v.endsAt[j];
      items.add(m);
      j = v.sa.firstToken(m) - 1;
      if (m.entity().type() == EntityType.PERSON) {
        for (int k = 0; k < ROLE_WORDS && j >= 0 && describes(v, j); k++) {
          j--;
        }
      }
      if (j >= 0 && v.low[j].equals("the")) {
        j--;
      }
      int k = j;
      while (k >= 0 && (v.low[k].equals(",") || v.low[k].equals("and"))) {
        k--;
      }
      if (k == j) {
        break;
      }
      j = k;
    }
    return items;
  }

  /** A word before a person's name that describes her: a noun or adjective, not an actor's. */
  private static boolean describes(TokenView v, int j) {
    return v.startsAt[j] == null
        && v.endsAt[j] == null
        && v.low[j].matches("\\p{L}+(-\\p{L}+)?")
        && isNominal(v.tokens.get(j));
  }

  /**
   * The token after a share of the vote that follows a rival ({@code on 26 percent}, {@code with
   * 41%}, {@code (12 seats)}), or {@code k} when none does.
   */
  static int shareEnd(TokenView v, int k) {
    int j = k;
    boolean paren = j < v.size() && v.low[j].equals("(");
    if (!paren && !(j < v.size() && (v.low[j].equals("on") || v.low[j].equals("with")))) {
      return k;
    }
    j++;
    if (j >= v.size() || !v.tokens.get(j).pos().equals("NUM")) {
      return k;
    }
    j++;
    while (j < v.size() && j - k <= 4 && v.low[j].matches("percent|per|cent|%|votes|seats")) {
      j++;
    }
    if (paren) {
      return j < v.size() && v.low[j].equals(")") ? j + 1 : k;
    }
    return j;
  }

  /**
   * {@code Democrat Jane Doe}, {@code Unity party challenger Jane Doe}: the person a party names
   * before her (up to {@value #ROLE_WORDS} nouns or adjectives between), else {@code l} itself.
   */
  static Located memberAfter(SentenceActors sa, Located l) {
    if (!PartyMembers.isParty(sa, l)) {
      return l;
    }
    List<Token> tokens = sa.tokens();
    for (Located m : sa.mentions()) {
      int first = sa.firstToken(m);
      if (first <= sa.lastToken(l) || first - sa.lastToken(l) - 1 > ROLE_WORDS) {
        continue;
      }
      boolean roles =
          tokens.subList(sa.lastToken(l) + 1, first).stream()
              .allMatch(t -> t.text().matches("\\p{L}+(-\\p{L}+)?") && isNominal(t));
      return roles && m.entity().type() == EntityType.PERSON ? m : l;
    }
    return l;
  }

  /**
   * The token after a person's party that follows her name ({@code of the ruling Unity Party},
   * {@code from the Aster party}, {@code (Unity)}), or {@code k} when none does.
   */
  static int affiliationEnd(TokenView v, int k) {
    int j = k;
    boolean paren = j < v.size() && v.low[j].equals("(");
    if (paren) {
      j++;
    } else if (j < v.size() && (v.low[j].equals("of") || v.low[j].equals("from"))) {
      j++;
      if (j < v.size() && v.low[j].equals("the")) {
        j++;
      }
      int start = j;
      while (j < v.size()
          && j - start < PARTY_MODIFIERS
          && v.startsAt[j] == null
          && v.low[j].matches("\\p{Ll}+(-\\p{Ll}+)*")) {
        j++;
      }
    } else {
      return k;
    }
    Located party = j < v.size() ? v.startsAt[j] : null;
    if (party == null
        || party.entity().type() != EntityType.ORGANISATION
        || !paren && !PartyMembers.isParty(v.sa, party)) {
      return k;
    }
    int end = v.sa.lastToken(party) + 1;
    if (end < v.size() && v.low[end].equals("party")) {
      end++;
    }
    if (paren) {
      return end < v.size() && v.low[end].equals(")") ? end + 1 : k;
    }
    return end;
  }

  /** A noun or adjective: "party", "leader", "Senator", "presidential"; not "of" or a verb. */
  private static boolean isNominal(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ");
  }
}
