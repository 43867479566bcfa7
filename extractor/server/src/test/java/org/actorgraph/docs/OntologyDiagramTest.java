package org.actorgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.vocab.Ontology;
import org.junit.jupiter.api.Test;

class OntologyDiagramTest {

  private static final String DIAGRAM = OntologyDiagram.mermaid(Ontology.ontology());

  @Test
  void drawsSubclassesRolesAndAttributes() {
    assertTrue(DIAGRAM.startsWith("classDiagram\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("  Actor <|-- Country\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("  Place <|-- Country\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("  Position --> Person : holder\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("  Position --> Organisation : organisation\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("  Position --> Place : organisation\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("    double confidence\n"), DIAGRAM);
    assertTrue(DIAGRAM.contains("    Concept roleStatus\n"), DIAGRAM);
  }

  @Test
  void leavesOutInversesAndSubPropertiesOfOtherTerms() {
    assertTrue(!DIAGRAM.contains(": partyTo"), "partyTo repeats party");
    assertTrue(!DIAGRAM.contains(": headOf"), "headOf repeats holdsPositionIn");
  }

  @Test
  void theReadmeHoldsTheCurrentDiagram() {
    String readme = Ontology.text("README.md");
    String block = "```mermaid\n" + DIAGRAM + "```\n";
    assertEquals(
        true,
        readme.contains(block),
        "ontology/README.md must contain the generated diagram; replace its mermaid block with:\n"
            + block);
  }
}
