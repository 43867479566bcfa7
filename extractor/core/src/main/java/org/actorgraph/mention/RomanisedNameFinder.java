package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.text.CharSpan;

/**
 * Finds Chinese and Korean names romanised surname first with a hyphenated two-syllable given name:
 * {@code Lai Ching-te}, {@code Ko Wen-je}, {@code Moon Jae-in}, and with an English given name
 * before them, {@code William Lai Ching-te}. The statistical name finder, trained on encyclopaedia
 * text, often misses them or calls them places, and no given-name list holds the surname that opens
 * them.
 *
 * <p>Design decision: the shape alone decides: a short capitalised surname (two to five letters), a
 * capitalised syllable (two to six), a hyphen with no space and a lower-case syllable of one to
 * five letters. English compounds of that shape end in a word, not a syllable ("New York-based",
 * "Sri Lanka-born", "Tel Aviv-area"): a last part ending in "-ed" or one of {@link #ENGLISH_TAILS}
 * is no name, nor is a span whose first words the gazetteer knows as anything but a person's.
 */
public final class RomanisedNameFinder implements MentionFinder {

  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}");
  private static final Pattern FIRST_SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}");
  private static final Pattern LAST_SYLLABLE = Pattern.compile("\\p{Ll}{1,5}");

  /**
   * The second parts of English compound adjectives and nouns after a place name that do not end in
   * "-ed" (Oxford Learner's Dictionary combining forms: -born, -bound, -run, -wide, -style, -free,
   * -rich, -like, -made, -type, -area, -era, -only, -level, -scale).
   */
  static final Set<String> ENGLISH_TAILS =
      Set.of(
          "born", "bound", "run", "wide", "style", "free", "rich", "like", "made", "type", "area",
          "era", "only", "level", "scale");

  private static final double CONFIDENCE = 0.7;

  private final Gazetteer gazetteer;

  public RomanisedNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i + 3 < tokens.size(); i++) {
        if (!name(tokens, i)) {
          continue;
        }
        int first = i;
        if (i > 0 && GivenNames.isGivenName(tokens.get(i - 1).text())) {
          first = i - 1; // "William Lai Ching-te"
        }
        CharSpan span =
            new CharSpan(tokens.get(first).span().start(), tokens.get(i + 3).span().end());
        found.add(
            Mention.unkeyed(
                span, article.body(), EntityType.PERSON, s.index(), "rule:romanised", CONFIDENCE));
        i += 3;
      }
    }
    return found;
  }

  /** Whether tokens {@code i} to {@code i + 3} read surname, syllable, hyphen, syllable. */
  private boolean name(List<Token> tokens, int i) {
    Token surname = tokens.get(i);
    Token syllable = tokens.get(i + 1);
    Token hyphen = tokens.get(i + 2);
    Token tail = tokens.get(i + 3);
    String last = tail.text();
    return SURNAME.matcher(surname.text()).matches()
        && FIRST_SYLLABLE.matcher(syllable.text()).matches()
        && hyphen.text().equals("-")
        && LAST_SYLLABLE.matcher(last).matches()
        && syllable.span().end() == hyphen.span().start()
        && hyphen.span().end() == tail.span().start()
        && surname.span().end() < syllable.span().start()
        && !last.endsWith("ed")
        && !ENGLISH_TAILS.contains(last)
        && (i + 4 >= tokens.size() || !tokens.get(i + 4).text().equals("-"))
        && personOrUnknown(surname.text())
        && personOrUnknown(syllable.text());
  }

  private boolean personOrUnknown(String word) {
    return gazetteer.candidates(word).stream().allMatch(c -> c.entry().type() == EntityType.PERSON)
        && gazetteer.demonymCandidates(word).isEmpty()
        && gazetteer.title(word).isEmpty()
        && !gazetteer.isStopName(word);
  }
}
