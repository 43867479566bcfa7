package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses one reading where finders disagree, so that no two kept mentions overlap.
 *
 * <p>Design decision: the longer span wins (so "Bank of Korea" beats "Korea"), and on equal spans
 * the more trusted finder wins (gazetteer, then rules, then the statistical model), with one
 * exception: a span the model alone reads as a person never swallows a gazetteer name ("Trump said
 * Israel" tagged as one person keeps "Israel" as the country), since the model's person spans are
 * the ones that most often run on.
 */
public final class MentionMerger {

  private MentionMerger() {}

  static int trust(Mention m) {
    if (m.finder().startsWith("gazetteer")) {
      return 3;
    }
    return m.finder().startsWith("rule") ? 2 : 1;
  }

  public static List<Mention> merge(List<Mention> proposals) {
    List<Mention> sorted = new ArrayList<>(proposals);
    sorted.sort(
        Comparator.comparingInt((Mention m) -> m.span().length())
            .reversed()
            .thenComparing(Comparator.comparingInt(MentionMerger::trust).reversed())
            .thenComparing(Mention::span));
    List<Mention> kept = new ArrayList<>();
    for (Mention candidate : sorted) {
      List<Mention> conflicts =
          kept.stream().filter(k -> k.span().overlaps(candidate.span())).toList();
      if (conflicts.isEmpty()) {
        kept.add(candidate);
      } else if (trust(candidate) == 3
          && conflicts.stream().allMatch(MentionMerger::isModelPerson)) {
        kept.removeAll(conflicts);
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparing(Mention::span));
    return kept;
  }

  private static boolean isModelPerson(Mention m) {
    return trust(m) == 1 && m.type() == EntityType.PERSON;
  }
}
