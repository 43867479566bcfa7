package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;

/**
 * Retypes as places the names that a noun for a kind of place describes ({@code
 * place_apposition_nouns.txt}, and the facility nouns of {@code place_nouns.txt}): a name set off
 * by commas after a noun phrase headed by such a noun ("the border crossing, Aster Gate, was
 * closed", "near the port city, Marea,") and the names listed after its plural and "including" or
 * "such as" ("key towns including Marea and Velmora"). The statistical finder and the given-name
 * finder take such unknown names for people ("Aster" is a given name) or organisations.
 *
 * <p>Design decision: only a person, or an organisation that only the statistical model proposed,
 * is retyped; a name the gazetteer knows keeps its type. The noun phrase must open with a
 * determiner or a possessive ("the", "its", "Yemen's") and hold only lower-case words, and the name
 * must be closed by a comma or the sentence's end, as an apposition is: in "In the city, Jane Roe
 * said" the name is the subject of the clause. A noun phrase after "of" or "for" is left alone,
 * since the apposition may describe the head before it ("a spokesman for the city, Jane Roe,").
 */
final class PlaceAppositions {

  /** The finder name of a retyped mention: a rule, so a later vote does not undo it. */
  static final String FINDER = "rule:place-apposition";

  private static final String NOUNS = "place_apposition_nouns.txt";
  private static final Set<String> SINGULAR = new HashSet<>();
  private static final Set<String> PLURAL = new HashSet<>();
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s");
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "—", "–");
  private static final Set<String> HEAD_OWNERS = Set.of("of", "for");
  private static final int MAX_MODIFIERS = 3;
  private static final int MAX_LIST = 12;

  static {
    for (String line : WordList.read(NOUNS)) {
      String[] w = line.strip().split("\\s+");
      int half = w.length / 2;
      SINGULAR.add(String.join(" ", List.of(w).subList(0, half)));
      PLURAL.add(String.join(" ", List.of(w).subList(half, w.length)));
    }
    for (String line : WordList.read("place_nouns.txt")) {
      if (line.startsWith("after:")) {
        SINGULAR.add(line.substring("after:".length()).strip());
      } else if (line.startsWith("list:")) {
        PLURAL.add(line.substring("list:".length()).strip());
      }
    }
  }

  private PlaceAppositions() {}

  /** The mentions, with those that a place noun describes retyped as places, in the given order. */
  static List<Mention> retype(AnnotatedArticle article, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(retypable(m) && describedAsPlace(article, m) ? asPlace(m) : m);
    }
    return out;
  }

  private static boolean retypable(Mention m) {
    return m.key().isEmpty()
        && (m.type() == EntityType.PERSON
            || m.type() == EntityType.ORGANISATION && m.finder().equals("model"));
  }

  private static boolean describedAsPlace(AnnotatedArticle article, Mention m) {
    if (m.sentence() < 0 || m.sentence() >= article.sentences().size()) {
      return false;
    }
    Sentence s = article.sentences().get(m.sentence());
    int start = s.tokenAt(m.span().start());
    int end = s.tokenAt(m.span().end());
    if (start <= 0 || start >= end) {
      return false;
    }
    List<String> words = Token.texts(s.tokens());
    return inApposition(words, start, end) || listedAfterPlural(words, start);
  }

  /**
   * Whether the name from {@code start} to {@code end} is set off by commas after a noun phrase
   * headed by a place noun: determiner, lower-case words, the noun, a comma, the name, a closer.
   */
  static boolean inApposition(List<String> words, int start, int end) {
    if (start < 3 || !words.get(start - 1).equals(",")) {
      return false;
    }
    if (end < words.size() && !CLOSERS.contains(words.get(end))) {
      return false;
    }
    return headedByPlaceNoun(words, start - 2, w -> false);
  }

  /**
   * Whether the name at {@code start} follows a noun phrase headed by a place noun with no comma
   * between them, as a close apposition: "Hungary's capital Budapest", "the port city Marea". The
   * name is the place the noun names, so a capital there is the city, not its country; a demonym
   * may stand among the modifiers ("the Georgian capital Tbilisi"). (A person is not retyped this
   * way: in "at the stadium Jane Roe scored" the noun phrase and the name are two.)
   */
  static boolean afterPlaceNoun(List<String> words, int start, Predicate<String> demonym) {
    return start >= 2 && headedByPlaceNoun(words, start - 1, demonym);
  }

  /**
   * Whether the words ending at {@code head} are a noun phrase headed by a place noun: a determiner
   * or a possessive, at most {@value #MAX_MODIFIERS} lower-case words or demonyms, the noun.
   */
  private static boolean headedByPlaceNoun(
      List<String> words, int head, Predicate<String> demonym) {
    if (!endsWithNoun(SINGULAR, words, head)) {
      return false;
    }
    for (int i = head; i >= 0 && i >= head - MAX_MODIFIERS - 1; i--) {
      String w = lower(words.get(i));
      if (DETERMINERS.contains(w)) {
        return i == 0 || opensNounPhrase(words, i);
      }
      if (!isLower(words.get(i)) && !(i < head && demonym.test(words.get(i)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the determiner at {@code i} opens a noun phrase that an apposition may describe: not
   * one after "of" or "for", and not one in a phrase that opens the sentence ("In the village, Jane
   * Roe, 45, said": the name is the clause's subject).
   */
  private static boolean opensNounPhrase(List<String> words, int i) {
    String before = lower(words.get(i - 1));
    return !HEAD_OWNERS.contains(before) && !(i == 1 && !TypeCues.isPossessive(words.get(i)));
  }

  /**
   * Whether the name at {@code start} is one of a list that follows a plural place noun and
   * "including" or "such as": "towns including Marea, Velmora and Korvo".
   */
  static boolean listedAfterPlural(List<String> words, int start) {
    for (int i = start - 1; i >= 1 && i >= start - MAX_LIST; i--) {
      String w = lower(words.get(i));
      if (w.equals("including")) {
        return endsWithNoun(PLURAL, words, i - 1);
      }
      if (w.equals("as") && lower(words.get(i - 1)).equals("such")) {
        return i >= 2 && endsWithNoun(PLURAL, words, i - 2);
      }
      if (!(w.equals(",") || w.equals("and") || !isLower(words.get(i)))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the words ending at {@code last} end with one of {@code nouns} (one or two words). */
  private static boolean endsWithNoun(Set<String> nouns, List<String> words, int last) {
    if (last < 0 || last > 0 && !isLower(words.get(last))) { // "Cities such as": the first word
      return false;
    }
    String one = lower(words.get(last));
    return nouns.contains(one)
        || last > 0 && nouns.contains(lower(words.get(last - 1)) + " " + one);
  }

  private static Mention asPlace(Mention m) {
    return new Mention(
        m.span(), m.text(), EntityType.PLACE, m.sentence(), FINDER, m.confidence(), m.key());
  }

  private static boolean isLower(String w) {
    return !w.isEmpty() && w.equals(lower(w)) && Character.isLetter(w.codePointAt(0))
        || TypeCues.isPossessive(w);
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
