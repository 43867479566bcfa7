package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.lexicon.NameCandidate;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds people whose surname is a country or place name, which the gazetteer would otherwise read
 * as the country: a known given name followed by the one-word name of a country or place ({@code
 * Luis Oman}, {@code Jane Lima}, {@code Ana Paris}).
 *
 * <p>Given names are those of {@link GivenNames} (the Moby lists, names of both sexes included) and
 * those {@link GivenNameFinder} takes from the gazetteer's people, but no month ("June Paris
 * talks") and no compass word ("North Africa"). The name must stand alone: no capitalised word
 * before it other than a title, none after it, and no gazetteer name starting at the given name
 * ({@code San Marino}, {@code Marshall Islands}). The converse, a country that is also a given name
 * before a surname ({@code Jordan Bardella}), is the statistical model's person, which {@link
 * MentionMerger} keeps.
 *
 * <p>Design decision: the mentions come from a rule ({@code rule:namesake}), so in {@link
 * MentionMerger} they beat the shorter country inside them, which a model person does not.
 */
public final class NamesakeFinder implements MentionFinder {

  private static final double CONFIDENCE = 0.7;
  private static final Set<EntityType> LOCATED = Set.of(EntityType.COUNTRY, EntityType.PLACE);

  private final Gazetteer gazetteer;
  private final Set<String> given;

  public NamesakeFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.given = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      for (int i = 0; i + 1 < words.size(); i++) {
        if (isName(tokens, words, i)) {
          CharSpan span = s.charSpan(new TokenSpan(i, i + 2));
          found.add(
              Mention.unkeyed(
                  span, article.body(), EntityType.PERSON, s.index(), "rule:namesake", CONFIDENCE));
          i++;
        }
      }
    }
    return found;
  }

  /** Whether a given name at {@code i} and a country or place after it make a name. */
  private boolean isName(List<Token> tokens, List<String> words, int i) {
    String first = words.get(i);
    return isProperNoun(tokens.get(i))
        && isProperNoun(tokens.get(i + 1))
        && (given.contains(first) || GivenNames.isGivenName(first))
        && GivenNameFinder.GIVEN.matcher(first).matches()
        && !CalendarNames.MONTHS.contains(first) // months that are given names: "June Paris talks"
        && !CheckedNameFinder.COMPASS.contains(first.toLowerCase(Locale.ROOT))
        && standsAlone(words, i)
        && !capitalised(words, i + 2)
        && gazetteer.longestMatchAt(words, i).isEmpty()
        && gazetteer.title(first).isEmpty()
        && !gazetteer.isStopName(first)
        && located(words, i + 1);
  }

  /**
   * Whether the one word at {@code k} is a name the gazetteer knows for countries or places only.
   */
  private boolean located(List<String> words, int k) {
    return gazetteer
        .longestMatchAt(words, k)
        .filter(m -> m.span().length() == 1)
        .filter(
            m ->
                m.candidates().stream()
                    .map(NameCandidate::entry)
                    .allMatch(e -> LOCATED.contains(e.type())))
        .isPresent();
  }

  /** Whether no capitalised word other than a title stands before token {@code i}. */
  private boolean standsAlone(List<String> words, int i) {
    return i == 0 || !capitalised(words, i - 1) || gazetteer.title(words.get(i - 1)).isPresent();
  }

  private static boolean capitalised(List<String> words, int k) {
    return k < words.size()
        && !words.get(k).isEmpty()
        && Character.isUpperCase(words.get(k).charAt(0));
  }

  private static boolean isProperNoun(Token t) {
    return t.pos().equals("PROPN");
  }
}
