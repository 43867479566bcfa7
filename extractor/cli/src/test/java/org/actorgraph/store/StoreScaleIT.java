package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.bench.QueryExample;
import org.actorgraph.bench.SyntheticArticle;
import org.actorgraph.bench.SyntheticCorpus;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.query.QueryLibrary;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.RdfFileSink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction and bulk loading keep what the store answers: the library queries and the text search,
 * on graphs extracted (parser off) from synthetic articles.
 */
class StoreScaleIT {

  private static final int ARTICLES = 24;

  private static List<ArticleGraph> graphs;
  private static Map<String, String> params;

  @TempDir Path dir;

  @BeforeAll
  static void extract() {
    Pipeline pipeline = Pipeline.standard(ExtractorConfig.defaults().withParse(false));
    RunInfo run = new RunInfo("https://example.org/run/1", "test", Instant.EPOCH);
    List<SyntheticArticle> articles = new SyntheticCorpus(9, 8).articles(ARTICLES).toList();
    graphs = new ArrayList<>();
    for (SyntheticArticle a : articles) {
      graphs.add(pipeline.toGraph(pipeline.extract(a.article()), run));
    }
    List<String> actors = articles.get(0).actors();
    String person = actors.get(0);
    // actors: two people, three countries, one organisation
    params = Map.of("name", actors.get(2), "q", person.substring(person.lastIndexOf(' ') + 1));
  }

  @Test
  void compactionShrinksAStoreLoadedInSmallBatchesAndKeepsItsAnswers() {
    Path data = dir.resolve("data");
    Map<String, Set<String>> before;
    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      // one transaction per article, three times over: each leaves copied B+tree blocks behind
      for (int round = 0; round < 3; round++) {
        for (ArticleGraph g : graphs) {
          store.replaceGraph(g.name(), g.graph());
        }
      }
      before = answers(store.dataset());
    }
    StoreCompactor.Result r = StoreCompactor.compact(data);
    assertTrue(r.bytesAfter() < r.bytesBefore(), r.toString());
    assertEquals(r.bytesAfter(), StoreCompactor.bytes(data.resolve(StoreConfig.TDB2_FOLDER)));
    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      assertEquals(before, answers(store.dataset()));
    }
  }

  @Test
  void bulkAndIncrementalLoadsGiveIsomorphicDatasetsAndTheSameSearchAnswers() throws IOException {
    Path nq = dir.resolve("articles.nq");
    try (OutputStream out = Files.newOutputStream(nq);
        RdfFileSink sink = new RdfFileSink(out, RdfFileSink.Format.NQUADS)) {
      sink.putAll(graphs);
    }
    try (ActorgraphStore inc = ActorgraphStore.open(dir.resolve("inc"));
        ActorgraphStore bulk = ActorgraphStore.open(dir.resolve("bulk"))) {
      Map<Node, Graph> all = new LinkedHashMap<>();
      graphs.forEach(g -> all.put(g.name(), g.graph()));
      inc.replaceGraphs(all);
      BulkLoader.Result first = BulkLoader.load(bulk, List.of(nq));
      assertEquals(0, first.replaced());
      assertTrue(first.indexed() > 0);
      assertSameDataset(inc.dataset(), bulk.dataset());
      Map<String, Set<String>> expected = answers(inc.dataset());
      assertFalse(expected.get("search").isEmpty(), "the search finds the planted person");
      assertEquals(expected, answers(bulk.dataset()));

      BulkLoader.Result again = BulkLoader.load(bulk, List.of(nq));
      assertEquals(ARTICLES, again.replaced());
      assertSameDataset(inc.dataset(), bulk.dataset());
      assertEquals(expected, answers(bulk.dataset()));
    }
  }

  private static void assertSameDataset(Dataset a, Dataset b) {
    Txn.executeRead(
        a,
        () ->
            Txn.executeRead(
                b,
                () -> {
                  DatasetGraph x = a.asDatasetGraph();
                  DatasetGraph y = b.asDatasetGraph();
                  Set<String> names = new TreeSet<>();
                  x.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                  Set<String> other = new TreeSet<>();
                  y.listGraphNodes().forEachRemaining(n -> other.add(n.getURI()));
                  assertEquals(names, other);
                  ActorgraphStore.VOCABULARY_GRAPHS.forEach(g -> names.remove(g.getURI()));
                  assertEquals(ARTICLES, names.size());
                  x.listGraphNodes()
                      .forEachRemaining(
                          n ->
                              assertTrue(
                                  x.getGraph(n).isIsomorphicWith(y.getGraph(n)),
                                  "graph " + n + " differs"));
                }));
  }

  /** Each library query's rows (without text scores), bound to actors of the first article. */
  private static Map<String, Set<String>> answers(Dataset ds) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (QueryExample q : QueryExample.library()) {
      // the header's example values, with the names this store's articles hold
      Map<String, String> raw = new LinkedHashMap<>();
      q.parameters().keySet().stream()
          .filter(params::containsKey)
          .forEach(k -> raw.put(k, params.get(k)));
      Map<String, Node> bound = new LinkedHashMap<>(q.parameters());
      bound.putAll(QueryLibrary.parameters(raw));
      Set<String> rows = new TreeSet<>();
      Txn.executeRead(
          ds,
          () -> {
            QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q.query());
            bound.forEach(b::substitution);
            try (QueryExec exec = b.build()) {
              RowSet rs = exec.select();
              rs.forEachRemaining(
                  row -> {
                    StringBuilder s = new StringBuilder();
                    row.vars()
                        .forEachRemaining(
                            v -> {
                              if (!v.getVarName().equals("score")) {
                                s.append(v).append('=').append(row.get(v)).append(' ');
                              }
                            });
                    rows.add(s.toString());
                  });
            }
          });
      out.put(q.name(), rows);
    }
    return out;
  }
}
