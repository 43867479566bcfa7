package org.actorgraph.mention;

import java.util.List;
import java.util.Locale;
import org.actorgraph.text.WordFiles;

/**
 * The person roles in lower case that the relate stage reads beside the gazetteer's titles ({@code
 * relate/roles.tsv}: "top diplomat", "spy chief", "chief negotiator", "junta leader"), for the
 * frames where a lower-case title describes the person a name names ({@link AppositiveNameFinder},
 * {@link OwnedTitles}): "Jane Roe, Freedonia's top diplomat, said" names the person the relate
 * stage gives the role, so the mention stage must find her as a person.
 *
 * <p>Design decision: the roles are read from the relate stage's own file rather than copied, so
 * the two stages share one list; only the title column is read, matched as written in lower case.
 */
final class SupplementTitles {

  private static final String RESOURCE = "/org/actorgraph/relate/roles.tsv";

  private static final List<List<String>> TITLES =
      WordFiles.read(RESOURCE).stream()
          .map(line -> List.of(line.split("\t")[0].strip().toLowerCase(Locale.ROOT).split(" ")))
          .toList();

  private SupplementTitles() {}

  /** The end (exclusive) of the longest role written in lower case at token {@code i}, else -1. */
  static int endAt(List<String> words, int i) {
    int best = -1;
    for (List<String> t : TITLES) {
      if (i >= 0 && i + t.size() <= words.size() && words.subList(i, i + t.size()).equals(t)) {
        best = Math.max(best, i + t.size());
      }
    }
    return best;
  }
}
