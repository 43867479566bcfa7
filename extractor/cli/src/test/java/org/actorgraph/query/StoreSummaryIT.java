package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreSummary;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's summary stays equal to a rebuild from the article graphs through every write path
 * (incremental load, removal, replacement of an article by a different graph, re-load, bulk load
 * into an empty store and over a loaded one, compaction), and the queries that read it answer as
 * the versions that counted everything themselves (kept in {@code before/}), on the samples, and
 * {@code contradicting-offices} as its reference (which counts from the article graphs).
 */
class StoreSummaryIT {

  private static final List<String> SUMMARY_QUERIES =
      List.of("actors", "facts-by-number-of-sources", "co-occurrence-network");

  @TempDir Path tmp;

  @Test
  void everyWritePathKeepsTheSummary() {
    Path dir = tmp.resolve("store");
    Path nq = tmp.resolve("samples.nq");
    run("load", "--no-parse", "--store", dir.toString(), "samples");
    agree(dir, "incremental load");

    String article;
    try (ActorgraphStore s = ActorgraphStore.open(dir)) {
      article = articles(s).get(2);
    }
    run("remove", "--store", dir.toString(), "--article", article);
    agree(dir, "removal");

    // a copy (larger id) of an example article, then the example goes: the copy's id is looked
    // up in the store
    try (ActorgraphStore s = ActorgraphStore.open(dir)) {
      article = exampleArticle(s);
      s.replaceGraph(NodeFactory.createURI(article + "-copy"), copy(s, article));
    }
    agree(dir, "load of a copy of an example article");
    run("remove", "--store", dir.toString(), "--article", article);
    agree(dir, "removal of an example article that a copy states too");

    // a re-extraction that says less: the article's graph without its views and mentions
    try (ActorgraphStore s = ActorgraphStore.open(dir)) {
      Node name = NodeFactory.createURI(mostViews(s));
      Graph smaller = GraphFactory.createDefaultGraph();
      Txn.executeRead(
          s.dataset(),
          () ->
              s.dataset()
                  .asDatasetGraph()
                  .getGraph(name)
                  .find()
                  .forEachRemaining(
                      t -> {
                        boolean dropped =
                            t.getPredicate().equals(AG.viewOf.asNode())
                                || t.getPredicate().equals(AG.mentionedIn.asNode())
                                    && t.getSubject().hashCode() % 2 == 0;
                        if (!dropped) {
                          smaller.add(t);
                        }
                      }));
      Map<String, String> all = Map.of("min", "1");
      List<String> before = rows(s, "facts-by-number-of-sources", all);
      s.replaceGraph(name, smaller);
      assertNotEquals(
          before, rows(s, "facts-by-number-of-sources", all), "the replacement mattered");
    }
    agree(dir, "replacement by a different graph");

    run("load", "--no-parse", "--store", dir.toString(), "samples");
    agree(dir, "re-load of every sample (two replaced, one added back)");

    run("extract", "--no-parse", "-f", "nquads", "-o", nq.toString(), "samples");
    Path bulk = tmp.resolve("bulk");
    run("bulk-load", "--from-nquads", "--store", bulk.toString(), nq.toString());
    agree(bulk, "bulk load");
    run("bulk-load", "--from-nquads", "--store", dir.toString(), nq.toString());
    agree(dir, "bulk re-load over the loaded store");

    run("compact", "--store", dir.toString());
    agree(dir, "compaction");
    assertEquals(Main.OK, Main.run("summarise", "--check", "--store", dir.toString()));
  }

  @Test
  void theCheckFindsAWrongSummaryAndSummariseRepairsIt() {
    Path dir = tmp.resolve("store");
    run("load", "--no-parse", "--store", dir.toString(), "samples/seed-ecuador-noboa.txt");
    try (ActorgraphStore s = ActorgraphStore.open(dir)) {
      DatasetGraph dsg = s.dataset().asDatasetGraph();
      assertTrue(StoreSummary.check(dsg, 5).isEmpty());
      Txn.executeWrite(
          dsg,
          () ->
              dsg.deleteAny(
                  StoreSummary.GRAPH,
                  Node.ANY,
                  NodeFactory.createURI(AG.NS + "articleCount"),
                  Node.ANY));
      assertFalse(StoreSummary.check(dsg, 5).isEmpty());
      assertTrue(rows(s, "actors", Map.of()).isEmpty(), "actors reads the summary");
    }
    assertEquals(
        Main.SOME_INPUTS_FAILED, Main.run("summarise", "--check", "--store", dir.toString()));
    run("summarise", "--store", dir.toString());
    agree(dir, "summarise");
  }

  /** The stored summary is a rebuild's, and every summary query answers as its original. */
  private static void agree(Path dir, String after) {
    try (ActorgraphStore s = ActorgraphStore.open(dir)) {
      assertEquals(
          List.of(),
          StoreSummary.check(s.dataset().asDatasetGraph(), 10),
          "summary after " + after);
      QueryRows.Contradictions c = QueryRows.contradictions(s.dataset(), Map.of("days", "3650"));
      assertEquals(c.reference(), c.rows(), "contradicting-offices after " + after);
      assertEquals(List.of(), c.wrongExamples(), "contradicting-offices after " + after);
      for (String q : SUMMARY_QUERIES) {
        // the originals default to min 1, the new ones to 2: min is given
        List<Map<String, String>> params =
            q.equals("actors")
                ? List.of(Map.of())
                : List.of(Map.of("min", "1"), Map.of("min", "2"));
        for (Map<String, String> p : params) {
          List<String> original = rows(s, QueryFactory.create(before(q)), p);
          assertEquals(original, rows(s, q, p), q + " " + p + " after " + after);
          if (p.getOrDefault("min", "1").equals("1")) {
            assertFalse(original.isEmpty(), q + " answers something after " + after);
          }
        }
      }
    }
  }

  private static void run(String... args) {
    assertEquals(Main.OK, Main.run(args), String.join(" ", args));
  }

  private static List<String> articles(ActorgraphStore s) {
    Dataset ds = s.dataset();
    return Txn.calculateRead(
        ds,
        () -> {
          List<String> out = new ArrayList<>();
          QueryExec.dataset(ds.asDatasetGraph())
              .query(
                  "SELECT ?g WHERE { GRAPH ?g { ?g a <" + AG.Article.getURI() + "> } } ORDER BY ?g")
              .select()
              .forEachRemaining(b -> out.add(b.get("g").getURI()));
          return out;
        });
  }

  /** The article graph whose id is the summary's example article of some position. */
  private static String exampleArticle(ActorgraphStore s) {
    Dataset ds = s.dataset();
    String ag = "<" + AG.NS + ">";
    return Txn.calculateRead(
        ds,
        () ->
            QueryExec.dataset(ds.asDatasetGraph())
                .query(
                    "PREFIX ag: "
                        + ag
                        + " SELECT ?g WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?p"
                        + " ag:exampleArticleId ?id }"
                        + " GRAPH ?g { ?g ag:articleId ?id } } ORDER BY ?g LIMIT 1")
                .select()
                .next()
                .get("g")
                .getURI());
  }

  /**
   * The graph of {@code article} as another article's: its IRIs under {@code article + "-copy"} and
   * its ids followed by "~copy" (larger).
   */
  private static Graph copy(ActorgraphStore s, String article) {
    Graph copy = GraphFactory.createDefaultGraph();
    Txn.executeRead(
        s.dataset(),
        () ->
            s.dataset()
                .asDatasetGraph()
                .getGraph(NodeFactory.createURI(article))
                .find()
                .forEachRemaining(
                    t -> {
                      Node o = t.getObject();
                      if (t.getPredicate().equals(AG.articleId.asNode())) {
                        o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "~copy");
                      }
                      copy.add(
                          renamed(t.getSubject(), article), t.getPredicate(), renamed(o, article));
                    }));
    return copy;
  }

  private static Node renamed(Node n, String article) {
    return n.isURI() && n.getURI().startsWith(article)
        ? NodeFactory.createURI(article + "-copy" + n.getURI().substring(article.length()))
        : n;
  }

  /** The article graph with the most views. */
  private static String mostViews(ActorgraphStore s) {
    Dataset ds = s.dataset();
    return Txn.calculateRead(
        ds,
        () ->
            QueryExec.dataset(ds.asDatasetGraph())
                .query(
                    "SELECT ?g (COUNT(?v) AS ?n) WHERE { GRAPH ?g { ?v <"
                        + AG.viewOf.getURI()
                        + "> ?x } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 1")
                .select()
                .next()
                .get("g")
                .getURI());
  }

  private static List<String> rows(ActorgraphStore s, String name, Map<String, String> params) {
    return rows(s, QueryLibrary.load(name), params);
  }

  private static List<String> rows(ActorgraphStore s, Query q, Map<String, String> params) {
    return QueryRows.of(s.dataset(), q, params);
  }

  private static String before(String name) {
    return QueryRows.before(name);
  }
}
