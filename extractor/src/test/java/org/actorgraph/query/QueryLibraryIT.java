package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every ready query runs on the demo graph, and the fact queries return their evidence. */
class QueryLibraryIT {

  @TempDir static Path data;
  private static ActorgraphStore store;

  @BeforeAll
  static void loadSamples() {
    assertEquals(Main.OK, Main.run("load", "--store", data.toString(), "samples"));
    store = ActorgraphStore.open(data);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Binding> run(String name, Map<String, String> params) {
    Query q = QueryLibrary.load(name);
    Dataset ds = store.dataset();
    return Txn.calculateRead(
        ds,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q);
          QueryLibrary.parameters(params).forEach(b::substitution);
          List<Binding> rows = new ArrayList<>();
          try (QueryExec exec = b.build()) {
            exec.select().forEachRemaining(rows::add);
          }
          return rows;
        });
  }

  @Test
  void everyNamedQueryParses() {
    for (String name : QueryLibrary.NAMES) {
      assertTrue(QueryLibrary.load(name).isSelectType(), name);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "offices-of-country, name, United States",
    "members-of-organisation, name, Coalition",
    "interactions-of-actor, name, Ecuador",
    "agreements-of-country, name, Iraq",
    "quotes-by-person, name, Noboa",
  })
  void factQueriesReturnTheEvidenceSentence(String query, String param, String value) {
    List<Binding> rows = run(query, Map.of(param, value));
    assertFalse(rows.isEmpty(), query + " with " + value + " found nothing");
    for (Binding row : rows) {
      String evidence = row.get("evidence").getLiteralLexicalForm();
      assertTrue(evidence.length() > 20, query + ": evidence '" + evidence + "'");
    }
  }

  @Test
  void whyExplainsAnEntityWithSentences() {
    List<Binding> rows = run("why", Map.of("name", "Daniel Noboa"));
    assertFalse(rows.isEmpty());
    assertTrue(
        rows.stream().allMatch(r -> r.get("sentence").getLiteralLexicalForm().length() > 20));
  }

  @Test
  void searchFindsAnEntityByAnAlias() {
    List<Binding> rows = run("search", Map.of("q", "Ecuadorian"));
    assertEquals("Ecuador", rows.get(0).get("label").getLiteralLexicalForm());
  }

  @Test
  void aParameterIsAValueNeverQueryText() {
    List<Binding> rows = run("why", Map.of("name", "x\" } ; DROP ALL ; SELECT * { \""));
    assertTrue(rows.isEmpty());
  }

  @Test
  void actorsListsPeopleAndCountries() {
    List<String> labels =
        run("actors", Map.of()).stream().map(r -> r.get("label").getLiteralLexicalForm()).toList();
    assertTrue(
        labels.containsAll(List.of("Daniel Noboa", "Ecuador", "United States")), labels.toString());
  }
}
