package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.bench.CorpusWriter;
import org.actorgraph.bench.SyntheticArticle;
import org.actorgraph.bench.SyntheticCorpus;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The queries rewritten for large stores (docs/PERFORMANCE.md) answer exactly as they did before:
 * the same rows, as a multiset, as the versions kept in {@code before/}, on a store of the samples
 * and 60 synthetic articles (parser off), for names of every kind that the store holds.
 */
class RewrittenQueriesIT {

  private static final long SEED = 12;

  @TempDir static Path data;
  private static ActorgraphStore store;

  @BeforeAll
  static void load() throws IOException {
    Path corpus = data.resolve("synthetic.jsonl");
    CorpusWriter.writeJsonLines(
        new SyntheticCorpus(SEED).articles(60).map(SyntheticArticle::article), corpus);
    Path dir = data.resolve("store");
    assertEquals(
        Main.OK,
        Main.run("load", "--no-parse", "--store", dir.toString(), "samples", corpus.toString()));
    store = ActorgraphStore.open(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /**
   * Every rewritten query with parameter values that exist in the store (and one that does not).
   */
  static Stream<Arguments> cases() {
    List<String> people = new ArrayList<>(List.of("Daniel Noboa"));
    List<String> countries = new ArrayList<>(List.of("Ecuador", "United States", "Iraq"));
    SyntheticCorpus synthetic = new SyntheticCorpus(SEED);
    for (int i = 0; i < 3; i++) {
      List<String> actors = synthetic.article(i).actors();
      people.add(actors.get(0));
      countries.add(actors.get(2));
    }
    List<Arguments> out = new ArrayList<>();
    for (String p : people) {
      for (String q :
          List.of("why", "ego-network", "timeline-of-actor", "quotes-by-person", "actor-profile")) {
        out.add(Arguments.of(q, Map.of("name", p)));
      }
      String surname = p.substring(p.lastIndexOf(' ') + 1);
      out.add(Arguments.of("quotes-by-person", Map.of("name", surname)));
    }
    for (String p : people) {
      for (String c : countries) {
        out.add(Arguments.of("shortest-connection", Map.of("from", p, "to", c)));
      }
    }
    out.add(
        Arguments.of("shortest-connection", Map.of("from", people.get(1), "to", people.get(2))));
    // pairs two and three steps apart in this store
    for (String[] pair :
        List.of(
            new String[] {"Shinzo Abe", "John Kerry"},
            new String[] {"Donald Trump", "Palau"},
            new String[] {"Xi Jinping", "Comoros"},
            new String[] {"Vietnam", "Georgia"})) {
      out.add(Arguments.of("shortest-connection", Map.of("from", pair[0], "to", pair[1])));
    }
    for (String c : countries) {
      for (String q :
          List.of(
              "interactions-of-actor",
              "offices-of-country",
              "agreements-of-country",
              "quoted-about-country",
              "why",
              "ego-network",
              "actor-profile")) {
        out.add(Arguments.of(q, Map.of("name", c)));
      }
    }
    for (String o : List.of("Coalition", "NATO", "Nobody Anywhere")) {
      out.add(Arguments.of("members-of-organisation", Map.of("name", o)));
      out.add(Arguments.of("offices-of-country", Map.of("name", o)));
    }
    for (String[] range :
        List.of(
            new String[] {"2025-04-01", "2025-04-30"},
            new String[] {"2020-01-01", "2022-06-30"},
            new String[] {"2000-01-01", "2030-12-31"},
            new String[] {"2023-02-15", "2023-03-10"},
            new String[] {"2024-06-10", "2024-06-05"})) {
      out.add(Arguments.of("meetings-in-date-range", Map.of("from", range[0], "to", range[1])));
    }
    for (String[] window :
        List.of(
            new String[] {"30", "2025-04-30"},
            new String[] {"400", "2024-12-31"},
            new String[] {"900", "2024-12-31"},
            new String[] {"1000", "2023-06-30"},
            new String[] {"20000", "2030-01-01"})) {
      out.add(
          Arguments.of("actors-new-in-last-days", Map.of("days", window[0], "asOf", window[1])));
    }
    for (String q : List.of("actors", "agreements-by-kind-and-status", "contradicting-offices")) {
      out.add(Arguments.of(q, Map.of()));
    }
    // these two now default to min 2 (the originals to 1): compared with min given
    for (String q : List.of("facts-by-number-of-sources", "co-occurrence-network")) {
      for (String min : List.of("1", "2", "3")) {
        out.add(Arguments.of(q, Map.of("min", min)));
      }
    }
    return out.stream()
        .filter(a -> RewrittenQueriesIT.class.getResource("before/" + a.get()[0] + ".rq") != null);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void theRewrittenQueryAnswersAsBefore(String name, Map<String, String> params) {
    List<String> before = rows(QueryFactory.create(before(name)), params);
    List<String> now = rows(QueryLibrary.load(name), params);
    assertEquals(before, now, name + " " + params);
  }

  /**
   * The queries that read the summary for the entity and its facts (why, actor-profile) or rank by
   * a computed key (co-occurrence-network) give their rows in the same order as the originals (an
   * ORDER BY that ties is broken by the rows' other values, so the order is the rows').
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void theRewrittenQueryKeepsTheOrder(String name, Map<String, String> params) {
    if (List.of("why", "actor-profile", "co-occurrence-network").contains(name)) {
      assertEquals(
          QueryRows.ordered(store.dataset(), QueryFactory.create(before(name)), params),
          QueryRows.ordered(store.dataset(), QueryLibrary.load(name), params),
          name + " " + params);
    }
  }

  /**
   * contradicting-offices now gives one row per contradiction (it gave one per pair of articles):
   * the same contradictions, counts and labels as its reference computed from the article graphs,
   * and an example article that states each holder as current.
   */
  @ParameterizedTest(name = "days {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"365", "30", "3650"})
  void contradictingOfficesAnswersAsItsReference(String days) {
    QueryRows.Contradictions c = QueryRows.contradictions(store.dataset(), Map.of("days", days));
    assertEquals(c.reference(), c.rows(), "days " + days);
    assertEquals(List.of(), c.wrongExamples(), "days " + days);
    if (days.equals("3650")) {
      assertTrue(!c.rows().isEmpty(), "some contradictions in ten years");
    }
  }

  @org.junit.jupiter.api.Test
  void theComparisonsAreNotAllEmpty() {
    Set<String> answered = new LinkedHashSet<>();
    cases()
        .forEach(
            a -> {
              String name = (String) a.get()[0];
              @SuppressWarnings("unchecked")
              Map<String, String> params = (Map<String, String>) a.get()[1];
              if (!rows(QueryLibrary.load(name), params).isEmpty()) {
                answered.add(name);
              }
            });
    assertTrue(answered.size() >= 8, "queries with rows: " + answered);
  }

  private static List<String> rows(Query q, Map<String, String> params) {
    return QueryRows.of(store.dataset(), q, params);
  }

  private static String before(String name) {
    return QueryRows.before(name);
  }
}
