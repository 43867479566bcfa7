package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds the clubs and companies named after a place, whose name runs on from the place's into a
 * longer capitalised name: {@code Real Madrid}, {@code Ajax Amsterdam beat Feyenoord 2-1}, {@code
 * Kansas City Chiefs quarterback}, {@code Marea Tinto shares fell}. The gazetteer reads the place
 * (or its country) inside such a name, and the statistical finder misses the name or reads it as a
 * person.
 *
 * <p>Design decision: a run of at most {@value #MAX_WORDS} capitalised words holding exactly one
 * name the gazetteer knows only as a place or country, whose other words the gazetteer does not
 * know as a name and which holds no title, weekday or month, nor a given name, is an organisation
 * when a club's word opens it ({@code club_words.txt}: "Real", "Dynamo", "Sporting"), when the
 * sentence is a sports report (a word of {@code sports_words.txt}, or a score such as "2-0" with a
 * word of {@code result_words.txt}), or when a company's role or part follows the name ({@code
 * company_cues.txt}: "chief executive", "shares") or the sentence speaks of a company's shares or
 * results ({@code company_words.txt}). A place's own longer name stays the gazetteer's ("Mexico
 * City" is known whole), a run after a preposition of place ("a plant in Marea Norte") is left to
 * the other finders unless a club's word opens it, and a demonym before the place ("Spanish
 * Madrid") makes no name, nor does a last word that names a subdivision, a settlement or a facility
 * ({@code division_words.txt}, the heads of {@code place_heads.txt}: "Marea State", "Marea
 * Stadium").
 */
public final class RunOnNameFinder implements MentionFinder {

  /** The finder name of its mentions. */
  public static final String FINDER = "rule:run-on";

  private static final Set<String> CLUB_WORDS = Set.copyOf(WordList.read("club_words.txt"));
  private static final Set<String> SPORTS = Set.copyOf(WordList.read("sports_words.txt"));
  private static final Set<String> RESULTS = Set.copyOf(WordList.read("result_words.txt"));
  private static final Set<String> COMPANY = Set.copyOf(WordList.read("company_words.txt"));
  private static final Set<String> COMPANY_CUES = Set.copyOf(WordList.read("company_cues.txt"));
  private static final Set<String> PLACE_ENDS = placeEnds();
  private static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "across",
          "throughout",
          "around",
          "off",
          "into",
          "via");
  private static final Set<String> NOT_NAME_TAGS =
      Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "VERB", "NUM");
  private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");
  private static final int MAX_WORDS = 4;
  private static final double CONFIDENCE = 0.7;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public RunOnNameFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      Boolean cued = null; // the sentence's cue, read once and only when a run needs it
      int i = 0;
      while (i < tokens.size()) {
        if (!nameWord(tokens, i)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < tokens.size() && (nameWord(tokens, end) || innerHyphen(tokens, end))) {
          end++;
        }
        Optional<TokenSpan> place = end - i <= MAX_WORDS ? placeInside(tokens, i, end) : null;
        if (place != null && place.isPresent()) {
          boolean club = place.get().start() > i && CLUB_WORDS.contains(words.get(i));
          if (!club && i > 0 && LOCATIVES.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
            i = end;
            continue;
          }
          if (!club && cued == null) {
            cued = sportsReport(words) || anyIn(words, COMPANY);
          }
          if (club || cued || companyCueAfter(words, end)) {
            CharSpan span = s.charSpan(new TokenSpan(i, end));
            found.add(
                Mention.unkeyed(
                    span, article.body(), EntityType.ORGANISATION, s.index(), FINDER, CONFIDENCE));
          }
        }
        i = end;
      }
    }
    return found;
  }

  /**
   * The one place or country the gazetteer knows inside the run from {@code start} to {@code end},
   * when the run's other words are plain name words; empty otherwise.
   */
  private Optional<TokenSpan> placeInside(List<Token> tokens, int start, int end) {
    List<String> words = Token.texts(tokens);
    TokenSpan place = null;
    int k = start;
    while (k < end) {
      Optional<GazetteerMatch> m = gazetteer.longestMatchAt(words, k);
      if (m.isPresent()) {
        TokenSpan span = m.get().span();
        if (place != null || span.end() > end || !onlyPlaces(m.get())) {
          return Optional.empty();
        }
        place = span;
        k = span.end();
        continue;
      }
      if (!extraWord(tokens, k, start, place == null)) {
        return Optional.empty();
      }
      k++;
    }
    if (place == null
        || place.end() - place.start() == end - start
        || PLACE_ENDS.contains(words.get(end - 1))) {
      return Optional.empty();
    }
    return Optional.of(place);
  }

  private static Set<String> placeEnds() {
    Set<String> ends = new HashSet<>(WordList.read("division_words.txt"));
    ends.addAll(PatternMentionFinder.headWords());
    return Set.copyOf(ends);
  }

  private static boolean onlyPlaces(GazetteerMatch m) {
    return m.candidates().stream()
        .allMatch(
            c -> c.entry().type() == EntityType.PLACE || c.entry().type() == EntityType.COUNTRY);
  }

  /**
   * Whether the word at {@code k} of a run may stand beside the place in a club's or company's
   * name: no title, weekday, month, given name, nor (before the place) a demonym, and a proper noun
   * if it opens the sentence.
   */
  private boolean extraWord(List<Token> tokens, int k, int start, boolean beforePlace) {
    Token t = tokens.get(k);
    String w = t.text();
    if (w.equals("-")) {
      return true;
    }
    if (CalendarNames.MONTHS.contains(w)
        || givenNames.contains(w)
        || gazetteer.isStopName(w)
        || gazetteer.title(w).isPresent()) {
      return false;
    }
    if (beforePlace && gazetteer.longestDemonymAt(Token.texts(tokens), k).isPresent()) {
      return false;
    }
    return k > 0 || t.pos().equals("PROPN") || CLUB_WORDS.contains(w) && k == start;
  }

  private static boolean nameWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.isCapitalised() && !NOT_NAME_TAGS.contains(t.pos());
  }

  /** A hyphen glued to the capitalised words either side of it ("Saint-Germain"). */
  private static boolean innerHyphen(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).text().equals("-")) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    return before.span().end() == tokens.get(i).span().start()
        && tokens.get(i).span().end() == after.span().start()
        && after.isCapitalised();
  }

  /** A sports word, or a score with a word of the result. */
  private static boolean sportsReport(List<String> words) {
    if (anyIn(words, SPORTS)) {
      return true;
    }
    boolean score = false;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      score |=
          SCORE.matcher(w).matches()
              || k + 2 < words.size()
                  && words.get(k + 1).equals("-")
                  && w.matches("\\d{1,2}")
                  && words.get(k + 2).matches("\\d{1,2}");
    }
    return score && anyIn(words, RESULTS);
  }

  private static boolean anyIn(List<String> words, Set<String> set) {
    for (String w : words) {
      if (set.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A company's role or part right after the name or its possessive ("chief", "shares"). */
  private static boolean companyCueAfter(List<String> words, int end) {
    if (end >= words.size()) {
      return false;
    }
    String after = words.get(end).toLowerCase(Locale.ROOT);
    return COMPANY_CUES.contains(after)
        || after.matches("['’]s")
            && end + 1 < words.size()
            && COMPANY_CUES.contains(words.get(end + 1).toLowerCase(Locale.ROOT));
  }
}
