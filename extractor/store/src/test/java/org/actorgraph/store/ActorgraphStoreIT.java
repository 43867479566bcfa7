package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorgraphStoreIT {

  private static final String ID = "https://w3id.org/actorgraph/id/";
  private static final Node ARTICLE = NodeFactory.createURI(ID + "article/0123456789abcdef");
  private static final String PREFIXES =
      "PREFIX text: <http://jena.apache.org/text#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX ag: <https://w3id.org/actorgraph/ns#>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

  @TempDir Path dataDir;
  private ActorgraphStore store;

  @BeforeEach
  void open() {
    store = ActorgraphStore.open(dataDir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Graph article(String personName, String sentence) {
    Model m = ModelFactory.createDefaultModel();
    Resource person = m.createResource(ID + "person/9c1e0000");
    person.addProperty(RDF.type, AG.Person).addProperty(RDFS.label, personName);
    m.createResource(ARTICLE.getURI() + "#s0")
        .addProperty(RDF.type, AG.Sentence)
        .addProperty(AG.text, sentence);
    return m.getGraph();
  }

  private List<String> select(String query) {
    Dataset ds = store.dataset();
    List<String> rows = new ArrayList<>();
    Txn.executeRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.create(PREFIXES + query, ds)) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.get("x").toString()));
          }
        });
    return rows;
  }

  private long namedGraphSize() {
    Dataset ds = store.dataset();
    return Txn.calculateRead(ds, () -> (long) ds.asDatasetGraph().getGraph(ARTICLE).size());
  }

  private long vocabularyTriples() {
    Dataset ds = store.dataset();
    return Txn.calculateRead(
        ds,
        () ->
            (long) ds.asDatasetGraph().getGraph(ActorgraphStore.ONTOLOGY_GRAPH).size()
                + ds.asDatasetGraph().getGraph(ActorgraphStore.CAMEO_GRAPH).size());
  }

  @Test
  void theVocabulariesAreInTheirOwnGraphsOnceHoweverOftenTheStoreIsOpened() {
    long expected = Ontology.ontology().size() + Ontology.cameo().size();
    assertEquals(expected, vocabularyTriples());
    store.close();
    store = ActorgraphStore.open(dataDir);
    assertEquals(expected, vocabularyTriples(), "opening again adds nothing");
    assertEquals(
        List.of("https://w3id.org/actorgraph/cameo/verbalCooperation"),
        select("SELECT ?x { <https://w3id.org/actorgraph/cameo/04> skos:broader ?x }"));
  }

  @Test
  void aChangedVocabularyGraphIsReplacedOnOpen() {
    Dataset ds = store.dataset();
    Txn.executeWrite(
        ds,
        () ->
            ds.asDatasetGraph()
                .add(
                    ActorgraphStore.ONTOLOGY_GRAPH,
                    NodeFactory.createURI("urn:x:old"),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralString("from an older version")));
    store.close();
    store = ActorgraphStore.open(dataDir);
    assertEquals(Ontology.ontology().size() + Ontology.cameo().size(), vocabularyTriples());
    assertEquals(List.of(), select("SELECT ?x { <urn:x:old> rdfs:label ?x }"));
  }

  @Test
  void replacingAGraphTwiceKeepsOneCopy() {
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));

    assertEquals(4, namedGraphSize());
    assertEquals(1, select("SELECT ?x { ?x text:query (rdfs:label 'Noboa') }").size());
    assertEquals(1, select("SELECT ?x { ?x text:query (ag:text 'Lula') }").size());
  }

  @Test
  void replacingAGraphRemovesItsOldLabelsFromTheTextIndex() {
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));
    store.replaceGraph(ARTICLE, article("Luisa González", "González spoke."));

    assertEquals(List.of(), select("SELECT ?x { ?x text:query (rdfs:label 'Noboa') }"));
    assertEquals(
        List.of(ID + "person/9c1e0000"),
        select("SELECT ?x { ?x text:query (rdfs:label 'González') }"));
  }

  @Test
  void aFailureWhileWritingLeavesThePreviousGraph() {
    Graph before = article("Daniel Noboa", "Noboa met Lula.");
    store.replaceGraph(ARTICLE, before);

    Graph failing = new FailingAfterTwoTriples(article("Luisa González", "González spoke."));
    assertThrows(IllegalStateException.class, () -> store.replaceGraph(ARTICLE, failing));

    Dataset ds = store.dataset();
    assertTrue(
        Txn.calculateRead(
            ds, () -> ds.asDatasetGraph().getGraph(ARTICLE).isIsomorphicWith(before)));
    assertEquals(1, select("SELECT ?x { ?x text:query (rdfs:label 'Noboa') }").size());
    assertEquals(List.of(), select("SELECT ?x { ?x text:query (rdfs:label 'González') }"));
  }

  @Test
  void textQueryFindsALabelInsideItsNamedGraph() {
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));

    assertEquals(
        List.of(ID + "person/9c1e0000"),
        select("SELECT ?x { GRAPH <" + ARTICLE.getURI() + "> { ?x text:query 'Daniel' } }"));
  }

  @Test
  void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));

    assertEquals(
        List.of(ID + "person/9c1e0000"),
        select("SELECT ?x { ?x a ag:Person ; rdfs:label 'Daniel Noboa' }"));
  }

  @Test
  void theDatasetCarriesTheConfiguredQueryTimeout() {
    assertEquals("30000", store.dataset().getContext().getAsString(ARQ.queryTimeout));
  }

  @Test
  void aClosedStoreCanBeOpenedAgainAndKeepsItsData() {
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));
    store.close();

    store = ActorgraphStore.open(dataDir);
    store.replaceGraph(ARTICLE, article("Daniel Noboa", "Noboa met Lula."));

    assertEquals(4, namedGraphSize());
    assertEquals(1, select("SELECT ?x { ?x text:query (rdfs:label 'Noboa') }").size());
  }

  @Test
  void openingAnOpenDataFolderAgainSaysItIsInUse() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ActorgraphStore.open(dataDir));
    assertTrue(e.getMessage().contains("already open"), e.getMessage());
    assertFalse(store.dataset().isInTransaction());
  }

  /** A real graph whose iteration breaks after two triples, as a failing producer would. */
  private static final class FailingAfterTwoTriples extends GraphWrapper {
    FailingAfterTwoTriples(Graph graph) {
      super(graph);
    }

    @Override
    public ExtendedIterator<Triple> find() {
      List<Triple> all = get().find().toList();
      return WrappedIterator.create(
          new java.util.Iterator<Triple>() {
            private int next;

            @Override
            public boolean hasNext() {
              return true;
            }

            @Override
            public Triple next() {
              if (next == 2) {
                throw new IllegalStateException("producer failed after two triples");
              }
              return all.get(next++);
            }
          });
    }
  }
}
