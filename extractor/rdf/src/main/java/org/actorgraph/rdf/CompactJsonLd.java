package org.actorgraph.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset as compact JSON-LD with the ontology's context ({@code
 * ontology/context.jsonld}): terms by their local names ({@code "holder"}, {@code "Position"},
 * {@code "roleStatus": "roleCurrent"}), one {@code @graph} entry per named graph, holding that
 * graph's nodes.
 *
 * <p>Design decision: the context is embedded in the document rather than referenced by its IRI, so
 * that the file reads back (with Jena or any JSON-LD 1.1 processor) without a network fetch; it is
 * the same context the server publishes at {@code /ontology/context.jsonld}.
 */
public final class CompactJsonLd {

  private CompactJsonLd() {}

  /** Writes {@code dataset} to {@code out} as pretty-printed compact JSON-LD 1.1 in UTF-8. */
  public static void write(DatasetGraph dataset, OutputStream out) {
    JsonObject compacted = compact(dataset);
    Map<String, Object> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
    try (JsonWriter writer = Json.createWriterFactory(config).createWriter(out)) {
      writer.writeObject(compacted);
    }
  }

  /** The same object with {@code @context} as its first key, where a reader looks for it. */
  private static JsonObject contextFirst(JsonObject compacted) {
    JsonObjectBuilder ordered = Json.createObjectBuilder();
    if (compacted.containsKey("@context")) {
      ordered.add("@context", compacted.get("@context"));
    }
    compacted.forEach(
        (key, value) -> {
          if (!key.equals("@context")) {
            ordered.add(key, value);
          }
        });
    return ordered.build();
  }

  /** The dataset compacted with the ontology's context. */
  static JsonObject compact(DatasetGraph dataset) {
    ByteArrayOutputStream expanded = new ByteArrayOutputStream();
    RDFDataMgr.write(expanded, dataset, RDFFormat.JSONLD11_PLAIN);
    try {
      JsonDocument input =
          JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8)));
      JsonDocument context = JsonDocument.of(new StringReader(Ontology.jsonLdContext()));
      return contextFirst(JsonLd.compact(input, context).get());
    } catch (JsonLdError e) {
      throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
    }
  }
}
