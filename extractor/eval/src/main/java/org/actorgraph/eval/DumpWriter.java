package org.actorgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes an {@link EvalDocument} as JSON in the gold file's own shape, so that an extraction can be
 * read back with {@link GoldReader#readExtracted} and scored again, or compared by eye with its
 * gold file. Extracted items carry a {@code confidence} key; absent values are left out; a single
 * predicate is written as a string, several as a list; {@code partial} is written only when not
 * empty (sorted).
 */
public final class DumpWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DumpWriter() {}

  /** The document as pretty-printed JSON. */
  public static String toJson(EvalDocument document) {
    try {
      return JSON.writeValueAsString(tree(document)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + document.doc() + " as JSON", e);
    }
  }

  /** Writes the document to {@code file}, creating its directory. */
  public static void write(EvalDocument document, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Files.writeString(file, toJson(document));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dump " + file, e);
    }
  }

  /** The document as a Jackson tree. */
  public static ObjectNode tree(EvalDocument document) {
    ObjectNode root = JSON.createObjectNode();
    root.put("doc", document.doc());
    put(root, "date", document.date());
    if (!document.partial().isEmpty()) {
      strings(root.putArray("partial"), document.partial().stream().sorted().toList());
    }
    ArrayNode entities = root.putArray("entities");
    for (EvalEntity e : document.entities()) {
      ObjectNode node = entities.addObject().put("id", e.id()).put("type", e.type());
      strings(node.putArray("names"), e.names());
      put(node, "wikidata", e.wikidata());
      put(node, e.confidence());
    }
    ArrayNode relations = root.putArray("relations");
    for (EvalRelation r : document.relations()) {
      ObjectNode node = relations.addObject().put("s", r.s());
      if (r.p().size() == 1) {
        node.put("p", r.p().get(0));
      } else {
        strings(node.putArray("p"), r.p());
      }
      node.put("o", r.o());
      put(node, "role", r.role());
      put(node, "cameo", r.cameo());
      put(node, r.confidence());
    }
    ArrayNode agreements = root.putArray("agreements");
    for (EvalAgreement a : document.agreements()) {
      ObjectNode node = agreements.addObject().put("id", a.id());
      strings(node.putArray("names"), a.names());
      put(node, "kind", a.kind());
      strings(node.putArray("parties"), a.parties());
      put(node, "status", a.status());
      put(node, "date", a.date());
      put(node, a.confidence());
    }
    ArrayNode quotes = root.putArray("quotes");
    for (EvalQuote q : document.quotes()) {
      put(quotes.addObject().put("speaker", q.speaker()).put("starts", q.starts()), q.confidence());
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void put(ObjectNode node, String key, Optional<String> value) {
    value.ifPresent(v -> node.put(key, v));
  }

  private static void put(ObjectNode node, OptionalDouble confidence) {
    confidence.ifPresent(c -> node.put("confidence", c));
  }
}
