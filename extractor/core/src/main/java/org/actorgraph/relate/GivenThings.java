package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * What a transfer of aid gives, read off a parse ({@link Transfers} reads who gives it to whom): a
 * noun of aid ({@code aid}, {@code a loan}, {@code food}, {@code weapons}, {@code asylum}), a
 * qualified noun with its qualifier ({@code military equipment}, {@code an aid package}, {@code a
 * $2 billion credit line}, {@code a $1 billion loan facility}), a sum of money ({@code $5 million},
 * {@code 20 million euros}), a measure of any of those ({@code 500 tonnes of food}), and nouns
 * coordinated with one; not what is denied ({@code no aid}). The word classes, verbs of giving
 * included, are data ({@code transfer-words.tsv}: PETRARCH2's verb blocks and synonym sets, the
 * CAMEO codebook's 07x names, general English).
 */
final class GivenThings {

  private static final Map<String, Set<String>> CLASSES = WordLists.classes("transfer-words.tsv");

  /** The verb classes of {@code transfer-words.tsv}, in the order they are tried. */
  private static final List<String> VERB_CLASSES =
      List.of("give", "intent", "receive", "equip", "arrive");

  /** Currency signs, which the parser tags {@code $}: "$5 million", "€20 million". */
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "us$", "€", "£", "¥");

  /** Prepositions before what a measure or a sum consists of: "tonnes of food", "$5m in aid". */
  private static final Set<String> CONTENT = Set.of("of", "in");

  /** How many coordinated nouns are read with the first ("food, medicines and tents"). */
  private static final int MAX_COORDINATED = 4;

  private final List<Token> tokens;
  private final DependencyTree tree;

  GivenThings(List<Token> tokens, DependencyTree tree) {
    this.tokens = tokens;
    this.tree = tree;
  }

  /**
   * Whether a sentence may state a transfer, for choosing the sentences worth parsing: it has a
   * verb of giving, offering, receiving, equipping or arriving (also a regular past tense the
   * lemmatiser left as written: "disbursed") and a word for what may be given (a noun of aid, a
   * qualified noun, a measure, a currency or a currency sign).
   */
  static boolean mayState(List<Token> tokens) {
    boolean verb = false;
    boolean thing = false;
    for (Token t : tokens) {
      String w = t.text().toLowerCase(Locale.ROOT);
      verb |=
          t.pos().equals("VERB")
              && (verb(t.lemma()) || Inflections.bases(t.lemma()).stream().anyMatch(b -> verb(b)));
      thing |=
          in("given", w)
              || in("qualified", w)
              || in("measure", w)
              || in("currency", w)
              || CURRENCY_SIGNS.contains(w);
      if (verb && thing) {
        return true;
      }
    }
    return false;
  }

  private static boolean verb(String lemma) {
    return kind(List.of(lemma)).isPresent();
  }

  /**
   * CAMEO 07 for a noun that names the act of giving aid ({@code A's assistance to B}), whatever
   * root the noun lexicon gives it (WordNet puts "assistance" under "assist", 06); empty for other
   * words.
   */
  static Optional<String> act(String word) {
    return in("act", word) ? Optional.of(Transfers.AID) : Optional.empty();
  }

  /** Whether a noun names a thing given ("supplies", "shipment"), with or without a qualifier. */
  static boolean thing(String word) {
    return in("given", word) || in("qualified", word);
  }

  /** The class of a verb with one of these lemmas: give, intent, receive, equip or arrive. */
  static Optional<String> kind(List<String> lemmas) {
    for (String lemma : lemmas) {
      for (String kind : VERB_CLASSES) {
        if (in(kind, lemma)) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the noun at {@code n} names aid: a noun of aid, a qualified noun with its qualifier, a
   * sum of money, or a measure of any of those; not when it is denied ({@code no aid}).
   */
  boolean aid(int n) {
    if (denied(n)) {
      return false;
    }
    for (int c : content(n)) {
      if (aidNoun(c) || money(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code sent no aid}, {@code gave not a cent}: what is given is denied. */
  private boolean denied(int n) {
    for (int c : tree.children(n)) {
      String l = tree.label(c);
      if (l.equals("neg") || l.equals("det") && word(c).equals("no")) {
        return true;
      }
    }
    return false;
  }

  private boolean aidNoun(int n) {
    String w = word(n);
    String l = tree.lemma(n);
    if (in("given", w) || in("given", l)) {
      return true;
    }
    if (!qualified(w) && !qualified(l)) {
      return false;
    }
    for (int c : tree.children(n)) {
      if (ParsedWords.NOUN_MODIFIERS.contains(tree.label(c))
          && (in("qualifier", word(c)) || in("given", word(c)) || money(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A noun that names aid with a qualifier or a sum: a qualified noun ("equipment") or one of
   * lending ("facility", "tranche"), which {@link #thing} leaves out as it names a site as well.
   */
  private static boolean qualified(String word) {
    return in("qualified", word) || in("lending", word);
  }

  /** "$5 million", "5 million euros", "cash": a sum of money. */
  private boolean money(int n) {
    if (tree.tag(n).equals("$") || in("currency", word(n))) {
      return true;
    }
    for (int c : tree.children(n)) {
      if (tree.tag(c).equals("$")
          || ParsedWords.NOUN_MODIFIERS.contains(tree.label(c)) && in("currency", word(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the verb at {@code v} gives when its object is {@code n}: {@link #content(int)}, and, when
   * {@code n} is a sum or a measure, the aid named after "in" or "of" that the parser hung on the
   * verb instead ({@code pledged 500 million euros in military aid to B}: the sum is the aid
   * itself, and the aid's "to B" names the recipient).
   */
  List<Integer> content(int n, int v) {
    List<Integer> out = new ArrayList<>(content(n));
    if (!in("measure", word(n)) && !money(n)) {
      return out;
    }
    for (int c : tree.children(v)) {
      if (c > n && tree.label(c).equals("prep") && CONTENT.contains(word(c))) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj") && aidNoun(o)) {
            out.add(o);
          }
        }
      }
    }
    return out;
  }

  /**
   * The noun at {@code n} with the nouns coordinated with it ("air defence systems and ammunition")
   * and what each consists of, when it is a measure or a sum: "500 tonnes of food" (tonnes, food),
   * "$5 million in aid" (million, aid), "a loan of $1 billion"; and what each carries ({@link
   * #carried}).
   */
  List<Integer> content(int n) {
    List<Integer> heads = new ArrayList<>(List.of(n));
    for (int k = 0; k < heads.size() && heads.size() < MAX_COORDINATED; k++) {
      for (int c : tree.children(heads.get(k))) {
        if (tree.label(c).equals("conj") && !tree.tag(c).startsWith("VB")) {
          heads.add(c);
        }
      }
    }
    for (int h : List.copyOf(heads)) {
      heads.addAll(carried(h));
    }
    List<Integer> out = new ArrayList<>(heads);
    for (int h : heads) {
      if (in("measure", word(h)) || in("given", word(h)) || money(h)) {
        for (int c : tree.children(h)) {
          if (tree.label(c).equals("prep") && CONTENT.contains(word(c))) {
            for (int o : tree.children(c)) {
              if (tree.label(o).equals("pobj")) {
                out.add(o);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * What the noun at {@code n} carries, with the participle that says so, when one follows it:
   * "planes carrying aid" (carrying, aid), "a ship loaded with food" (loaded, food), "trucks laden
   * with medicine", "planes carrying 35 tonnes of aid" (then read as a measure). A vehicle sent
   * with aid gives that aid; the participle is kept because the parser may hang the recipient on it
   * ("planes carrying aid to B").
   */
  private List<Integer> carried(int n) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (c > n && in("carrying", word(c))) {
        out.add(c);
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("dobj")) {
            out.add(o);
          } else if (tree.label(o).equals("prep") && word(o).equals("with")) {
            out.addAll(
                tree.children(o).stream().filter(x -> tree.label(x).equals("pobj")).toList());
          }
        }
      }
    }
    return out;
  }

  private static boolean in(String kind, String word) {
    return CLASSES.getOrDefault(kind, Set.of()).contains(word);
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
