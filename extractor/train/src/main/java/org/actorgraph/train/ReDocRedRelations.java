package org.actorgraph.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.relate.LearnedRelation;
import org.actorgraph.relate.RelationFeatures;
import org.actorgraph.text.TokenSpan;

/**
 * Turns Re-DocRED documents into {@link RelationExample}s: every ordered pair of PER, ORG and LOC
 * mentions of two different entities in one sentence that {@link RelationFeatures#candidate} lets
 * through, labelled from the document's Wikidata properties:
 *
 * <ul>
 *   <li>position: a person with P108 employer or P39 position held to the other, or the other with
 *       P35 head of state, P6 head of government, P488 chairperson or P112 founded by to the
 *       person;
 *   <li>memberOf: P463 member of, P102 party, P54 sports team;
 *   <li>partOf: P361 part of, P749 parent organisation;
 *   <li>locatedIn: P131 administrative unit, P17 country, P159 headquarters, P276 location.
 * </ul>
 *
 * Each relation is kept only where {@link LearnedRelation#allows} its types. LOC mentions are
 * countries when the gazetteer names a country so, places otherwise.
 */
public final class ReDocRedRelations {

  private static final Set<String> POSITION_FORWARD = Set.of("P108", "P39");
  private static final Set<String> POSITION_BACKWARD = Set.of("P35", "P6", "P488", "P112");
  private static final Set<String> MEMBER = Set.of("P463", "P102", "P54");
  private static final Set<String> PART = Set.of("P361", "P749");
  private static final Set<String> LOCATED = Set.of("P131", "P17", "P159", "P276");

  private final Gazetteer gazetteer;
  private final ParseCache parses;

  public ReDocRedRelations(Gazetteer gazetteer, ParseCache parses) {
    this.gazetteer = gazetteer;
    this.parses = parses;
  }

  /** The examples of every document of the {@link ReDocRedReader#FILES} in {@code folder}. */
  public Map<String, List<RelationExample>> read(Path folder) {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<RelationExample>> out = new LinkedHashMap<>();
    for (String name : ReDocRedReader.FILES) {
      JsonNode root = ReDocRedReader.documents(json, folder.resolve(name));
      String prefix = "redocred-" + name.substring(0, name.indexOf('_')) + ":";
      for (int d = 0; d < root.size(); d++) {
        out.put(prefix + d, document(prefix + d, root.get(d)));
      }
    }
    return out;
  }

  private List<RelationExample> document(String id, JsonNode doc) {
    JsonNode sents = doc.get("sents");
    List<List<String>> tokens = new ArrayList<>();
    for (JsonNode sent : sents) {
      List<String> words = new ArrayList<>();
      sent.forEach(w -> words.add(w.asText()));
      tokens.add(words);
    }
    Map<String, String> relations = new HashMap<>();
    for (JsonNode label : doc.path("labels")) {
      relations.merge(
          label.get("h").asInt() + ">" + label.get("t").asInt(),
          label.get("r").asText(),
          (a, b) -> a + " " + b);
    }
    Map<Integer, List<Located>> bySentence = new HashMap<>();
    JsonNode vertices = doc.get("vertexSet");
    for (int e = 0; e < vertices.size(); e++) {
      for (JsonNode m : vertices.get(e)) {
        int s = m.get("sent_id").asInt();
        int start = m.get("pos").get(0).asInt();
        int end = m.get("pos").get(1).asInt();
        EntityType type =
            type(m.get("type").asText(), String.join(" ", tokens.get(s).subList(start, end)));
        if (type != null && end > start) {
          bySentence
              .computeIfAbsent(s, k -> new ArrayList<>())
              .add(new Located(e, type, new TokenSpan(start, end)));
        }
      }
    }
    List<RelationExample> examples = new ArrayList<>();
    for (var entry : bySentence.entrySet()) {
      List<Located> mentions = entry.getValue();
      if (mentions.stream().map(Located::entity).distinct().count() < 2) {
        continue;
      }
      DependencyTree tree = parses.tree(id + "/" + entry.getKey(), tokens.get(entry.getKey()));
      for (Located a : mentions) {
        for (Located b : mentions) {
          if (a.entity() == b.entity() || !RelationFeatures.candidate(a.type(), b.type())) {
            continue;
          }
          String[] features = RelationFeatures.of(tree, a.span(), a.type(), b.span(), b.type());
          examples.add(
              new RelationExample(
                  id, a.type(), b.type(), List.of(features), gold(a, b, relations)));
        }
      }
    }
    return examples;
  }

  private static LearnedRelation gold(Located a, Located b, Map<String, String> relations) {
    Set<String> forward =
        Set.of(relations.getOrDefault(a.entity() + ">" + b.entity(), "").split(" "));
    Set<String> backward =
        Set.of(relations.getOrDefault(b.entity() + ">" + a.entity(), "").split(" "));
    if (a.type() == EntityType.PERSON
        && (forward.stream().anyMatch(POSITION_FORWARD::contains)
            || backward.stream().anyMatch(POSITION_BACKWARD::contains))) {
      return LearnedRelation.POSITION;
    }
    if (forward.stream().anyMatch(MEMBER::contains)) {
      return LearnedRelation.MEMBER_OF;
    }
    if (a.type() == EntityType.ORGANISATION && forward.stream().anyMatch(PART::contains)) {
      return LearnedRelation.PART_OF;
    }
    if (LearnedRelation.LOCATED_IN.allows(a.type(), b.type())
        && forward.stream().anyMatch(LOCATED::contains)) {
      return LearnedRelation.LOCATED_IN;
    }
    return LearnedRelation.NONE;
  }

  private EntityType type(String redocred, String text) {
    return switch (redocred) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANISATION;
      case "LOC" ->
          gazetteer.byName(text).map(GazetteerEntry::type).orElse(null) == EntityType.COUNTRY
              ? EntityType.COUNTRY
              : EntityType.PLACE;
      default -> null;
    };
  }

  private record Located(int entity, EntityType type, TokenSpan span) {}
}
