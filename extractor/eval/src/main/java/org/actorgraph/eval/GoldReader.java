package org.actorgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a gold file ({@code NAME.gold.json}, format in {@code /work/shared/eval/README.md}) or a
 * dump written by {@link DumpWriter} into an {@link EvalDocument}.
 *
 * <p>Every problem is an {@link EvalInputException} naming the file and the JSON path: {@code
 * news-02.gold.json: relations[3].o: unknown entity id 'usa'}. Unknown keys are rejected (a
 * misspelt {@code wikidta} would otherwise silently drop the measure), except {@code licence}.
 *
 * <p>Design decision: a gold file must be closed (every relation end, party and speaker is an
 * entity id of the file, and {@code doc} equals the file name); a dump is read with {@link
 * #readExtracted} which does not require this, because an extraction may relate nodes it did not
 * type as an entity, and those must still count against precision when it is re-scored.
 */
public final class GoldReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DOC_KEYS =
      Set.of("doc", "date", "licence", "entities", "relations", "agreements", "quotes", "partial");
  private static final Set<String> ENTITY_KEYS =
      Set.of("id", "type", "names", "wikidata", "confidence");
  private static final Set<String> RELATION_KEYS =
      Set.of("s", "p", "o", "role", "cameo", "confidence");
  private static final Set<String> AGREEMENT_KEYS =
      Set.of("id", "names", "kind", "parties", "status", "date", "confidence");
  private static final Set<String> QUOTE_KEYS = Set.of("speaker", "starts", "confidence");

  private final String where;
  private final boolean closed;
  private final Set<String> entityIds = new HashSet<>();

  private GoldReader(String where, boolean closed) {
    this.where = where;
    this.closed = closed;
  }

  /** Reads a gold file, which must be closed (see the class comment). */
  public static EvalDocument read(Path file) {
    EvalDocument doc = new GoldReader(file.toString(), true).parse(load(file));
    String name = file.getFileName().toString();
    String expected = name.endsWith(".gold.json") ? name.substring(0, name.length() - 10) : null;
    if (expected != null && !expected.equals(doc.doc())) {
      throw new EvalInputException(
          file.toString(), "doc '" + doc.doc() + "' does not match the file name " + name);
    }
    return doc;
  }

  /** Reads a dump written by {@link DumpWriter}; references need not resolve. */
  public static EvalDocument readExtracted(Path file) {
    return new GoldReader(file.toString(), false).parse(load(file));
  }

  /** Reads gold JSON from a string; {@code where} names it in errors. */
  public static EvalDocument read(String where, String json) {
    return new GoldReader(where, true).parse(parse(where, json));
  }

  /** Reads dump JSON from a string; references need not resolve. */
  public static EvalDocument readExtracted(String where, String json) {
    return new GoldReader(where, false).parse(parse(where, json));
  }

  private static JsonNode parse(String where, String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new EvalInputException(where, "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode load(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new EvalInputException(
          file.toString(),
          "not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new EvalInputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private EvalDocument parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw problem("", "expected a JSON object");
    }
    keys(root, "", DOC_KEYS);
    String doc = text(root, "", "doc");
    Optional<String> date = optionalText(root, "", "date");
    List<EvalEntity> entities = list(root, "entities", this::entity);
    List<EvalRelation> relations = list(root, "relations", this::relation);
    List<EvalAgreement> agreements = list(root, "agreements", this::agreement);
    List<EvalQuote> quotes = list(root, "quotes", this::quote);
    Set<String> partial = new LinkedHashSet<>();
    if (root.has("partial")) {
      List<String> names = texts(root, "", "partial");
      for (int i = 0; i < names.size(); i++) {
        if (!GoldTerms.PARTIAL_NAMES.contains(names.get(i))) {
          throw problem(
              "partial[" + i + "]",
              "'" + names.get(i) + "' is not one of " + String.join(", ", GoldTerms.PARTIAL_NAMES));
        }
      }
      partial.addAll(names);
    }
    return new EvalDocument(doc, date, entities, relations, agreements, quotes, partial);
  }

  private <T> List<T> list(JsonNode root, String key, BiFunction<JsonNode, String, T> item) {
    JsonNode array = root.get(key);
    if (array == null) {
      return List.of();
    }
    if (!array.isArray()) {
      throw problem(key, "expected a list");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = key + "[" + i + "]";
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        throw problem(path, "expected an object");
      }
      try {
        out.add(item.apply(node, path));
      } catch (IllegalArgumentException e) {
        throw problem(path, e.getMessage());
      }
    }
    return out;
  }

  private EvalEntity entity(JsonNode node, String path) {
    keys(node, path, ENTITY_KEYS);
    String id = text(node, path, "id");
    if (!entityIds.add(id)) {
      throw problem(path + ".id", "duplicate entity id '" + id + "'");
    }
    String type = text(node, path, "type");
    Checks.oneOf(type, GoldTerms.TYPES, "type");
    return new EvalEntity(
        id,
        type,
        texts(node, path, "names"),
        optionalText(node, path, "wikidata"),
        confidence(node, path));
  }

  private EvalRelation relation(JsonNode node, String path) {
    keys(node, path, RELATION_KEYS);
    JsonNode p = node.get("p");
    List<String> predicates =
        p != null && p.isArray() ? texts(node, path, "p") : List.of(text(node, path, "p"));
    return new EvalRelation(
        reference(node, path, "s"),
        predicates,
        reference(node, path, "o"),
        optionalText(node, path, "role"),
        optionalText(node, path, "cameo"),
        confidence(node, path));
  }

  private EvalAgreement agreement(JsonNode node, String path) {
    keys(node, path, AGREEMENT_KEYS);
    List<String> parties = texts(node, path, "parties");
    for (int i = 0; i < parties.size(); i++) {
      checkReference(parties.get(i), path + ".parties[" + i + "]");
    }
    return new EvalAgreement(
        text(node, path, "id"),
        texts(node, path, "names"),
        optionalText(node, path, "kind"),
        parties,
        optionalText(node, path, "status"),
        optionalText(node, path, "date"),
        confidence(node, path));
  }

  private EvalQuote quote(JsonNode node, String path) {
    keys(node, path, QUOTE_KEYS);
    return new EvalQuote(
        reference(node, path, "speaker"), text(node, path, "starts"), confidence(node, path));
  }

  private String reference(JsonNode node, String path, String key) {
    String id = text(node, path, key);
    checkReference(id, path + "." + key);
    return id;
  }

  private void checkReference(String id, String path) {
    if (closed && !entityIds.contains(id)) {
      throw problem(path, "unknown entity id '" + id + "'");
    }
  }

  private void keys(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw problem(path, "unknown key '" + key + "'");
      }
    }
  }

  private String text(JsonNode node, String path, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw problem(join(path, key), "missing");
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw problem(join(path, key), "expected a non-empty string (found " + value + ")");
    }
    return value.asText();
  }

  private Optional<String> optionalText(JsonNode node, String path, String key) {
    return node.hasNonNull(key) ? Optional.of(text(node, path, key)) : Optional.empty();
  }

  private List<String> texts(JsonNode node, String path, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isArray()) {
      throw problem(join(path, key), "expected a list of strings (found " + value + ")");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode each = value.get(i);
      if (!each.isTextual() || each.asText().isBlank()) {
        throw problem(join(path, key) + "[" + i + "]", "expected a non-empty string");
      }
      out.add(each.asText());
    }
    return out;
  }

  private OptionalDouble confidence(JsonNode node, String path) {
    JsonNode value = node.get("confidence");
    if (value == null || value.isNull()) {
      return OptionalDouble.empty();
    }
    if (!value.isNumber()) {
      throw problem(join(path, "confidence"), "expected a number (found " + value + ")");
    }
    return OptionalDouble.of(value.asDouble());
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private EvalInputException problem(String path, String message) {
    return new EvalInputException(path.isEmpty() ? where : where + ": " + path, message);
  }
}
