package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

  private static final String FUSEKI = "http://jena.apache.org/fuseki#";

  private static List<RDFNode> objects(Model m, org.apache.jena.rdf.model.Property p) {
    return m.listStatements(null, p, (RDFNode) null).mapWith(Statement::getObject).toList();
  }

  @Test
  void movesTheDatabaseAndTheIndexIntoTheDataFolder() {
    Path dataDir = Path.of("/srv/actorgraph/data");
    Model located = StoreConfig.withDataDir(StoreConfig.readDefault(), dataDir);

    assertEquals(
        List.of("/srv/actorgraph/data/tdb2"),
        objects(located, VocabTDB2.pLocation).stream()
            .map(n -> n.asLiteral().getString())
            .toList());
    assertEquals(
        List.of("/srv/actorgraph/data/lucene"),
        objects(located, TextVocab.pDirectory).stream()
            .map(n -> n.asLiteral().getString())
            .toList());
  }

  @Test
  void leavesTheOriginalConfigurationUntouched() {
    Model config = StoreConfig.readDefault();
    StoreConfig.withDataDir(config, Path.of("/tmp/elsewhere"));

    assertEquals("data/tdb2", objects(config, VocabTDB2.pLocation).get(0).asLiteral().getString());
  }

  @Test
  void theEntityMapIsAnIriBecauseTheTextAssemblerLooksItUpByIri() {
    List<RDFNode> maps = objects(StoreConfig.readDefault(), TextVocab.pEntityMap);
    assertEquals(1, maps.size());
    assertTrue(maps.get(0).isURIResource(), maps.get(0).toString());
  }

  @Test
  void onlyTheAdminServiceRequiresALogin() {
    Model config = StoreConfig.readDefault();
    List<Statement> restricted =
        config
            .listStatements(
                null, ResourceFactory.createProperty(FUSEKI, "allowedUsers"), (RDFNode) null)
            .toList();

    assertEquals(1, restricted.size());
    Statement only = restricted.get(0);
    assertEquals("admin", only.getString());
    assertEquals(
        "kg-admin",
        only.getSubject().getProperty(ResourceFactory.createProperty(FUSEKI, "name")).getString());
  }

  @Test
  void aConfigurationWithTwoDatabasesIsRejectedNamingTheProperty() {
    Model config = StoreConfig.readDefault();
    config.add(
        config.createResource("urn:x:second"), VocabTDB2.pLocation, config.createLiteral("other"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StoreConfig.withDataDir(config, Path.of("d")));
    assertTrue(e.getMessage().contains("tdb2:location (found 2)"), e.getMessage());
  }

  @Test
  void aMissingConfigurationFileIsNamedInTheError() {
    Path missing = Path.of("no/such/config.ttl");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StoreConfig.read(missing));
    assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
  }
}
