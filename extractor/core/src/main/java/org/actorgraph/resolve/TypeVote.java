package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.mention.TypeCues;

/**
 * Gives every model-only mention of a name the type that the article's mentions of that name vote
 * for, so "Asad" tagged once as an organisation and once as a place becomes one entity. A vote
 * weighs the finder's trust (gazetteer and rules far above the model) and its confidence.
 *
 * <p>For a name that only the model found, the words around each mention vote too ({@link
 * TypeCues}): weak cues settle between a person and an organisation ("the opposition Unity
 * candidate", "Unity's chairman" and "Unity members" vote for an organisation, "Mr Unity" and
 * "Unity, who" for a person; an acronym leans to an organisation); strong cues hold whatever the
 * model said ("the chief executive of Asterpetro" and "Asterpetro's shareholders" vote for an
 * organisation, "the residents of Marea" for a place), but a cue that fits a person too ("a
 * spokesman for Norvanta") leaves the model's person alone. A cue weighs at most about one model
 * mention, so it settles what the model is unsure of; a name a gazetteer or rule found takes no cue
 * votes, so a cue never retypes it.
 */
final class TypeVote {

  private TypeVote() {}

  /**
   * The mentions, model-only ones retyped to their name's winning type, in the given order; the
   * words around each mention in {@code article} vote as well (none when the article is null).
   */
  static List<Mention> retype(AnnotatedArticle article, List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Map<String, Map<EntityType, Double>> weak = new HashMap<>();
    Map<String, List<TypeCues.Vote>> strong = new HashMap<>();
    Set<String> trusted = new HashSet<>();
    List<String> names = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = Names.normalise(m.text());
      names.add(name);
      votes
          .computeIfAbsent(name, k -> new EnumMap<>(EntityType.class))
          .merge(m.type(), weight(m), Double::sum);
      if (!m.finder().equals("model") || m.key().isPresent()) {
        trusted.add(name);
      }
      if (article != null) {
        cue(article, m, weak, strong, name);
      }
    }
    Map<String, EntityType> leading = new HashMap<>();
    votes.forEach((name, v) -> leading.put(name, winner(v, EntityType.PERSON)));
    for (Map.Entry<String, Map<EntityType, Double>> c : weak.entrySet()) {
      Map<EntityType, Double> v = votes.get(c.getKey());
      EntityType lead = leading.get(c.getKey());
      if (!trusted.contains(c.getKey())
          && (lead == EntityType.PERSON || lead == EntityType.ORGANISATION)) {
        c.getValue().forEach((type, w) -> v.merge(type, w, Double::sum));
      }
    }
    for (Map.Entry<String, List<TypeCues.Vote>> c : strong.entrySet()) {
      if (!trusted.contains(c.getKey())) {
        Map<EntityType, Double> v = votes.get(c.getKey());
        for (TypeCues.Vote cue : c.getValue()) {
          if (!cue.unless().contains(leading.get(c.getKey()))) {
            v.merge(cue.type(), cue.weight(), Double::sum);
          }
        }
      }
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

  /** Adds the votes of the cues around {@code m} to {@code name}'s weak and strong votes. */
  private static void cue(
      AnnotatedArticle article,
      Mention m,
      Map<String, Map<EntityType, Double>> weak,
      Map<String, List<TypeCues.Vote>> strong,
      String name) {
    if (m.sentence() < 0 || m.sentence() >= article.sentences().size()) {
      return;
    }
    Sentence s = article.sentences().get(m.sentence());
    int start = s.tokenAt(m.span().start());
    int end = s.tokenAt(m.span().end());
    if (start >= end) {
      return;
    }
    for (TypeCues.Vote v : TypeCues.around(s.tokens(), start, end, m.text())) {
      if (v.strong()) {
        strong.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
      } else {
        weak.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class))
            .merge(v.type(), v.weight(), Double::sum);
      }
    }
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
