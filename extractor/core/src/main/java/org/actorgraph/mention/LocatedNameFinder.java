package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.text.CharSpan;

/**
 * Finds the town that the place after it locates: {@code born in Tarrow, Vermont, in 1950}, {@code
 * a game in Lubbock, Texas.}, {@code from Orvel, Ghana}, {@code in al-Marea, Freedonia} (with the
 * Arabic article glued to the name, {@link ArabicArticles}). A name the gazetteer does not know,
 * after a preposition of place or at the start of a list item (after a semicolon), followed by a
 * comma, a country or region the gazetteer knows, and the end of the phrase, is a place.
 *
 * <p>Design decision: the finder weighs like the name-finder model in {@link MentionMerger} and
 * below its confidence, so it only adds the places the model missed; a name whose first word is a
 * given name ("Mary Smith, Kenya" in a list of athletes), or that ends in a word heading the names
 * of organisations, is left alone. The place after the comma must close the phrase (a comma, a full
 * stop, a semicolon, a parenthesis or a date follows), so that "Jane Roe, Ghana's envoy" is no
 * place.
 */
public final class LocatedNameFinder implements MentionFinder {

  /**
   * The words before a located name: prepositions of place, or a semicolon that opens a list item.
   * Not a comma or a parenthesis: in "Yes, Gentle Giant, Kansas, Tangerine Dream" the names are
   * bands, and in "(Black Pepper, Melbourne, Australia, 2004)" a publisher.
   */
  private static final Set<String> BEFORE =
      Set.of("in", "at", "near", "from", "to", "nearby", "outside", ";");

  /** What closes the phrase after the locating place. */
  private static final Set<String> AFTER = Set.of(",", ".", ";", ")", "(", ":");

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\p{Ll}[\\p{L}'’.-]*");
  private static final Set<String> PLACE_HEADS = PatternMentionFinder.headWords();
  private static final int MAX_NAME_TOKENS = 3;
  private static final double CONFIDENCE = 0.5;

  private final Gazetteer gazetteer;

  public LocatedNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      for (int comma = 1; comma + 1 < words.size(); comma++) {
        if (!words.get(comma).equals(",") || !locating(words, comma + 1)) {
          continue;
        }
        int start = comma;
        while (start > 0 && comma - start < MAX_NAME_TOKENS && word(words.get(start - 1))) {
          start--;
        }
        int name = start;
        if (start < comma && start >= 2 && articled(words, start)) {
          start -= 2; // "in al-Marea, Freedonia": the article and its hyphen open the name
        }
        if (start < comma && opens(words, start) && unknown(words, name, comma)) {
          CharSpan span =
              new CharSpan(tokens.get(start).span().start(), tokens.get(comma - 1).span().end());
          found.add(
              Mention.unkeyed(
                  span, article.body(), EntityType.PLACE, s.index(), "cue:located", CONFIDENCE));
        }
      }
    }
    return found;
  }

  /**
   * Whether a country or a region the gazetteer knows starts at {@code i} and closes the phrase.
   */
  private boolean locating(List<String> words, int i) {
    Optional<GazetteerMatch> match = gazetteer.longestMatchAt(words, i);
    if (match.isEmpty()) {
      return false;
    }
    int end = match.get().span().end();
    Optional<GazetteerEntry> entry = match.get().unique();
    return (end == words.size() || AFTER.contains(words.get(end)) || year(words.get(end)))
        && entry
            .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE)
            .isPresent();
  }

  private static boolean year(String w) {
    return w.matches("\\d{4}");
  }

  /**
   * Whether the name follows a preposition of place or a list separator; not at the start of a
   * sentence, which may be a name cut off by a sentence split after an abbreviation ("St.").
   */
  private static boolean opens(List<String> words, int start) {
    return start > 0 && BEFORE.contains(words.get(start - 1).toLowerCase(Locale.ROOT));
  }

  /** Whether no word of the name is known to the gazetteer, a given name or a head of names. */
  private boolean unknown(List<String> words, int start, int end) {
    if (GivenNames.isGivenName(words.get(start))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      String w = words.get(i);
      if (!gazetteer.candidates(w).isEmpty()
          || gazetteer.title(w).isPresent()
          || gazetteer.isStopName(w)
          || !gazetteer.demonymCandidates(w).isEmpty()
          || RuleMentionFinder.isOrganisationHead(w)) {
        return false;
      }
    }
    return !PLACE_HEADS.contains(words.get(end - 1))
        && gazetteer.longestMatchAt(words, start).isEmpty();
  }

  /** Whether an Arabic article and a hyphen stand right before the word at {@code i} ("al-"). */
  private static boolean articled(List<String> words, int i) {
    return words.get(i - 1).equals("-") && ArabicArticles.isArticle(words.get(i - 2));
  }

  private static boolean word(String w) {
    return WORD.matcher(w).matches();
  }
}
