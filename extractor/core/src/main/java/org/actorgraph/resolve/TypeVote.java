package org.actorgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * Gives every model-only mention of a name the type that the article's mentions of that name vote
 * for, so "Asad" tagged once as an organisation and once as a place becomes one entity. A vote
 * weighs the finder's trust (gazetteer and rules far above the model) and its confidence.
 *
 * <p>The words around each mention vote too, for a name the model typed as a person or an
 * organisation: "the opposition Unity candidate", "Unity's chairman" and "Unity members" vote for
 * an organisation, "Mr Unity" and "Unity, who" for a person; an acronym leans to an organisation.
 * The cues and their weights are data ({@code org/actorgraph/mention/type_cues.tsv}); a cue weighs
 * at most about one model mention, so it settles what the model is unsure of and never outvotes a
 * gazetteer or rule mention.
 */
final class TypeVote {

  private static final String CUES = "/org/actorgraph/mention/type_cues.tsv";
  private static final Set<String> SIDES = Set.of("before", "after", "after-comma", "shape");

  /** A cue word's vote: its type and weight. */
  private record Cue(EntityType type, double weight) {}

  private static final Map<String, Cue> BEFORE = new HashMap<>();
  private static final Map<String, Cue> AFTER = new HashMap<>();
  private static final Map<String, Cue> AFTER_COMMA = new HashMap<>();
  private static Cue acronymCue;

  static {
    load();
  }

  private TypeVote() {}

  /**
   * The mentions, model-only ones retyped to their name's winning type, in the given order; the
   * words around each mention in {@code article} vote as well (none when the article is null).
   */
  static List<Mention> retype(AnnotatedArticle article, List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Map<String, Map<EntityType, Double>> cues = new HashMap<>();
    List<String> names = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = Names.normalise(m.text());
      names.add(name);
      votes
          .computeIfAbsent(name, k -> new EnumMap<>(EntityType.class))
          .merge(m.type(), weight(m), Double::sum);
      if (article != null) {
        cue(article, m, cues.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)));
      }
    }
    for (Map.Entry<String, Map<EntityType, Double>> c : cues.entrySet()) {
      Map<EntityType, Double> v = votes.get(c.getKey());
      EntityType leading = winner(v, EntityType.PERSON);
      if (leading == EntityType.PERSON || leading == EntityType.ORGANISATION) {
        c.getValue().forEach((type, w) -> v.merge(type, w, Double::sum));
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

  /** Adds the votes of the cue words right before and right after {@code m} to {@code into}. */
  private static void cue(AnnotatedArticle article, Mention m, Map<EntityType, Double> into) {
    if (m.sentence() < 0 || m.sentence() >= article.sentences().size()) {
      return;
    }
    Sentence s = article.sentences().get(m.sentence());
    List<Token> tokens = s.tokens();
    int start = s.tokenAt(m.span().start());
    int end = s.tokenAt(m.span().end());
    if (start >= end) {
      return;
    }
    if (start > 0) {
      add(BEFORE.get(lower(tokens.get(start - 1).text())), into);
    }
    if (end < tokens.size() && isPossessive(tokens.get(end).text())) {
      end++;
    }
    if (end < tokens.size()) {
      add(AFTER.get(lower(tokens.get(end).text())), into);
    }
    if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
      add(AFTER_COMMA.get(lower(tokens.get(end + 1).text())), into);
    }
    if (isAcronym(m.text())) {
      add(acronymCue, into);
    }
  }

  /** A name of two to six capital letters and nothing else ("FPP"). */
  private static boolean isAcronym(String text) {
    return text.length() >= 2
        && text.length() <= 6
        && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private static void add(Cue cue, Map<EntityType, Double> into) {
    if (cue != null) {
      into.merge(cue.type(), cue.weight(), Double::sum);
    }
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
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

  private static void load() {
    InputStream in = TypeVote.class.getResourceAsStream(CUES);
    if (in == null) {
      throw new IllegalStateException("type cues " + CUES + " are not on the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4 || !SIDES.contains(f[0])) {
          throw new IllegalStateException(
              CUES + " line " + n + ": expected side, word, type, weight");
        }
        Cue cue = new Cue(EntityType.valueOf(f[2].strip()), Double.parseDouble(f[3].strip()));
        switch (f[0]) {
          case "before" -> BEFORE.put(lower(f[1].strip()), cue);
          case "after" -> AFTER.put(lower(f[1].strip()), cue);
          case "after-comma" -> AFTER_COMMA.put(lower(f[1].strip()), cue);
          default -> acronymCue = cue;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CUES, e);
    }
  }
}
