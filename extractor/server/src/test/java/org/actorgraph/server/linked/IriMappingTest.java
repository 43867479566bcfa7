package org.actorgraph.server.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class IriMappingTest {

  private final IriMapping mapping = new IriMapping("https://w3id.org/actorgraph/id/", "");

  @Test
  void aPathBelowIdIsAnIriBelowTheBase() {
    assertEquals(
        Optional.of(NodeFactory.createURI("https://w3id.org/actorgraph/id/entity/Q1")),
        mapping.iri("entity/Q1"));
  }

  @Test
  void pathsThatCannotBeMintedIrisAreRefused() {
    assertEquals(Optional.empty(), mapping.iri(""));
    assertEquals(Optional.empty(), mapping.iri("entity/a b"));
    assertEquals(Optional.empty(), mapping.iri("entity/<x>"));
    assertEquals(Optional.empty(), mapping.iri("entity//x"));
  }

  @Test
  void dataIrisLinkToThisServerOthersToThemselves() {
    assertEquals(
        Optional.of("/id/article/ab#s3"),
        mapping.href(NodeFactory.createURI("https://w3id.org/actorgraph/id/article/ab#s3")));
    assertEquals(
        Optional.of("https://www.wikidata.org/wiki/Q1"),
        mapping.href(NodeFactory.createURI("https://www.wikidata.org/wiki/Q1")));
    assertEquals(Optional.empty(), mapping.href(NodeFactory.createURI("urn:x:y")));
    assertEquals(Optional.empty(), mapping.href(NodeFactory.createLiteralString("text")));
  }

  @Test
  void theBaseMustEndInASlash() {
    assertThrows(IllegalArgumentException.class, () -> new IriMapping("https://x.org/id", ""));
  }
}
