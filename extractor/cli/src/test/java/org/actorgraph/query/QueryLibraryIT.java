package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Node;
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
            // detached: a row may hold TDB2 node ids, read lazily, which need the transaction
            exec.select().forEachRemaining(row -> rows.add(row.detach()));
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

  /** The rows of a query as "a | b | c" over the given columns (lexical forms, IRIs as text). */
  private static List<String> table(String name, Map<String, String> params, String... columns) {
    List<String> out = new ArrayList<>();
    for (Binding row : run(name, params)) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        Node n = row.get(c);
        cells.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
      }
      out.add(String.join(" | ", cells));
    }
    return out;
  }

  @Test
  void everyQueryFileIsNamedAndExplainsItselfInItsHeader() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of("queries"))) {
      list.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".rq"))
          .forEach(f -> files.add(f.substring(0, f.length() - 3)));
    }
    assertEquals(new TreeSet<>(QueryLibrary.NAMES), files, "queries/ and QueryLibrary.NAMES");
    assertTrue(QueryLibrary.NAMES.size() >= 20, "at least 20 ready queries");
    for (String name : QueryLibrary.NAMES) {
      String text = Files.readString(Path.of("queries", name + ".rq"));
      List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
      String all = String.join("\n", header);
      assertTrue(header.size() >= 3, name + ": question, parameters, example");
      assertTrue(header.get(0).length() > 10, name + ": the question first: " + header);
      assertTrue(all.contains("# Parameters: "), name + ": no Parameters line");
      assertTrue(all.contains("# Example: ./actorgraph query " + name), name + ": no example call");
    }
  }

  @Test
  void offices() {
    assertEquals(
        List.of("Daniel Noboa | president | current | 0.65"),
        table(
            "offices-of-country",
            Map.of("name", "Ecuador"),
            "person",
            "role",
            "status",
            "confidence"));
  }

  @Test
  void agreementsOfACountryWithKindAndStatusLabels() {
    assertEquals(
        List.of("agreement | Iraq, United States | economic | signed"),
        table(
            "agreements-of-country",
            Map.of("name", "Iraq"),
            "agreement",
            "parties",
            "kind",
            "status"));
  }

  @Test
  void interactionsShowTheCameoLabel() {
    assertEquals(
        List.of("2025-04-15 | Ecuador | 04 Consult | United States | speak | 0.85"),
        table(
            "interactions-of-actor",
            Map.of("name", "Ecuador"),
            "date",
            "source",
            "category",
            "target",
            "trigger",
            "confidence"));
  }

  @Test
  void membersOfAnOrganisation() {
    assertEquals(
        List.of("Coalition’s Small Group | part | 0.75"),
        table(
            "members-of-organisation",
            Map.of("name", "Coalition"),
            "member",
            "relation",
            "confidence"));
  }

  @Test
  void quotesAndWhy() {
    assertEquals(9, table("quotes-by-person", Map.of("name", "Noboa"), "quote", "evidence").size());
    assertEquals(
        List.of("Position | 0.85"),
        table("why", Map.of("name", "Sergey Lavrov"), "kind", "confidence"));
  }

  @Test
  void actorProfile() {
    assertEquals(
        List.of(
            "1 type | Country |  | ",
            "2 name | Ecuador |  | ",
            "3 alias | Ecuadorian |  | ",
            "3 alias | Ecuadorians |  | ",
            "4 wikidata | http://www.wikidata.org/entity/Q736 |  | ",
            "5 named in | seed-ecuador-noboa: Noboa to CNN: Ecuador \"would love\" to have US help in"
                + " the fight against gangs | 0.95 | ",
            "6 fact: Interaction | as source, Consult; with United States | 0.85 | 1",
            "6 fact: Position | as organisation (president); with Daniel Noboa | 0.65 | 1"),
        table(
            "actor-profile",
            Map.of("name", "Ecuador"),
            "aspect",
            "value",
            "confidence",
            "articles"));
  }

  @Test
  void egoNetworkWeightedByFacts() {
    assertEquals(
        List.of(
            "Federal Government of Iraq | Part–whole relation | 1 | 1",
            "Islamic State | Interaction | 1 | 1",
            "Mosul | Location statement | 1 | 1",
            "United States | Agreement | 1 | 1",
            "United States | Interaction | 1 | 1"),
        table("ego-network", Map.of("name", "Iraq"), "neighbour", "relation", "facts", "articles"));
  }

  @Test
  void coOccurrenceInTheSameSentence() {
    List<String> rows =
        table(
            "co-occurrence-network",
            Map.of("min", "3"),
            "actor1",
            "actor2",
            "sentences",
            "articles");
    assertEquals("United States | Ecuador | 7 | 1", rows.get(0));
    assertTrue(rows.contains("Islamic State | Iraq | 3 | 3"), rows.toString());
    // "UK-France" is read as the two countries since the tokenizer splits a trailing hyphen
    assertTrue(rows.contains("France | United Kingdom | 5 | 1"), rows.toString());
    assertEquals(11, rows.size(), rows.toString());
    List<String> twice = table("co-occurrence-network", Map.of(), "actor1");
    assertTrue(twice.size() > rows.size(), "the default is min 2");
    assertEquals(twice, table("co-occurrence-network", Map.of("min", "2"), "actor1"));
    assertTrue(table("co-occurrence-network", Map.of("min", "1"), "actor1").size() > twice.size());
  }

  @Test
  void shortestConnectionBoundedToThreeSteps() {
    assertEquals(
        List.of("2 | Nayib Bukele - Daniel Noboa - Erik Prince"),
        table(
            "shortest-connection",
            Map.of("from", "Nayib Bukele", "to", "Erik Prince"),
            "hops",
            "path"));
    // "Noboa ... has been trying to increase cooperation with Washington" (CAMEO 03) links him
    // to the United States directly
    assertEquals(
        List.of("2 | Daniel Noboa - United States - Iraq"),
        table("shortest-connection", Map.of("from", "Daniel Noboa", "to", "Iraq"), "hops", "path"));
    assertEquals(
        List.of("1 | Daniel Noboa - Donald Trump"),
        table(
            "shortest-connection",
            Map.of("from", "Daniel Noboa", "to", "Donald Trump"),
            "hops",
            "path"));
    assertEquals(
        List.of(),
        table("shortest-connection", Map.of("from", "Daniel Noboa", "to", "Russia"), "hops"));
  }

  @Test
  void meetingsInADateRange() {
    assertEquals(
        List.of(
            "2025-04-15 | Daniel Noboa | Donald Trump | invite",
            "2025-04-15 | Daniel Noboa | Nayib Bukele | invite",
            "2025-04-15 | Ecuador | United States | speak"),
        table(
            "meetings-in-date-range",
            Map.of("from", "2025-04-01", "to", "2025-04-30"),
            "date",
            "source",
            "target",
            "trigger"));
    assertEquals(
        List.of(),
        table("meetings-in-date-range", Map.of("from", "2017-01-01", "to", "2025-04-14"), "date"));
  }

  @Test
  void timelineByCameoRootWithLabels() {
    assertEquals(
        List.of(
            "2017-01 | 05 | Engage in diplomatic cooperation | Verbal cooperation | 1",
            "undated | 19 | Fight | Material conflict | 1"),
        table(
            "timeline-of-actor",
            Map.of("name", "Iraq"),
            "month",
            "code",
            "category",
            "quadClass",
            "interactions"));
  }

  @Test
  void agreementsByKindAndStatus() {
    assertEquals(
        List.of(
            "economic | signed | 1 | loan guarantee agreement",
            "security | announced | 1 | strategic alliance"),
        table("agreements-by-kind-and-status", Map.of(), "kind", "status", "agreements", "names"));
  }

  @Test
  void quotedAboutACountry() {
    assertEquals(
        List.of("Daniel Noboa | seed-ecuador-noboa", "Daniel Noboa | seed-ecuador-noboa"),
        table("quoted-about-country", Map.of("name", "United States"), "speaker", "article"));
    // the Foreign Office spokesman's statement, quoted paragraph by paragraph, names Russia twice
    assertEquals(
        List.of("Foreign Office | re3d-ukgov-002", "Foreign Office | re3d-ukgov-002"),
        table("quoted-about-country", Map.of("name", "Russia"), "speaker", "article"));
  }

  @Test
  void actorsNewlySeenAsOfADay() {
    assertEquals(
        List.of(
            "Barack Obama | Person | 2017-01-01 | 1",
            "G7 | Organisation | 2017-01-01 | 1",
            "International Monetary Fund | Organisation | 2017-01-01 | 1",
            "United States | Country | 2017-01-01 | 2"),
        table(
            "actors-new-in-last-days",
            Map.of("days", "60", "asOf", "2017-01-31"),
            "actor",
            "type",
            "firstSeen",
            "articles"));
    assertEquals(
        14,
        table("actors-new-in-last-days", Map.of("days", "30", "asOf", "2025-04-30"), "actor")
            .size());
  }

  @Test
  void factsBySources() {
    List<String> all =
        table("facts-by-number-of-sources", Map.of("min", "1"), "sourcing", "sources");
    long facts =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              try (QueryExec exec =
                  QueryExec.dataset(store.dataset().asDatasetGraph())
                      .query(
                          "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a"
                              + " <https://w3id.org/actorgraph/ns#Assertion> }")
                      .build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
              }
            });
    assertEquals(facts, all.size(), "one row per fact");
    assertTrue(all.stream().allMatch(r -> r.equals("single source | 1")), all.toString());
    assertEquals(List.of(), table("facts-by-number-of-sources", Map.of("min", "2"), "fact"));
    assertEquals(List.of(), table("facts-by-number-of-sources", Map.of(), "fact"), "default 2");
  }

  @Test
  void organisationsAndTheirMembers() {
    assertEquals(
        List.of(
            "CNN | position: staff | Fernando del Rincón",
            "Coalition | part | Coalition’s Small Group",
            "Federal Government of Iraq | position: prime minister | Haider Al Abadi",
            "Kurdistan Regional Government | position: prime minister | Nechirvan Barzani"),
        table("organisations-and-members", Map.of(), "organisation", "relation", "member"));
  }

  @Test
  void noContradictingOfficesInTheSamples() {
    assertEquals(List.of(), table("contradicting-offices", Map.of(), "office"));
  }

  @Test
  void whatAnArticleContributed() {
    assertEquals(
        List.of(
            "removed with it | Agreement | Iraq, United States | 0",
            "removed with it | Interaction | United States, Iraq: Engage in diplomatic cooperation | 0",
            "removed with it | Organisation | G7 | 0",
            "removed with it | Organisation | International Monetary Fund | 0",
            "removed with it | Person | Barack Obama | 0",
            "removed with it | Position | Barack Obama, United States: president | 0",
            "stays | Country | Iraq | 2",
            "stays | Country | United States | 1",
            "stays | Organisation | Islamic State | 2"),
        table(
            "article-contribution",
            Map.of("article", "re3d-state-019"),
            "effect",
            "kind",
            "what",
            "otherArticles"));
  }

  @Test
  void theDocumentedQuadClassQueryAnswersFromTheStoresCameoGraph() {
    String query =
        "PREFIX ag: <https://w3id.org/actorgraph/ns#>\n"
            + "PREFIX cameo: <https://w3id.org/actorgraph/cameo/>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?s ?t { ?i ag:cameo/skos:broader cameo:materialConflict ;"
            + " ag:source/rdfs:label ?s ; ag:target/rdfs:label ?t }";
    List<String> rows =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              List<String> out = new ArrayList<>();
              try (QueryExec exec =
                  QueryExec.dataset(store.dataset().asDatasetGraph()).query(query).build()) {
                exec.select()
                    .forEachRemaining(
                        r ->
                            out.add(
                                r.get("s").getLiteralLexicalForm()
                                    + " -> "
                                    + r.get("t").getLiteralLexicalForm()));
              }
              return out;
            });
    assertEquals(List.of("Iraq -> Islamic State"), rows);
  }

  @Test
  void theVocabularyGraphsDoNotShowUpAsActors() {
    String data = "https://w3id.org/actorgraph/id/";
    List<String> actors = table("actors", Map.of(), "entity");
    assertTrue(actors.stream().allMatch(e -> e.startsWith(data)), actors.toString());
    // "alliance" and "security" are labels of agreement kinds in the ontology's graph.
    List<String> hits = table("search", Map.of("q", "alliance OR security OR Consult"), "entity");
    assertTrue(hits.stream().allMatch(e -> e.startsWith(data)), hits.toString());
    assertEquals(List.of(), table("actor-profile", Map.of("name", "Consult"), "value"));
  }

  @Test
  void actorsListsPeopleAndCountries() {
    List<String> labels =
        run("actors", Map.of()).stream().map(r -> r.get("label").getLiteralLexicalForm()).toList();
    assertTrue(
        labels.containsAll(List.of("Daniel Noboa", "Ecuador", "United States")), labels.toString());
  }
}
