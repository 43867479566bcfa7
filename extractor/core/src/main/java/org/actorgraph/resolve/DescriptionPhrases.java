package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;

/**
 * Reads definite descriptions of a country in a sentence: {@code the}, modifiers and a head noun
 * that {@link CountryProfiles} knows ("the country", "the oil-rich Gulf kingdom", "the People's
 * Republic"), with what the modifiers require of the country (a region, a demonym's country, the
 * words of a formal name). See {@link CountryDescriptions} for the rules.
 */
final class DescriptionPhrases {

  /** How many tokens may stand between "the" and the head ("the oil - rich Gulf": 4). */
  private static final int MAX_MODIFIERS = 6;

  /** Verbs whose object has an "of" phrase of the verb's after it ("accused X of Y"). */
  private static final Set<String> OF_VERBS =
      Set.copyOf(WordFiles.read("/org/actorgraph/resolve/of_object_verbs.txt"));

  private final CountryProfiles profiles;
  private final Gazetteer gazetteer;

  DescriptionPhrases(CountryProfiles profiles, Gazetteer gazetteer) {
    this.profiles = profiles;
    this.gazetteer = gazetteer;
  }

  /**
   * A description whose head is token {@code head} of {@code s}.
   *
   * @param head the head noun's token index
   * @param named the sentence's mentions, so that a phrase a finder already named is left alone
   */
  Optional<Description> at(Sentence s, int head, List<ResolvedArticle.Located> named) {
    List<Token> tokens = s.tokens();
    Token h = tokens.get(head);
    String noun = h.text().toLowerCase(Locale.ROOT);
    if (!profiles.isHead(noun) || !endsPhrase(tokens, head)) {
      return Optional.empty();
    }
    int the = head - 1;
    while (the >= 0 && head - the <= MAX_MODIFIERS && !isThe(tokens.get(the))) {
      the--;
    }
    if (the < 0 || !isThe(tokens.get(the))) {
      return Optional.empty();
    }
    CharSpan span = new CharSpan(tokens.get(the).span().start(), h.span().end());
    for (ResolvedArticle.Located l : named) {
      if (l.mention().span().overlaps(span) && !regionRead(l, h)) {
        return Optional.empty();
      }
    }
    Description d = new Description(span, s.index(), noun);
    if (!modifiers(tokens, the + 1, head, d)) {
      return Optional.empty();
    }
    if (!d.forms.isEmpty() && profiles.isGenericNoun(noun)) {
      return Optional.empty(); // "the Islamic State": a name, not a description
    }
    if (!d.restricted() && d.forms.isEmpty() && !profiles.standsAlone(noun)) {
      return Optional.empty(); // "the state" alone is a US state or the state apparatus
    }
    if (h.isCapitalised() && profiles.isGenericNoun(noun)) {
      return Optional.empty(); // "the Nation", "the State": a name (a newspaper, a body)
    }
    return Optional.of(d);
  }

  /**
   * Whether a mention inside the phrase is a region word that a finder took for a place before the
   * head ("the Baltic state", "the Pacific nation": the Baltic Sea, the Pacific Ocean): the word
   * modifies the head and describes the country, so the mention does not make the phrase a name.
   */
  private boolean regionRead(ResolvedArticle.Located l, Token head) {
    return l.entity().type() == EntityType.PLACE
        && l.mention().span().end() <= head.span().start()
        && profiles.region(l.mention().text().toLowerCase(Locale.ROOT)).isPresent();
  }

  /** Reads the modifiers {@code tokens[from, to)} into {@code d}; false when one rules it out. */
  private boolean modifiers(List<Token> tokens, int from, int to, Description d) {
    int i = from;
    while (i < to) {
      int region = regionAt(tokens, i, to, d);
      if (region > 0) {
        i += region;
        continue;
      }
      if (i + 2 < to && tokens.get(i + 1).text().equals("-")) {
        if (!plainCompound(tokens.get(i), tokens.get(i + 2))) {
          return false;
        }
        i += 3; // "oil-rich", "war-torn"
        continue;
      }
      int demonym = demonymAt(tokens, i, to, d);
      if (demonym > 0) {
        i += demonym;
        continue;
      }
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (i + 1 < to && isPossessive(tokens.get(i + 1).text())) {
        w = w + "'s"; // "People's"
        i++;
      }
      if (t.isCapitalised() && profiles.isFormWord(w)) {
        d.forms.add(w);
      } else if (t.isCapitalised()
          || profiles.blocks(w)
          || !(t.pos().equals("ADJ") || t.pos().equals("ADV") || t.pos().equals("VERB"))) {
        return false;
      }
      i++;
    }
    return true;
  }

  /**
   * Whether a hyphenated modifier is an ordinary adjective ("oil-rich"): lower case, and neither
   * part a blocker ("self-proclaimed"). A capitalised part ("Moscow-backed") names another actor.
   */
  private boolean plainCompound(Token first, Token second) {
    String a = first.text().toLowerCase(Locale.ROOT);
    String b = second.text().toLowerCase(Locale.ROOT);
    return !first.isCapitalised()
        && !second.isCapitalised()
        && !profiles.blocks(a)
        && !profiles.blocks(b)
        && !profiles.blocks(a + "-" + b);
  }

  /**
   * How many tokens from {@code at} (two or one) are a country's demonym, recorded in {@code d}.
   */
  private int demonymAt(List<Token> tokens, int at, int to, Description d) {
    for (int n = Math.min(2, to - at); n >= 1; n--) {
      if (!tokens.get(at).isCapitalised() || !tokens.get(at + n - 1).isCapitalised()) {
        continue;
      }
      String words =
          n == 2 ? tokens.get(at).text() + " " + tokens.get(at + 1).text() : tokens.get(at).text();
      Optional<GazetteerEntry> c = gazetteer.byDemonym(words);
      if (c.isPresent()) {
        d.country = Optional.of(c.get().key());
        return n;
      }
    }
    return 0;
  }

  /** How many tokens from {@code at} name a region (longest first), recorded in {@code d}. */
  private int regionAt(List<Token> tokens, int at, int to, Description d) {
    for (int n = Math.min(profiles.longestRegionWords(), to - at); n >= 1; n--) {
      StringBuilder words = new StringBuilder();
      for (int k = at; k < at + n; k++) {
        words.append(k > at ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
      }
      Optional<Set<String>> groups = profiles.region(words.toString());
      if (groups.isPresent()) {
        d.regions.add(groups.get());
        return n;
      }
    }
    return 0;
  }

  /**
   * Whether the head ends its noun phrase: no noun, hyphen or "of" after it, save an "of" that the
   * verb before the phrase takes ("accused the group of sheltering militants", "warned the country
   * of consequences", {@code of_object_verbs.txt}), while "the group of protesters" goes on.
   */
  static boolean endsPhrase(List<Token> tokens, int head) {
    if (head + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(head + 1);
    return !next.pos().equals("NOUN")
        && !next.pos().equals("PROPN")
        && !next.text().startsWith("-")
        && (!next.text().equalsIgnoreCase("of") || ofVerbBefore(tokens, head));
  }

  /**
   * Whether the determiner of the phrase headed at {@code head} follows a verb that takes an "of"
   * phrase after its object.
   */
  private static boolean ofVerbBefore(List<Token> tokens, int head) {
    for (int k = head - 1; k >= 1 && head - k <= MAX_MODIFIERS + 1; k--) {
      if (tokens.get(k).pos().equals("DET")) {
        Token verb = tokens.get(k - 1);
        return verb.pos().equals("VERB")
            && OF_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s");
  }

  private static boolean isThe(Token t) {
    return t.text().equalsIgnoreCase("the");
  }

  /** A description being read: where it is, its head, and what its modifiers require. */
  static final class Description {
    final CharSpan span;
    final int sentence;
    final String head;
    final List<Set<String>> regions = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    Optional<String> country = Optional.empty();

    Description(CharSpan span, int sentence, String head) {
      this.span = span;
      this.sentence = sentence;
      this.head = head;
    }

    boolean restricted() {
      return !regions.isEmpty() || country.isPresent();
    }

    /** Whether it says no more than that the thing is a state ("the country"). */
    boolean bare(CountryProfiles profiles) {
      return !restricted() && forms.isEmpty() && profiles.isGenericNoun(head);
    }
  }
}
