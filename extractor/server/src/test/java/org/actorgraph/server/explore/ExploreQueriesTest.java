package org.actorgraph.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The page's queries over a small invented graph in memory. */
class ExploreQueriesTest {

  private static final String ID = "https://w3id.org/actorgraph/id/";

  /**
   * Jane Doe is president of Freedonia (confidence on the fact) and meets Sylvania (confidence,
   * date and trigger on an article's view of the fact, as ag:viewOf models it); Freedonia and
   * Sylvania are parties to one agreement with Ruritania.
   */
  private static final String GRAPH =
      """
      PREFIX ag: <https://w3id.org/actorgraph/ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      BASE <https://w3id.org/actorgraph/id/>
      <person/doe> a ag:Person , ag:Actor ; rdfs:label "Jane Doe" ; ag:mentionedIn <article/a1> .
      <entity/Q1> a ag:Country , ag:Actor ; rdfs:label "Freedonia" ; ag:wikidataId "Q1" .
      <entity/Q2> a ag:Country , ag:Actor ; rdfs:label "Sylvania" .
      <entity/Q3> a ag:Country , ag:Actor ; rdfs:label "Ruritania" .
      <article/a1> a ag:Article ; ag:articleId "a1" ; ag:headline "Doe in Port Aster" ;
          ag:datePublished "2025-04-15"^^xsd:date .
      <article/a1#s0> a ag:Sentence ; ag:text "President Jane Doe of Freedonia met Sylvania." .
      <article/a1#char=0,44> a ag:Mention ; ag:article <article/a1> ; ag:sentence <article/a1#s0> .
      <fact/p1> a ag:Position , ag:Assertion ; ag:holder <person/doe> ; ag:organisation <entity/Q1> ;
          ag:role "president" ; ag:confidence 0.9 ; ag:evidence <article/a1#char=0,44> .
      <fact/i1> a ag:Interaction , ag:Assertion ; ag:source <person/doe> ; ag:target <entity/Q2> ;
          ag:cameo <https://w3id.org/actorgraph/cameo/04> ; ag:evidence <article/a1#char=0,44> .
      <article/a1#fact/i1> a ag:ArticleView ; ag:viewOf <fact/i1> ; ag:confidence 0.7 ;
          ag:date "2025-03"^^xsd:gYearMonth ; ag:trigger "meet" .
      <fact/g1> a ag:Agreement , ag:Assertion ; ag:party <entity/Q1> , <entity/Q2> , <entity/Q3> ;
          rdfs:label "Port Aster accord" ; ag:confidence 0.8 ; ag:evidence <article/a1#char=0,44> .
      """;

  private static ExploreQueries queries() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(GRAPH, Lang.TURTLE).parse(dsg);
    return new ExploreQueries(dsg);
  }

  @Test
  void factsOfAnActorReadConfidenceAndDateFromTheFactOrAnArticlesViewOfIt() {
    List<FactLink> facts = queries().factsOf(ID + "person/doe");
    facts = facts.stream().sorted(Comparator.comparing(FactLink::fact)).toList();
    assertEquals(2, facts.size(), facts.toString());
    FactLink meeting = facts.get(0);
    assertEquals("interaction", meeting.kind());
    assertEquals("04", meeting.cameo());
    assertEquals(0.7, meeting.confidence());
    assertEquals("2025-03", meeting.date());
    assertEquals("2025-04-15", meeting.published());
    FactLink president = facts.get(1);
    assertEquals("position", president.kind());
    assertEquals(ID + "entity/Q1", president.target());
    assertEquals(0.9, president.confidence());
    assertNull(president.cameo());
  }

  @Test
  void anAgreementLinksAnActorToEachOtherParty() {
    List<FactLink> facts = queries().factsOf(ID + "entity/Q2");
    List<String> others =
        facts.stream()
            .filter(f -> f.kind().equals("agreement"))
            .map(f -> f.other(ID + "entity/Q2"))
            .sorted()
            .toList();
    assertEquals(List.of(ID + "entity/Q1", ID + "entity/Q3"), others);
  }

  @Test
  void factsBetweenTwoActorsAreTheirsOnlyWhicheverEndIsAsked() {
    ExploreQueries q = queries();
    List<FactLink> fromDoe = q.factsBetween(ID + "person/doe", ID + "entity/Q1");
    assertEquals(1, fromDoe.size(), fromDoe.toString());
    assertEquals(ID + "fact/p1", fromDoe.get(0).fact());
    List<FactLink> fromFreedonia = q.factsBetween(ID + "entity/Q1", ID + "person/doe");
    assertEquals(fromDoe, fromFreedonia);
    assertEquals(1, q.factsBetween(ID + "entity/Q3", ID + "entity/Q1").size());
  }

  @Test
  void entitiesAndEvidenceAreReadForTheGivenIrisOnly() {
    ExploreQueries q = queries();
    Map<String, ExploreQueries.Entity> e = q.entities(List.of(ID + "entity/Q1", ID + "person/doe"));
    assertEquals(2, e.size());
    assertEquals("Q1", e.get(ID + "entity/Q1").wikidata());
    assertEquals("Country", e.get(ID + "entity/Q1").type());
    assertEquals(1, e.get(ID + "person/doe").articles());
    List<ExploreQueries.Evidence> evidence = q.evidence(List.of(ID + "fact/i1"));
    assertEquals(1, evidence.size());
    assertEquals("President Jane Doe of Freedonia met Sylvania.", evidence.get(0).sentence());
    assertEquals("meet", evidence.get(0).trigger());
    assertEquals("Doe in Port Aster", evidence.get(0).headline());
  }

  @Test
  void aSearchBecomesPrefixWordsOverNamesAndAliasesWithNothingElseOfTheUsersText() {
    assertEquals(
        "label:(jane* AND do*) OR altLabel:(jane* AND do*)", ExploreQueries.lucene("Jane Do"));
    assertEquals(
        "label:(drop* AND all*) OR altLabel:(drop* AND all*)",
        ExploreQueries.lucene("\") } ; DROP ALL #"));
    assertEquals("label:(x) OR altLabel:(x)", ExploreQueries.lucene("x"));
    assertNull(ExploreQueries.lucene(" *?~ "));
    assertEquals("04", ExploreQueries.cameoRoot("https://w3id.org/actorgraph/cameo/0412"));
    assertNull(ExploreQueries.cameoRoot("https://w3id.org/actorgraph/cameo/verbalConflict"));
  }

  @Test
  void theFactQueryReadsAtMostMaxFacts() throws IOException {
    try (InputStream in = ExploreQueries.class.getResourceAsStream("facts-of-actor.rq")) {
      String rq = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(rq.contains("LIMIT " + ExploreQueries.MAX_FACTS + "\n"), rq);
    }
  }

  @Test
  void thePageInsertsGraphTextAsTextOnly() throws IOException {
    try (InputStream in = ExploreQueries.class.getResourceAsStream("explore.js")) {
      String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String sink :
          List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
        assertFalse(js.contains(sink), "explore.js uses " + sink);
      }
      assertTrue(js.contains("textContent"));
    }
  }
}
