package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.text.CharSpan;

/**
 * Finds people by a known given name followed by one to three capitalised words: {@code Police
 * arrested Alice Guo}, where the statistical name finder, trained on encyclopaedia text, often sees
 * no name when no title stands before it.
 *
 * <p>The given names are the first words of the gazetteer's people with two or more words in their
 * names (about 18,000 leaders and officials, mostly from the PETRARCH2 dictionaries) that begin at
 * least {@value #MIN_PEOPLE} people's names, and the English given names of {@link GivenNames} but
 * compass words ("North Africa"); at least three letters long, and not known to the gazetteer as a
 * country, organisation, place, demonym, title or stop name ("Jordan", "Chad" and "King" are left
 * out). Given names that are also words ("Will", "Hope") must still be tagged proper nouns. A
 * one-word title right after a given name is its family name ("Ahmed Sultan").
 *
 * <p>Design decision: the finder only adds names no other finder proposes (its mentions weigh like
 * the model's in {@link MentionMerger}, and a longer span wins), and it stays away from longer
 * capitalised sequences ("Maria Cristina Hotel Group"), which are more often organisations or
 * places named after a person than the person.
 */
public final class GivenNameFinder implements MentionFinder {

  /** How many of the gazetteer's people a word must begin the name of to count as given name. */
  static final int MIN_PEOPLE = 2;

  private static final int MAX_SURNAME_WORDS = 2;
  private static final double CONFIDENCE = 0.6;
  private static final Set<String> THING_HEADS = Set.copyOf(WordList.read("named_after_heads.txt"));

  /** The one-word heads of {@code place_heads.txt} ("after: Palace"). */
  private static final Set<String> PLACE_HEADS = PatternMentionFinder.headWords();

  /** The shape of a given name: a capital, then two or more small letters ("Ana", "Jordan"). */
  static final Pattern GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}");

  private final Gazetteer gazetteer;
  private final Set<String> given;

  public GivenNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.given = givenNames(gazetteer);
  }

  /** The given names this finder knows (for tests and the lexicon's documentation). */
  Set<String> givenNames() {
    return given;
  }

  private static Set<String> givenNames(Gazetteer gazetteer) {
    Map<String, Integer> counts = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      String[] words = e.name().split(" ");
      if (e.type() == EntityType.PERSON && words.length >= 2 && GIVEN.matcher(words[0]).matches()) {
        counts.merge(words[0], 1, Integer::sum);
      }
    }
    // an English given name counts as the gazetteer's people do, but not a compass word ("North")
    GivenNames.all().stream()
        .filter(w -> !CheckedNameFinder.COMPASS.contains(w.toLowerCase(Locale.ROOT)))
        .forEach(w -> counts.merge(w, MIN_PEOPLE, Integer::sum));
    Set<String> out = new HashSet<>();
    counts.forEach(
        (w, n) -> {
          if (n >= MIN_PEOPLE
              && GIVEN.matcher(w).matches()
              && gazetteer.candidates(w).isEmpty()
              && gazetteer.demonymCandidates(w).isEmpty()
              && gazetteer.title(w).isEmpty()
              && !gazetteer.isStopName(w)) {
            out.add(w);
          }
        });
    return Set.copyOf(out);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!given.contains(t.text()) || !isProperNoun(t) || continues(tokens, i - 1)) {
          continue;
        }
        int first = hyphenated(tokens, i) ? i + 3 : i + 1; // "Abdul-Malik"
        int j = first;
        while (j < tokens.size()
            && j - first < MAX_SURNAME_WORDS
            && (surname(tokens.get(j)) || articled(tokens, j))) {
          j = hyphenated(tokens, j) || articled(tokens, j) ? j + 3 : j + 1;
        }
        if (j == first && titleAsSurname(tokens, first)) {
          j++;
        }
        if (j == first
            || j < tokens.size() && capitalised(tokens.get(j))
            || tokens.subList(first, j).stream().anyMatch(this::thingHead)
            || companyCued(tokens, i, j)) {
          continue;
        }
        CharSpan span = new CharSpan(t.span().start(), tokens.get(j - 1).span().end());
        found.add(
            Mention.unkeyed(
                span,
                article.body(),
                EntityType.PERSON,
                s.index(),
                "model:given-name",
                CONFIDENCE));
        i = j - 1;
      }
    }
    return found;
  }

  /**
   * Whether the token before a given name is a capitalised word of a longer name (or an
   * abbreviation such as "St."), not a title or a capitalised first word of the sentence.
   */
  private boolean continues(List<Token> tokens, int k) {
    if (k < 0) {
      return false;
    }
    Token t = tokens.get(k);
    if (t.text().equals(".") && k > 0) {
      return capitalised(tokens.get(k - 1));
    }
    if (t.text().equals("-") && t.span().end() == tokens.get(k + 1).span().start()) {
      return true;
    }
    return capitalised(t) && gazetteer.title(t.text()).isEmpty() && (k > 0 || isProperNoun(t));
  }

  /** {@code Asante-Roe}, which the tokenizer splits in three: a hyphen with no space around it. */
  private boolean hyphenated(List<Token> tokens, int j) {
    return j + 2 < tokens.size()
        && tokens.get(j + 1).text().equals("-")
        && tokens.get(j + 1).span().start() == tokens.get(j).span().end()
        && tokens.get(j + 2).span().start() == tokens.get(j + 1).span().end()
        && surname(tokens.get(j + 2));
  }

  /**
   * {@code al-Burhan}, which the tokenizer splits in three: the Arabic article glued by a hyphen to
   * a capitalised family name (whatever the tagger made of it: "el-Sayed" has been a verb).
   */
  private boolean articled(List<Token> tokens, int j) {
    return j + 2 < tokens.size()
        && ArabicArticles.isArticle(tokens.get(j).text())
        && tokens.get(j + 1).text().equals("-")
        && tokens.get(j + 1).span().start() == tokens.get(j).span().end()
        && tokens.get(j + 2).span().start() == tokens.get(j + 1).span().end()
        && SURNAME.matcher(tokens.get(j + 2).text()).matches()
        && !gazetteer.isStopName(tokens.get(j + 2).text());
  }

  private boolean surname(Token t) {
    return isProperNoun(t)
        && SURNAME.matcher(t.text()).matches()
        && !gazetteer.isStopName(t.text())
        && gazetteer.title(t.text()).isEmpty();
  }

  /**
   * Whether the word after a given name is a one-word title used as the family name, the name's
   * last word ("Reuters correspondent Ahmed Sultan in Addis Ababa", "Omar King said"): a title
   * stands before the name it qualifies, so one right after a given name and before no further
   * capitalised word names no office.
   */
  private boolean titleAsSurname(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    return isProperNoun(t)
        && SURNAME.matcher(t.text()).matches()
        && !gazetteer.isStopName(t.text())
        && gazetteer.title(t.text()).isPresent()
        && (j + 1 == tokens.size() || !capitalised(tokens.get(j + 1)));
  }

  /**
   * Whether a cue only a company has stands around the name ({@link TypeCues}): "Jane Roe shares
   * fell", "the chief executive of Jane Roe" name a firm called after its founders, no person.
   */
  private static boolean companyCued(List<Token> tokens, int start, int end) {
    return TypeCues.strongType(tokens, start, end)
        .filter(EntityType.ORGANISATION::equals)
        .isPresent();
  }

  /** Whether the word ends names of things named after people ("Hospital", "Cup", "Party"). */
  private boolean thingHead(Token t) {
    String w = t.text();
    return THING_HEADS.contains(w)
        || PLACE_HEADS.contains(w)
        || RuleMentionFinder.isOrganisationHead(w)
        || CheckedNameFinder.isOutletLastWord(w)
        || gazetteer.governmentBodyHead(w).isPresent();
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  private static boolean isProperNoun(Token t) {
    return t.pos().equals("PROPN");
  }
}
