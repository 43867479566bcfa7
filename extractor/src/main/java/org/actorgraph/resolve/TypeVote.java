package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.mention.EntityType;
import org.actorgraph.mention.Mention;

/**
 * Gives every model-only mention of a name the type that the article's mentions of that name vote
 * for, so "Asad" tagged once as an organisation and once as a place becomes one entity. A vote
 * weighs the finder's trust (gazetteer and rules far above the model) and its confidence.
 */
final class TypeVote {

  private TypeVote() {}

  /** The mentions, model-only ones retyped to their name's winning type, in the given order. */
  static List<Mention> retype(List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    List<String> names = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = Names.normalise(m.text());
      names.add(name);
      votes
          .computeIfAbsent(name, k -> new EnumMap<>(EntityType.class))
          .merge(m.type(), weight(m), Double::sum);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      EntityType winner = winner(votes.get(names.get(i)), m.type());
      if (winner != m.type() && m.key().isEmpty() && m.finder().equals("model")) {
        out.add(
            new Mention(
                m.span(), m.text(), winner, m.sentence(), m.finder(), m.confidence(), m.key()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static double weight(Mention m) {
    if (m.finder().startsWith("gazetteer")) {
      return 3 + m.confidence();
    }
    return m.finder().startsWith("rule") ? 2 + m.confidence() : m.confidence();
  }

  private static EntityType winner(Map<EntityType, Double> votes, EntityType fallback) {
    EntityType best = fallback;
    double bestScore = votes.getOrDefault(fallback, 0.0);
    for (Map.Entry<EntityType, Double> v : votes.entrySet()) {
      if (v.getValue() > bestScore) {
        best = v.getKey();
        bestScore = v.getValue();
      }
    }
    return best;
  }
}
