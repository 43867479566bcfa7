package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreSummary;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries whose interesting answers the samples cannot show (two sources, a contradiction, a
 * month-precise date), over two invented articles ({@code two-articles.trig}) and the vocabulary
 * graphs, queried through their union as the store's default graph, with the graphs by name too.
 */
class AnalystQueriesTest {

  private static DatasetGraph store;

  @BeforeAll
  static void load() {
    DatasetGraph named = DatasetGraphFactory.create();
    try (InputStream in = AnalystQueriesTest.class.getResourceAsStream("two-articles.trig")) {
      RDFParser.source(in).lang(Lang.TRIG).parse(named);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    named.addGraph(ActorgraphStore.ONTOLOGY_GRAPH, Ontology.ontology().getGraph());
    named.addGraph(ActorgraphStore.CAMEO_GRAPH, Ontology.cameo().getGraph());
    // as in the store: the union of the article graphs as the default graph, and the article graphs
    // by name (the ready queries look some patterns up in one article's graph)
    // and the summary that the store keeps (in its stored default graph, which queries name)
    DatasetGraph union =
        DatasetGraphFactory.create(
            new org.apache.jena.graph.compose.Union(
                named.getUnionGraph(), StoreSummary.summaryGraph(named)));
    named.listGraphNodes().forEachRemaining(g -> union.addGraph(g, named.getGraph(g)));
    store = union;
  }

  private static List<String> table(String name, Map<String, String> params, String... columns) {
    QueryExecBuilder b = QueryExec.dataset(store).query(QueryLibrary.load(name));
    QueryLibrary.parameters(params).forEach(b::substitution);
    List<String> out = new ArrayList<>();
    try (QueryExec exec = b.build()) {
      exec.select()
          .forEachRemaining(
              (Binding row) -> {
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                  Node n = row.get(c);
                  cells.add(
                      n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
                out.add(String.join(" | ", cells));
              });
    }
    return out;
  }

  @Test
  void twoCurrentHoldersOfOneHeadOfficeContradictEachOther() {
    assertEquals(
        List.of("president | Freedonia | Jane Doe | 1 | fixture-1 | John Roe | 1 | fixture-2"),
        table(
            "contradicting-offices",
            Map.of(),
            "office",
            "of",
            "holder1",
            "articles1",
            "article1",
            "holder2",
            "articles2",
            "article2"));
    assertEquals(1, table("contradicting-offices", Map.of("days", "0"), "office").size());
  }

  @Test
  void aFactFromTwoPublishersRestsOnTwoSources() {
    assertEquals(
        List.of("several sources | Interaction | Jane Doe, Sylvania | 2 | 2"),
        table(
            "facts-by-number-of-sources",
            Map.of("min", "2"),
            "sourcing",
            "kind",
            "participants",
            "sources",
            "articles"));
    assertEquals(3, table("facts-by-number-of-sources", Map.of("min", "1"), "fact").size());
    assertEquals(1, table("facts-by-number-of-sources", Map.of(), "fact").size(), "default 2");
  }

  @Test
  void aMonthPreciseDateIsFoundByADayRange() {
    assertEquals(
        List.of("2025-03 | Jane Doe | Sylvania | meet | fixture-1"),
        table(
            "meetings-in-date-range",
            Map.of("from", "2025-03-25", "to", "2025-04-30"),
            "date",
            "source",
            "target",
            "trigger",
            "article"));
    assertEquals(
        List.of(
            "2025-03 | Jane Doe | Sylvania | meet | fixture-1",
            "2025-03-12 | Jane Doe | Sylvania | visit | fixture-2"),
        table(
            "meetings-in-date-range",
            Map.of("from", "2025-03-10", "to", "2025-03-12"),
            "date",
            "source",
            "target",
            "trigger",
            "article"));
  }

  @Test
  void removingAnArticleTakesAwayOnlyWhatRestsOnItAlone() {
    assertEquals(
        List.of(
            "removed with it | Person | John Roe | 0",
            "removed with it | Position | John Roe, Freedonia: president | 0",
            "stays | Country | Freedonia | 1",
            "stays | Country | Sylvania | 1",
            "stays | Interaction | Jane Doe, Sylvania: Consult | 1",
            "stays | Person | Jane Doe | 1"),
        table(
            "article-contribution",
            Map.of("article", "fixture-2"),
            "effect",
            "kind",
            "what",
            "otherArticles"));
  }

  @Test
  void aTimelineCountsOneInteractionOncePerMonth() {
    assertEquals(
        List.of("2025-03 | 04 | Consult | Verbal cooperation | 1"),
        table(
            "timeline-of-actor",
            Map.of("name", "Jane Doe"),
            "month",
            "code",
            "category",
            "quadClass",
            "interactions"));
  }
}
