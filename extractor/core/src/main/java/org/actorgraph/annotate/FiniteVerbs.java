package org.actorgraph.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A repair of the tagger's one systematic slip on news sentences: a sentence it tagged with no
 * finite verb, whose first words are a noun phrase followed by a past participle with an object
 * after it ({@code Freedonia mediated talks between A and B}, read as the noun phrase "Freedonia
 * mediated talks"), has that participle as its past-tense verb. A clause needs a finite verb; a
 * participle right after the noun phrase that opens it, with no agent ("talks mediated by
 * Freedonia") and an object following, is the only place one can be.
 *
 * <p>Design decision: the tags are repaired between NLP4J's tagger and its parser, so the parse is
 * made over the right tags, instead of rules downstream reading a noun-phrase parse as a clause.
 */
final class FiniteVerbs {

  /** Penn tags of a finite verb or modal. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Penn tags of the words of a noun phrase that opens a sentence. */
  private static final Set<String> NOUN_PHRASE =
      Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "CD", "PRP$", "HYPH");

  /** Penn tags that may begin the object after a verb. */
  private static final Set<String> OBJECT_START =
      Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP$");

  private FiniteVerbs() {}

  /**
   * The index of the past participle to read as the past tense in a sentence with these words and
   * tags, or -1 when the sentence has a finite verb or no participle stands as one.
   */
  static int pastTense(List<String> words, List<String> tags) {
    if (tags.stream().anyMatch(FINITE::contains)) {
      return -1;
    }
    for (int i = 0; i + 1 < tags.size(); i++) {
      if (!NOUN_PHRASE.contains(tags.get(i))) {
        return i > 0
                && tags.get(i).equals("VBN")
                && tags.get(i - 1).startsWith("NN")
                && OBJECT_START.contains(tags.get(i + 1))
                && !words.get(i + 1).toLowerCase(Locale.ROOT).equals("by")
            ? i
            : -1;
      }
    }
    return -1;
  }
}
