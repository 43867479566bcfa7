package org.actorgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
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

  private GovernmentMetonyms() {}

  /** Whether every mention of a person is followed by a government noun. */
  static boolean onlyAsGovernment(String body, EntityType type, List<Mention> mentions) {
    if (type != EntityType.PERSON || mentions.isEmpty()) {
      return false;
    }
    for (Mention m : mentions) {
      if (nounEnd(body, m).isEmpty()) {
        return false;
      }
    }
    return true;
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
