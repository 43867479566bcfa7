package org.actorgraph.resolve;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * How sure the extractor is that an entity exists and has its type, from how its mentions were
 * found. Calibrated on the development sets so that a value reads as a precision: entities the
 * gazetteer knows are right about 95% of the time, those a context rule found about 85%, and those
 * only the statistical model proposed 50-70% (more when the article names them again).
 *
 * <p>Design decision: the name finder's own probability is not used as the confidence: the
 * project's perceptron model gives nearly every span 0.25-0.35, whether right or wrong, so it
 * carries no ranking information; how the mention was found and how often it recurs do.
 */
final class Confidence {

  private Confidence() {}

  static double of(EntityType type, List<Mention> mentions) {
    double best = 0;
    long modelMentions = 0;
    for (Mention m : mentions) {
      if (m.finder().startsWith("gazetteer") || m.finder().startsWith("rule")) {
        best = Math.max(best, m.confidence());
      } else {
        modelMentions++;
      }
    }
    if (modelMentions > 0) {
      double model = Math.min(0.75, 0.55 + 0.05 * (modelMentions - 1));
      if (type == EntityType.PERSON) {
        model += 0.05;
      }
      best = Math.max(best, best > 0 ? Math.min(1, best + 0.03) : model);
    }
    return best;
  }
}
