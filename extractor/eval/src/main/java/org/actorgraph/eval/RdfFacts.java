package org.actorgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gathers the SPARQL rows {@link RdfDump} reads, one holder per node or assertion. */
final class RdfFacts {

  private static final Logger LOG = LoggerFactory.getLogger(RdfFacts.class);

  private RdfFacts() {}

  /** The key/value rows of one node, gathered. */
  static final class NodeFacts {
    final String id;
    final Map<String, Set<String>> values = new LinkedHashMap<>();
    final List<String> labels = new ArrayList<>();

    NodeFacts(String id) {
      this.id = id;
    }

    void add(Binding row) {
      String key = row.get("key").getLiteralLexicalForm();
      Node value = row.get("value");
      if (value == null) {
        return;
      }
      String text = key.equals("type") ? RdfDump.lastSegment(RdfDump.id(value)) : RdfDump.id(value);
      if (key.equals("label") && !labels.contains(text)) {
        labels.add(text);
      }
      values.computeIfAbsent(key, k -> new TreeSet<>()).add(text);
    }

    Set<String> values(String key) {
      return values.getOrDefault(key, Set.of());
    }

    Optional<String> single(String key) {
      Set<String> all = values(key);
      if (all.size() > 1) {
        LOG.info("<{}> has {} values for {}: {}; taking the first", id, all.size(), key, all);
      }
      return all.stream().findFirst();
    }

    List<String> names(String doc, String what) {
      List<String> names = new ArrayList<>(new TreeSet<>(labels));
      for (String alt : values("alt")) {
        if (!names.contains(alt)) {
          names.add(alt);
        }
      }
      if (names.isEmpty()) {
        throw new EvalInputException(doc, what + " <" + id + "> has no rdfs:label");
      }
      return names;
    }

    OptionalDouble confidence() {
      return values("confidence").stream().mapToDouble(Double::parseDouble).max();
    }
  }

  /** The rows of one assertion and one (subject, predicate, object). */
  static final class RelationFacts {
    final Set<String> roles = new TreeSet<>();
    final Set<String> cameos = new TreeSet<>();
    OptionalDouble confidence = OptionalDouble.empty();

    void add(Binding row) {
      Optional.ofNullable(row.get("role")).ifPresent(n -> roles.add(n.getLiteralLexicalForm()));
      Optional.ofNullable(row.get("cameo"))
          .ifPresent(n -> cameos.add(RdfDump.lastSegment(RdfDump.id(n))));
      Node c = row.get("conf");
      if (c != null) {
        double value = Double.parseDouble(c.getLiteralLexicalForm());
        if (confidence.isEmpty() || value > confidence.getAsDouble()) {
          confidence = OptionalDouble.of(value);
        }
      }
    }

    List<EvalRelation> relations(String p, String s, String o) {
      Optional<String> role =
          roles.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", roles));
      if (cameos.isEmpty()) {
        return List.of(EvalRelation.of(s, p, o, role, Optional.empty(), confidence));
      }
      return cameos.stream()
          .map(code -> EvalRelation.of(s, p, o, role, Optional.of(code), confidence))
          .toList();
    }
  }
}
