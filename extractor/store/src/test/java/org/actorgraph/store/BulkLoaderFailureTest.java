package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load whose file turns out to be broken part-way through (parsed on a thread of its own,
 * with the text entries) stores nothing, in the store or its text index, and the store loads the
 * next file as if the failed one had never been tried; a store with articles still has the replaced
 * ones removed first.
 */
class BulkLoaderFailureTest {

  @TempDir Path dir;

  /** {@code n} article graphs of three quads each, one of them a label the text index holds. */
  private static String articles(int from, int n, String label) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      String g = "<https://example.org/article/a" + i + ">";
      String e = "<https://example.org/e/" + i + ">";
      s.append(e)
          .append(" <http://www.w3.org/2000/01/rdf-schema#label> \"")
          .append(label)
          .append(' ')
          .append(i)
          .append("\" ")
          .append(g)
          .append(" .\n");
      s.append(e).append(" <https://example.org/p> \"x\" ").append(g).append(" .\n");
      s.append(e)
          .append(" <https://example.org/q> ")
          .append(e)
          .append(' ')
          .append(g)
          .append(" .\n");
    }
    return s.toString();
  }

  private static long count(Dataset ds, String query) {
    return Txn.calculateRead(
        ds,
        () -> {
          try (QueryExec e = QueryExec.dataset(ds.asDatasetGraph()).query(query).build()) {
            return ((Number) e.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  private static long articleQuads(Dataset ds) {
    return count(
        ds,
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(STRSTARTS(STR(?g), 'https://example.org/article/')) }");
  }

  private static long textHits(Dataset ds, String word) {
    return count(
        ds,
        "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query '"
            + word
            + "' }");
  }

  @Test
  void aFileBrokenPartWayStoresNothingAndTheNextLoadWorks() throws IOException {
    // 5,000 articles before the error: the parsing thread has handed over many chunks by then
    Path broken = dir.resolve("broken.nq");
    Files.writeString(broken, articles(0, 5000, "Freedonia") + "<oops> this is not N-Quads .\n");
    Path good = dir.resolve("good.nq");
    Files.writeString(good, articles(0, 10, "Sylvania"));
    Path data = dir.resolve("data");
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      assertThrows(RiotException.class, () -> BulkLoader.load(s, List.of(broken)));
      assertEquals(0, articleQuads(s.dataset()));
      assertEquals(0, textHits(s.dataset(), "Freedonia"));
      BulkLoader.Result r = BulkLoader.load(s, List.of(good));
      assertEquals(30, r.quads());
      assertEquals(10, r.indexed());
      assertEquals(30, articleQuads(s.dataset()));
      assertEquals(10, textHits(s.dataset(), "Sylvania"));
      assertEquals(0, textHits(s.dataset(), "Freedonia"));
    }
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      assertEquals(30, articleQuads(s.dataset()), "the same after reopening");
    }
  }

  @Test
  void aStoreWithArticlesHasTheReloadedOnesReplaced() throws IOException {
    Path first = dir.resolve("first.nq");
    Files.writeString(first, articles(0, 10, "Freedonia"));
    Path again = dir.resolve("again.nq");
    Files.writeString(again, articles(5, 10, "Sylvania"));
    try (ActorgraphStore s = ActorgraphStore.open(dir.resolve("data"))) {
      DatasetGraph dsg = s.dataset().asDatasetGraph();
      assertFalse(BulkLoader.holdsArticleGraphs(dsg), "a new store holds only the vocabularies");
      assertEquals(0, BulkLoader.load(s, List.of(first)).replaced());
      assertTrue(BulkLoader.holdsArticleGraphs(dsg));
      assertEquals(5, BulkLoader.load(s, List.of(again)).replaced());
      assertEquals(45, articleQuads(s.dataset()), "articles 0-14, three quads each");
      assertEquals(5, textHits(s.dataset(), "Freedonia"), "0-4 keep their labels");
      assertEquals(10, textHits(s.dataset(), "Sylvania"));
    }
  }
}
