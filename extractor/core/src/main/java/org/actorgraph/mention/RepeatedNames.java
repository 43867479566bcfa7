package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.lexicon.SpellingVariants;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds the other occurrences of names the finders found once: a name a context rule recognised
 * ("German carmaker Volkswagen", "Police arrested Maria Vandermolen") is written again without that
 * context ("Volkswagen said", "Vandermolen was released"), and the statistical finder often misses
 * it there. Every occurrence of a found name's exact words, of a found person's last name alone, of
 * a found person's family name written first ("Wang" of "Wang Yi"), and of a found person's full
 * name spelled another way ("Kassym-Jomart" for "Kassym-Zhomart"), that no mention covers becomes a
 * mention of the same type.
 *
 * <p>A first word is repeated only when it is a family name of a naming order that writes the
 * family name first ({@code surname_first.txt}: Chinese, Korean, Vietnamese, Khmer), for news then
 * writes it alone ("Chinese Foreign Minister Wang Yi ... Wang urged India"); the first word of
 * "John Smith" is a given name and is not. A given name that is no English one is repeated where
 * the article never writes the last word alone ({@link #givenNameAlone}: "Prabowo Subianto ...
 * Prabowo said"). A family name that is also an English given name ("Lee", "Kim") is not repeated
 * for a person whose last word the article writes alone ("Lee Anderson ... Anderson said"), whose
 * name is then in Western order. At the start of a sentence the family name must be followed by a
 * verb ("Wang said"), so that a common word opening a sentence is not taken for it. Two people of
 * one family name ("Li Qiang", "Li Hui") both give "Li"; which of them it names is left to the
 * resolver.
 *
 * <p>Design decision: gazetteer names are left out (the gazetteer finds every occurrence of its own
 * names), and so are one-word names the finders were unsure of (confidence under {@value
 * #MIN_SOURCE_CONFIDENCE}), since a single capitalised word is the likeliest to be a common word at
 * the start of a sentence. A gazetteer person still gives its family name written first, which the
 * gazetteer does not know alone.
 */
final class RepeatedNames {

  /** The finder name of a further occurrence. */
  static final String FINDER = "rule:repeat";

  static final double MIN_SOURCE_CONFIDENCE = 0.5;
  private static final double MAX_CONFIDENCE = 0.7;

  private static final Set<String> SURNAME_FIRST = Set.copyOf(WordList.read("surname_first.txt"));

  /** The most words of a full name whose first word is taken for a family name written first. */
  private static final int MAX_SURNAME_FIRST_WORDS = 4;

  /**
   * A name to look for; {@code surname} marks one word of a person's name written alone that is not
   * its last (a family name written first, or a given name the article uses alone).
   */
  private record Name(List<String> words, EntityType type, double confidence, boolean surname) {

    Name(List<String> words, EntityType type, double confidence) {
      this(words, type, confidence, false);
    }
  }

  private RepeatedNames() {}

  /** The further mentions of the names of {@code kept} in {@code article}. */
  static List<Mention> find(AnnotatedArticle article, List<Mention> kept) {
    Map<String, List<Name>> byFirstWord = new HashMap<>();
    Map<String, List<Name>> peopleByLastWord = new HashMap<>();
    List<List<String>> people = new ArrayList<>();
    for (Mention m : kept) {
      if (m.type() == EntityType.PERSON) {
        people.add(words(article, m));
      }
    }
    for (Mention m : kept) {
      if (m.type() == EntityType.PERSON) {
        List<String> personWords = words(article, m);
        surnameFirst(article, personWords, people)
            .or(() -> givenNameAlone(article, personWords, people))
            .ifPresent(
                w ->
                    add(
                        byFirstWord,
                        new Name(
                            List.of(w), m.type(), Math.min(m.confidence(), MAX_CONFIDENCE), true)));
      }
      if (m.finder().startsWith("gazetteer") || m.type() == EntityType.COUNTRY) {
        continue;
      }
      List<String> words = words(article, m);
      if (words.isEmpty() || words.size() == 1 && m.confidence() < MIN_SOURCE_CONFIDENCE) {
        continue;
      }
      double confidence = Math.min(m.confidence(), MAX_CONFIDENCE);
      add(byFirstWord, new Name(words, m.type(), confidence));
      if (m.type() == EntityType.PERSON && words.size() >= 2) {
        String last = words.get(words.size() - 1);
        if (Character.isUpperCase(last.charAt(0)) && last.length() > 2) {
          add(byFirstWord, new Name(List.of(last), m.type(), confidence));
          peopleByLastWord
              .computeIfAbsent(last, k -> new ArrayList<>())
              .add(new Name(words, m.type(), confidence));
        }
      }
    }
    if (byFirstWord.isEmpty()) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        List<Name> names = byFirstWord.get(tokens.get(i).text());
        if (names == null) {
          continue;
        }
        for (Name n : names) {
          if (matchesAt(tokens, i, n.words())
              && !joined(tokens, i, n.words().size())
              && !otherOwners(tokens, i, n.words())
              && (!n.surname() || i > 0 || nameAtStart(tokens))) {
            CharSpan span = s.charSpan(new TokenSpan(i, i + n.words().size()));
            if (kept.stream().noneMatch(m -> m.span().overlaps(span))) {
              found.add(mention(article, s, span, n));
              i += n.words().size() - 1;
              break;
            }
          }
        }
      }
      if (!peopleByLastWord.isEmpty()) {
        found.addAll(variants(article, s, peopleByLastWord, kept, found));
      }
    }
    return found;
  }

  /**
   * Determiners that make what follows their referent's own ("its embassy", "their foreign
   * ministry"; general English possessive determiners).
   */
  private static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("its", "their", "his", "her", "our", "my", "your");

  /**
   * Whether a lower-case name ({@code words} at {@code i}) is written after a possessive
   * determiner: "Germany reopened its embassy" after "Russia's embassy" names Germany's embassy,
   * not Russia's, and no name of its own.
   */
  private static boolean otherOwners(List<Token> tokens, int i, List<String> words) {
    return i > 0
        && Character.isLowerCase(words.get(0).codePointAt(0))
        && POSSESSIVE_DETERMINERS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * The full names in {@code s} that spell a found person's full name another way ("Kassym-Jomart
   * Tokayev" after "Kassym-Zhomart Tokayev"), which the statistical finder tends to miss as an
   * unfamiliar name and the surname alone cannot take (it is joined to the given name).
   */
  private static List<Mention> variants(
      AnnotatedArticle article,
      Sentence s,
      Map<String, List<Name>> peopleByLastWord,
      List<Mention> kept,
      List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      List<Name> names = peopleByLastWord.get(tokens.get(i).text());
      if (names == null) {
        continue;
      }
      for (Name n : names) {
        int start = i - n.words().size() + 1;
        if (start < 0) {
          continue;
        }
        List<String> written = new ArrayList<>(n.words().size());
        for (int k = start; k <= i; k++) {
          written.add(tokens.get(k).text());
        }
        if (!Character.isUpperCase(written.get(0).charAt(0))
            || !SpellingVariants.names(written, n.words())) {
          continue;
        }
        CharSpan span = s.charSpan(new TokenSpan(start, i + 1));
        if (kept.stream().noneMatch(m -> m.span().overlaps(span))
            && found.stream().noneMatch(m -> m.span().overlaps(span))) {
          out.add(mention(article, s, span, n));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The family name {@code words} (a person's full name) begins with, when its naming order writes
   * the family name first and nothing in the article shows a Western order: the full name has two
   * to {@value #MAX_SURNAME_FIRST_WORDS} words, and when the first word is also an English given
   * name, no person of the article is named by the full name's capitalised last word alone (the
   * lower-case end of a hyphenated given name, "myung" of "Jae-myung", shows no Western order).
   */
  private static Optional<String> surnameFirst(
      AnnotatedArticle article, List<String> words, List<List<String>> people) {
    if (words.size() < 2
        || words.size() > MAX_SURNAME_FIRST_WORDS
        || !SURNAME_FIRST.contains(words.get(0))) {
      return Optional.empty();
    }
    String last = words.get(words.size() - 1);
    if (GivenNames.all().contains(words.get(0))
        && Character.isUpperCase(last.charAt(0))
        && (people.contains(List.of(last)) || writtenAlone(article, last))) {
      return Optional.empty();
    }
    return Optional.of(words.get(0));
  }

  /**
   * The given name {@code words} (a person's full name) begins with, when the article refers to the
   * person by it: naming traditions without family names, or whose news uses the given name alone
   * (Javanese "Prabowo Subianto ... Prabowo said", Thai, Ethiopian "Abiy Ahmed ... Abiy said",
   * Icelandic). Only when the article never writes the full name's last word alone (which would
   * show a family name in use), the first word is a plain capitalised word, not half of a
   * hyphenated one, that is no English given name ("John Smith ... John" stays unread), and no
   * other person of the article has that first word.
   */
  private static Optional<String> givenNameAlone(
      AnnotatedArticle article, List<String> words, List<List<String>> people) {
    if (words.size() < 2 || words.size() > MAX_SURNAME_FIRST_WORDS) {
      return Optional.empty();
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    // "Kassym-Jomart Tokayev": half of a hyphenated given name is no name of its own
    boolean plain =
        first.length() > 2 && first.matches("\\p{Lu}\\p{Ll}+") && !words.get(1).equals("-");
    long sharing =
        people.stream().filter(p -> p.size() >= 2 && p.get(0).equals(first)).distinct().count();
    if (!plain
        || GivenNames.all().contains(first)
        || sharing != 1
        || people.contains(List.of(last))
        || writtenAlone(article, last)) {
      return Optional.empty();
    }
    return Optional.of(first);
  }

  /** Whether {@code word} stands in the article without a capitalised word on either side. */
  private static boolean writtenAlone(AnnotatedArticle article, String word) {
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).text().equals(word) && !joined(tokens, i, 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the first word of a sentence reads as a name rather than a common word opening it: a
   * verb follows it ("Wang said", not "Park rangers found"). The tagger's proper-noun tag tells
   * nothing here, since it gives it to most capitalised words opening a sentence.
   */
  private static boolean nameAtStart(List<Token> tokens) {
    return tokens.size() > 1
        && (tokens.get(1).pos().equals("VERB") || tokens.get(1).pos().equals("AUX"));
  }

  private static Mention mention(AnnotatedArticle article, Sentence s, CharSpan span, Name n) {
    return Mention.unkeyed(span, article.body(), n.type(), s.index(), FINDER, n.confidence());
  }

  private static void add(Map<String, List<Name>> byFirstWord, Name n) {
    List<Name> names = byFirstWord.computeIfAbsent(n.words().get(0), k -> new ArrayList<>());
    if (names.stream().noneMatch(o -> o.words().equals(n.words()))) {
      names.add(n);
      names.sort((a, b) -> b.words().size() - a.words().size());
    }
  }

  private static List<String> words(AnnotatedArticle article, Mention m) {
    Sentence s = article.sentences().get(m.sentence());
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.span().start() >= m.span().start() && t.span().end() <= m.span().end()) {
        out.add(t.text());
      }
    }
    return out;
  }

  private static boolean matchesAt(List<Token> tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(i + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words at {@code i} continue a longer capitalised name on either side. */
  private static boolean joined(List<Token> tokens, int i, int n) {
    boolean before =
        i > 0
            && capitalised(tokens.get(i - 1))
            && (i > 1 || tokens.get(i - 1).pos().equals("PROPN"));
    return before || i + n < tokens.size() && capitalised(tokens.get(i + n));
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }
}
