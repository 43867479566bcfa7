package org.actorgraph.export;

import java.util.HashMap;
import java.util.Map;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/** The English labels of the CAMEO root categories, from the ontology's CAMEO scheme. */
final class CameoLabels {

  private static final Map<String, String> ROOTS = load();

  private CameoLabels() {}

  private static Map<String, String> load() {
    Model cameo = Ontology.cameo();
    Map<String, String> out = new HashMap<>();
    for (int i = 1; i <= 20; i++) {
      String code = String.format("%02d", i);
      Statement s = cameo.getResource(AG.CAMEO + code).getProperty(SKOS.prefLabel);
      if (s != null) {
        out.put(code, s.getString());
      }
    }
    return Map.copyOf(out);
  }

  /** An edge's label: "04 Consult" for an interaction with a root, else the kind's label. */
  static String edgeLabel(RelationKind kind, String cameoRoot) {
    if (cameoRoot == null) {
      return kind.label();
    }
    String label = ROOTS.get(cameoRoot);
    return label == null ? cameoRoot : cameoRoot + " " + label;
  }
}
