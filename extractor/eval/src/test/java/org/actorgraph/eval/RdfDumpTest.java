package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class RdfDumpTest {

  static final String ARTICLE_A1 = "https://w3id.org/actorgraph/id/article/00000000000000a1";
  static final String ARTICLE_A2 = "https://w3id.org/actorgraph/id/article/00000000000000a2";

  /** The hand-made extraction: the seed article's graph and a second article's graph. */
  static Dataset fixture() {
    Dataset ds = DatasetFactory.createTxnMem();
    try (InputStream in = RdfDumpTest.class.getResourceAsStream("seed-extraction.trig")) {
      RDFDataMgr.read(ds, in, Lang.TRIG);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ds;
  }

  static Path resource(String name) throws Exception {
    return Path.of(RdfDumpTest.class.getResource(name).toURI());
  }

  @Test
  void readsTheArticleGraphIntoTheGoldShape() throws Exception {
    EvalDocument dump = RdfDump.readArticle(fixture(), "seed-ecuador-noboa");
    EvalDocument expected = GoldReader.readExtracted(resource("seed-extraction.expected.json"));
    assertEquals(expected, dump);
  }

  @Test
  void aContestGivesOneOpponentPairPerTwoContestantsAndCameoIsTheCodeOfTheConcept() {
    EvalDocument dump = RdfDump.readArticle(fixture(), "seed-ecuador-noboa");
    List<EvalRelation> opponents =
        dump.relations().stream().filter(r -> r.p().equals(List.of("opponentOf"))).toList();
    assertEquals(3, opponents.size());
    EvalRelation interaction =
        dump.relations().stream()
            .filter(r -> r.p().equals(List.of("interaction")))
            .findFirst()
            .orElseThrow();
    assertEquals(java.util.Optional.of("04"), interaction.cameo());
  }

  @Test
  void theDumpReadsBackAsTheSameDocument() {
    EvalDocument dump = RdfDump.readArticle(fixture(), "seed-ecuador-noboa");
    assertEquals(dump, GoldReader.readExtracted("dump", DumpWriter.toJson(dump)));
  }

  @Test
  void readsANamedGraphGivenByName() {
    EvalDocument other =
        RdfDump.read(fixture().asDatasetGraph(), NodeFactory.createURI(ARTICLE_A2), "other");
    assertEquals(1, other.entities().size());
    assertEquals(List.of("Mexico"), other.entities().get(0).names());
  }

  @Test
  void theOnlyNamedGraphIsReadWhateverItsArticleId() {
    Dataset ds = DatasetFactory.createTxnMem();
    ds.addNamedModel(ARTICLE_A2, fixture().getNamedModel(ARTICLE_A2));
    assertEquals("Mexico", RdfDump.readArticle(ds, "news-05").entities().get(0).names().get(0));
  }

  @Test
  void anArticleMissingAmongSeveralGraphsIsReported() {
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> RdfDump.readArticle(fixture(), "news-05"));
    assertEquals(
        "news-05: no named graph holds an ag:Article with ag:articleId 'news-05' and the dataset"
            + " has 2 named graphs, not one",
        e.getMessage());
  }

  @Test
  void anEntityWithoutALabelIsReported() {
    Dataset ds = DatasetFactory.createTxnMem();
    RDFDataMgr.read(
        ds,
        new java.io.StringReader("<urn:g> { <urn:e> a <https://w3id.org/actorgraph/ns#Person> . }"),
        null,
        Lang.TRIG);
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> RdfDump.readArticle(ds, "x"));
    assertEquals("x: entity <urn:e> has no rdfs:label", e.getMessage());
  }
}
