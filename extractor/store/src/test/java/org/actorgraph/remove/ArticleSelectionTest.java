package org.actorgraph.remove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which article graphs a selection chooses, and that user values cannot change the query. */
class ArticleSelectionTest {

  private static final String ID = "https://w3id.org/actorgraph/id/article/";

  private static final String TRIG =
      """
      PREFIX ag: <https://w3id.org/actorgraph/ns#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX a: <https://w3id.org/actorgraph/id/article/>
      a:one { a:one a ag:Article ; ag:url "https://news.freedonia.example/a"^^xsd:anyURI ;
                ag:datePublished "2025-03-10"^^xsd:date ; ag:headline "One" . }
      a:two { a:two a ag:Article ; ag:url "https://sylvania.example/b"^^xsd:anyURI ;
                ag:datePublished "2025-04"^^xsd:gYearMonth ; ag:publisher "Sylvania Post" . }
      a:three { a:three a ag:Article ; ag:datePublished "2024-12-31"^^xsd:date ;
                ag:publisher "Freedonia Herald" . }
      """;

  private Dataset ds;

  @BeforeEach
  void load() {
    ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, new StringReader(TRIG), null, Lang.TRIG));
  }

  private List<String> chosen(ArticleSelection s) {
    return new LocalArticleRemover(ds)
        .select(s).stream().map(a -> a.iri().substring(ID.length())).toList();
  }

  private static ArticleSelection sel(
      List<String> urls, List<String> sites, String from, String to) {
    return new ArticleSelection(
        List.of(), urls, sites, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  @Test
  void byArticleIri() {
    assertEquals(List.of("two"), chosen(ArticleSelection.ofArticles(List.of(ID + "two"))));
  }

  @Test
  void byUrl() {
    assertEquals(
        List.of("two"), chosen(sel(List.of("https://sylvania.example/b"), List.of(), null, null)));
  }

  @Test
  void bySiteMatchesSubdomainsAndPublisherNames() {
    assertEquals(List.of("one"), chosen(sel(List.of(), List.of("freedonia.example"), null, null)));
    assertEquals(List.of("three"), chosen(sel(List.of(), List.of("FREEDONIA herald"), null, null)));
    assertEquals(
        List.of("one", "two"),
        chosen(sel(List.of(), List.of("freedonia.example", "sylvania.example"), null, null)));
    assertEquals(List.of(), chosen(sel(List.of(), List.of("donia.example"), null, null)));
  }

  @Test
  void byDateRangeIncludingMonthOnlyDatesThatOverlapIt() {
    assertEquals(List.of("one", "two"), chosen(sel(List.of(), List.of(), "2025-01-01", null)));
    assertEquals(List.of("three"), chosen(sel(List.of(), List.of(), null, "2024-12-31")));
    assertEquals(List.of("two"), chosen(sel(List.of(), List.of(), "2025-04-15", "2025-04-20")));
    assertEquals(List.of("one"), chosen(sel(List.of(), List.of(), "2025-03", "2025-03-31")));
  }

  @Test
  void kindsGivenTogetherMustAllHold() {
    assertEquals(
        List.of("two"),
        chosen(sel(List.of(), List.of("sylvania.example", "freedonia.example"), "2025-04", null)));
  }

  @Test
  void valuesAreBoundNotPasted() {
    String hostile = "x\") || true || (\"";
    assertEquals(List.of(), chosen(sel(List.of(hostile), List.of(hostile), null, null)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ArticleSelection.ofArticles(List.of(ID + "one> } GRAPH ?g { ?s ?p ?o")));
  }

  @Test
  void removingDropsExactlyTheChosenGraphs() {
    List<SelectedArticle> removed =
        new LocalArticleRemover(ds).remove(sel(List.of(), List.of("sylvania post"), null, null));
    assertEquals(1, removed.size());
    assertEquals(List.of("one", "three"), chosen(sel(List.of(), List.of(), "1900", null)));
  }

  @Test
  void badSelectionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> sel(List.of(), List.of(), null, null));
    assertThrows(
        IllegalArgumentException.class, () -> sel(List.of(), List.of(), "10/03/2025", null));
    assertThrows(
        IllegalArgumentException.class, () -> sel(List.of(), List.of(), "2025-05", "2025-04"));
  }
}
