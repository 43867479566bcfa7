package org.actorgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class CameoSchemeTest {

  private static final Model CAMEO = Ontology.cameo();
  private static final List<String> LABELS =
      List.of(
          "Make public statement",
          "Appeal",
          "Express intent to cooperate",
          "Consult",
          "Engage in diplomatic cooperation",
          "Engage in material cooperation",
          "Provide aid",
          "Yield",
          "Investigate",
          "Demand",
          "Disapprove",
          "Reject",
          "Threaten",
          "Protest",
          "Exhibit force posture",
          "Reduce relations",
          "Coerce",
          "Assault",
          "Fight",
          "Engage in unconventional mass violence");

  private static String code(int n) {
    return String.format("%02d", n);
  }

  private static String quadFor(int n) {
    if (n <= 5) {
      return "verbalCooperation";
    }
    if (n <= 8) {
      return "materialCooperation";
    }
    return n <= 13 ? "verbalConflict" : "materialConflict";
  }

  @Test
  void theTwentyRootCategoriesHaveNotationLabelAndDefinition() {
    Resource scheme = CAMEO.createResource(AG.CAMEO);
    for (int n = 1; n <= 20; n++) {
      Resource root = AG.cameo(code(n)).inModel(CAMEO);
      assertTrue(CAMEO.contains(root, RDF.type, SKOS.Concept), code(n));
      assertTrue(CAMEO.contains(root, SKOS.inScheme, scheme), code(n));
      assertEquals(code(n), root.getProperty(SKOS.notation).getString());
      assertEquals(LABELS.get(n - 1), root.getProperty(SKOS.prefLabel).getString());
      assertTrue(root.getProperty(SKOS.definition).getString().length() > 20, code(n));
    }
  }

  @Test
  void eachRootCategoryIsUnderItsQuadClass() {
    for (int n = 1; n <= 20; n++) {
      Resource root = AG.cameo(code(n)).inModel(CAMEO);
      List<RDFNode> broader = CAMEO.listObjectsOfProperty(root, SKOS.broader).toList();
      assertEquals(List.of(CAMEO.createResource(AG.CAMEO + quadFor(n))), broader, code(n));
    }
  }

  @Test
  void theFourQuadClassesAreTheTopConcepts() {
    Resource scheme = CAMEO.createResource(AG.CAMEO);
    List<String> tops =
        CAMEO.listObjectsOfProperty(scheme, SKOS.hasTopConcept).toList().stream()
            .map(t -> t.asResource().getLocalName())
            .sorted()
            .toList();
    assertEquals(
        List.of("materialConflict", "materialCooperation", "verbalConflict", "verbalCooperation"),
        tops);
    assertEquals(24, CAMEO.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size());
  }
}
