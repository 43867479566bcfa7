package org.actorgraph.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads Re-DocRED ({@code dev_revised.json} and {@code test_revised.json}): a JSON array of
 * documents, each with tokenised sentences ({@code sents}) and entities ({@code vertexSet}) whose
 * mentions give a type ({@code PER}, {@code ORG}, {@code LOC}, {@code TIME}, {@code NUM}, {@code
 * MISC}), a sentence ({@code sent_id}) and a half-open token range ({@code pos}).
 *
 * <p>PER, ORG and LOC mentions become names; the others are dropped. Where mentions overlap (a few
 * nested names), the longer one is kept.
 */
public final class ReDocRedReader {

  /** The files read from the Re-DocRED folder, in this order. */
  public static final List<String> FILES = List.of("dev_revised.json", "test_revised.json");

  /** Single-token LOC mentions seen at least this often count as location words. */
  private static final int MIN_LOCATION_WORD_COUNT = 2;

  /**
   * The documents read, and what they teach about single words.
   *
   * @param documents every document of every file
   * @param locationWords single tokens Re-DocRED tags LOC at least twice and more often than all
   *     other types together, such as the demonyms "German" and "American"
   */
  public record Corpus(List<TrainingDocument> documents, Set<String> locationWords) {
    public Corpus {
      documents = List.copyOf(documents);
      locationWords = Set.copyOf(locationWords);
    }
  }

  private ReDocRedReader() {}

  /**
   * Reads the {@link #FILES} in {@code folder}.
   *
   * @throws CorpusException naming the file and document when one is missing or malformed
   */
  public static Corpus read(Path folder) {
    ObjectMapper json = new ObjectMapper();
    List<TrainingDocument> documents = new ArrayList<>();
    Map<String, Map<String, Integer>> singleTokenTypes = new HashMap<>();
    for (String name : FILES) {
      Path file = folder.resolve(name);
      JsonNode root = documents(json, file);
      String prefix = "redocred-" + name.substring(0, name.indexOf('_')) + ":";
      for (int d = 0; d < root.size(); d++) {
        String where = file + ": document " + d;
        documents.add(document(prefix + d, root.get(d), where, singleTokenTypes));
      }
    }
    return new Corpus(documents, locationWords(singleTokenTypes));
  }

  private static TrainingDocument document(
      String id, JsonNode doc, String where, Map<String, Map<String, Integer>> singleTokenTypes) {
    JsonNode sents = required(doc, "sents", where);
    List<String[]> tokens = new ArrayList<>();
    List<List<Span>> names = new ArrayList<>();
    for (JsonNode sent : sents) {
      String[] words = new String[sent.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = sent.get(i).asText();
      }
      tokens.add(words);
      names.add(new ArrayList<>());
    }
    for (JsonNode entity : required(doc, "vertexSet", where)) {
      for (JsonNode mention : entity) {
        Span span = mention(mention, tokens, where);
        if (span.length() == 1) {
          String word = tokens.get(mention.get("sent_id").asInt())[span.getStart()];
          singleTokenTypes
              .computeIfAbsent(word, w -> new HashMap<>())
              .merge(span.getType(), 1, Integer::sum);
        }
        String type = mapType(span.getType());
        if (type != null) {
          names
              .get(mention.get("sent_id").asInt())
              .add(new Span(span.getStart(), span.getEnd(), type));
        }
      }
    }
    List<NameSample> samples = new ArrayList<>();
    for (int s = 0; s < tokens.size(); s++) {
      samples.add(new NameSample(tokens.get(s), withoutOverlaps(names.get(s)), s == 0));
    }
    return new TrainingDocument(id, samples);
  }

  private static Span mention(JsonNode mention, List<String[]> tokens, String where) {
    int sentence = required(mention, "sent_id", where).asInt(-1);
    JsonNode pos = required(mention, "pos", where);
    String type = required(mention, "type", where).asText();
    if (sentence < 0 || sentence >= tokens.size()) {
      throw new CorpusException(
          where + ": mention sent_id " + sentence + " outside 0.." + (tokens.size() - 1));
    }
    int start = pos.path(0).asInt(-1);
    int end = pos.path(1).asInt(-1);
    int length = tokens.get(sentence).length;
    if (start < 0 || end <= start || end > length) {
      throw new CorpusException(
          where
              + ": mention pos "
              + pos
              + " outside sentence "
              + sentence
              + " of "
              + length
              + " tokens");
    }
    return new Span(start, end, type);
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new CorpusException(where + ": missing field '" + field + "'");
    }
    return value;
  }

  /** Keeps the longest of overlapping names (the earliest among equals), in sentence order. */
  private static Span[] withoutOverlaps(List<Span> names) {
    List<Span> byLength = new ArrayList<>(names);
    byLength.sort(
        Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::getStart));
    List<Span> kept = new ArrayList<>();
    for (Span candidate : byLength) {
      if (kept.stream().noneMatch(k -> k.intersects(candidate))) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Span::getStart));
    return kept.toArray(Span[]::new);
  }

  private static Set<String> locationWords(Map<String, Map<String, Integer>> singleTokenTypes) {
    Set<String> words = new TreeSet<>();
    singleTokenTypes.forEach(
        (word, counts) -> {
          int loc = counts.getOrDefault("LOC", 0);
          int other = counts.values().stream().mapToInt(Integer::intValue).sum() - loc;
          if (loc >= MIN_LOCATION_WORD_COUNT && loc > other) {
            words.add(word);
          }
        });
    return words;
  }

  private static String mapType(String type) {
    return switch (type) {
      case "PER" -> NameTypes.PERSON;
      case "ORG" -> NameTypes.ORGANIZATION;
      case "LOC" -> NameTypes.LOCATION;
      default -> null;
    };
  }

  /**
   * The documents of one Re-DocRED file: its top-level JSON array.
   *
   * @throws CorpusException naming the file when it cannot be read or is not an array
   */
  static JsonNode documents(ObjectMapper json, Path file) {
    JsonNode root;
    try {
      root = json.readTree(file.toFile());
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read Re-DocRED file", e);
    }
    if (root == null || !root.isArray()) {
      throw new CorpusException(file + ": expected a JSON array of documents");
    }
    return root;
  }
}
