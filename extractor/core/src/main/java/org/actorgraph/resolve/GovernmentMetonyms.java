package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;

/**
 * A person named only as the head of a government ("the Asad regime", "the Roe administration") is
 * not an entity of the article: the phrase stands for the government, which {@link
 * GovernmentCountries} makes a mention of the leader's country. The nouns are data ({@code
 * government_heads.txt}).
 */
final class GovernmentMetonyms {

  private static final String HEADS = "/org/actorgraph/resolve/government_heads.txt";
  private static final Set<String> NOUNS = load();

  /** How many words before a name a title may span ("Supreme Leader", "Prime Minister"). */
  private static final int TITLE_WORDS = 2;

  private GovernmentMetonyms() {}

  /**
   * Whether every mention of a person is followed by a government noun, and no mention of a person
   * the gazetteer does not know has a title before it: "Colombian President Gustavo Petro's
   * government" names the human being too, with the office that tells which country the government
   * is (the relate stage reads it so), where the gazetteer has no country to give ({@link
   * GovernmentCountries}).
   */
  static boolean onlyAsGovernment(String body, EntityType type, List<Mention> mentions) {
    if (type != EntityType.PERSON || mentions.isEmpty()) {
      return false;
    }
    for (Mention m : mentions) {
      if (nounEnd(body, m).isEmpty() || m.key().isEmpty() && titled(body, m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a title of the gazetteer's ends right before the mention ("President", "Prime
   * Minister").
   */
  private static boolean titled(String body, Mention m) {
    List<String> before = wordsBefore(body, m.span().start(), TITLE_WORDS);
    for (int n = 1; n <= before.size(); n++) {
      String title = String.join(" ", before.subList(before.size() - n, before.size()));
      if (Gazetteer.standard().title(title).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Up to {@code n} words of letters (or a dot) right before {@code at}, in text order. */
  private static List<String> wordsBefore(String body, int at, int n) {
    List<String> words = new ArrayList<>();
    int i = at;
    while (words.size() < n) {
      int end = i;
      while (end > 0 && body.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0
          && (Character.isLetter(body.charAt(start - 1)) || body.charAt(start - 1) == '.')) {
        start--;
      }
      if (start == end || end == i) {
        break;
      }
      words.add(0, body.substring(start, end));
      i = start;
    }
    return words;
  }

  /**
   * Where the government noun after a person's name ends ("Roe administration"), when one follows
   * it.
   */
  static Optional<Integer> nounEnd(String body, Mention m) {
    CharSpan next = nextWord(body, m.span().end());
    return NOUNS.contains(next.of(body).toLowerCase(Locale.ROOT))
        ? Optional.of(next.end())
        : Optional.empty();
  }

  /** The word after {@code at}, past a possessive {@code 's} and spaces (empty when none). */
  private static CharSpan nextWord(String body, int at) {
    int i = at;
    if (i + 1 < body.length()
        && (body.charAt(i) == '\'' || body.charAt(i) == '’')
        && body.charAt(i + 1) == 's') {
      i += 2;
    }
    int start = i;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    if (i == start) {
      return new CharSpan(at, at);
    }
    int end = i;
    while (end < body.length() && Character.isLetter(body.charAt(end))) {
      end++;
    }
    return new CharSpan(i, end);
  }

  private static Set<String> load() {
    return Set.copyOf(WordFiles.read(HEADS));
  }
}
