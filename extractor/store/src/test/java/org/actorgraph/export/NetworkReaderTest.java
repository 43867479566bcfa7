package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network read from a small in-memory graph of invented facts, under each filter. */
class NetworkReaderTest {

  private static final String ID = "https://w3id.org/actorgraph/id/";
  private static final String GRAPH =
      """
      PREFIX ag:    <https://w3id.org/actorgraph/ns#>
      PREFIX cameo: <https://w3id.org/actorgraph/cameo/>
      PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
      PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
      PREFIX :      <https://w3id.org/actorgraph/id/>

      :freedonia a ag:Actor, ag:Country ; rdfs:label "Freedonia" ; ag:wikidataId "Q1" ;
          ag:mentionedIn :a1, :a2 .
      :sylvania a ag:Actor, ag:Country ; rdfs:label "Sylvania" ; skos:altLabel "Sylvanian" ;
          ag:mentionedIn :a1 .
      :ruritania a ag:Actor, ag:Country ; rdfs:label "Ruritania" ; ag:mentionedIn :a2 .
      :jane a ag:Actor, ag:Person ; rdfs:label "Jane Doe", "Doe" ; ag:mentionedIn :a1 .
      :john a ag:Actor, ag:Person ; rdfs:label "John Roe" ; skos:altLabel "Doe" .
      :council a ag:Actor, ag:Organisation, ag:GovernmentBody ; rdfs:label "Council of Port Aster" .
      :a1 a ag:Article ; ag:datePublished "2025-04-15"^^xsd:date .
      :a2 a ag:Article ; ag:datePublished "2025-03"^^xsd:gYearMonth .
      :m1 ag:article :a1 .
      :m2 ag:article :a2 .

      :i1 a ag:Interaction ; ag:source :freedonia ; ag:target :sylvania ; ag:cameo cameo:042 ;
          ag:confidence 0.8e0 ; ag:evidence :m1 .
      :i2 a ag:Interaction ; ag:source :freedonia ; ag:target :sylvania ; ag:cameo cameo:043 ;
          ag:confidence 0.6e0 ; ag:evidence :m2 ; ag:date "2025-03-02"^^xsd:date .
      :i3 a ag:Interaction ; ag:source :sylvania ; ag:target :ruritania ; ag:cameo cameo:190 ;
          ag:confidence 0.9e0 ; ag:evidence :m2 .
      :i4 a ag:Interaction ; ag:source :jane ; ag:target :freedonia ; ag:cameo cameo:01 ;
          ag:confidence 0.9e0 ; ag:evidence :m1 .
      :p1 a ag:Position ; ag:holder :jane ; ag:organisation :council ;
          ag:confidence 0.7e0 ; ag:evidence :m1 .
      :g1 a ag:Agreement ; ag:party :freedonia, :sylvania, :ruritania ;
          ag:confidence 0.5e0 ; ag:date "2024"^^xsd:gYear .
      """;

  private static NetworkReader reader;

  @BeforeAll
  static void load() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(GRAPH, Lang.TURTLE).parse(ds);
    reader = new NetworkReader(SparqlSource.local(ds));
  }

  private static ActorNetwork read(Map<ExportFilter.Option, String> options) {
    Map<ExportFilter.Option, String> all = new EnumMap<>(ExportFilter.Option.class);
    all.putAll(options);
    return reader.read(ExportFilter.parse(all, true));
  }

  /** The edges' types, sorted. */
  private static List<String> types(ActorNetwork n) {
    return n.edges().stream().map(Relations::typeName).sorted().toList();
  }

  @Test
  void factsOfOneKindAndRootBetweenTwoActorsAreOneWeightedDatedEdge() {
    ActorNetwork n = reader.read(ExportFilter.NONE);
    assertEquals(7, n.edges().size(), types(n).toString());
    RelationEdge consult =
        n.edges().stream().filter(e -> "04".equals(e.cameo())).findFirst().orElseThrow();
    assertEquals(ID + "freedonia", consult.source());
    assertEquals(ID + "sylvania", consult.target());
    assertEquals(2, consult.weight());
    assertEquals(0.8, consult.confidence());
    assertEquals(LocalDate.of(2025, 3, 2), consult.firstDate());
    assertEquals(LocalDate.of(2025, 4, 15), consult.lastDate());
    assertEquals("04 Consult", consult.label());
  }

  @Test
  void agreementPartiesArePairedOnceWithoutDirection() {
    List<RelationEdge> agreements =
        reader.read(ExportFilter.NONE).edges().stream()
            .filter(e -> e.kind() == RelationKind.Agreement)
            .toList();
    assertEquals(3, agreements.size());
    assertTrue(agreements.stream().allMatch(e -> !e.directed()));
    assertTrue(agreements.stream().allMatch(e -> e.source().compareTo(e.target()) < 0));
    assertEquals(LocalDate.of(2024, 12, 31), agreements.get(0).lastDate());
  }

  @Test
  void nodesHaveTheirMostSpecificTypeLongestLabelWikidataIdAndArticles() {
    ActorNetwork n = reader.read(ExportFilter.NONE);
    assertEquals(5, n.nodes().size());
    Map<String, ActorNode> byId =
        n.nodes().stream().collect(java.util.stream.Collectors.toMap(ActorNode::id, x -> x));
    assertEquals(
        new ActorNode(ID + "freedonia", "Freedonia", "Country", "Q1", 2),
        byId.get(ID + "freedonia"));
    assertEquals("Jane Doe", byId.get(ID + "jane").label());
    assertEquals("GovernmentBody", byId.get(ID + "council").type());
    assertEquals(0, byId.get(ID + "council").articles());
  }

  @Test
  void minimumConfidenceDropsWeakFacts() {
    ActorNetwork n = read(Map.of(ExportFilter.Option.MIN_CONFIDENCE, "0.7"));
    assertEquals(
        List.of("Interaction-01", "Interaction-04", "Interaction-19", "Position"), types(n));
    assertEquals(1, n.edges().get(0).weight());
  }

  @Test
  void kindsAndCameoRootsSelectEdges() {
    assertEquals(List.of("Position"), types(read(Map.of(ExportFilter.Option.KINDS, "position"))));
    List<String> fights = types(read(Map.of(ExportFilter.Option.CAMEO, "19")));
    assertEquals(5, fights.size(), fights.toString());
    assertTrue(fights.contains("Interaction-19") && !fights.contains("Interaction-04"));
  }

  @Test
  void aDateRangeKeepsFactsDatedInItByTheirOwnDateOrTheirArticles() {
    ActorNetwork n = read(Map.of(ExportFilter.Option.FROM, "2025-04-01"));
    assertEquals(List.of("Interaction-01", "Interaction-04", "Position"), types(n));
    assertEquals(1, n.edges().get(0).weight());
  }

  @Test
  void theNeighbourhoodGrowsWithDepth() {
    assertEquals(
        1, read(Map.of(ExportFilter.Option.ACTOR, "council of port aster")).edges().size());
    ActorNetwork two =
        read(Map.of(ExportFilter.Option.ACTOR, ID + "council", ExportFilter.Option.DEPTH, "2"));
    assertEquals(List.of("Interaction-01", "Position"), types(two));
    assertEquals(3, two.nodes().size());
    assertEquals(
        7,
        read(Map.of(
                ExportFilter.Option.ACTOR, "<" + ID + "council>", ExportFilter.Option.DEPTH, "3"))
            .edges()
            .size());
  }

  @Test
  void anActorIsFoundByAnAliasAndAnIsolatedActorIsItsOwnNetwork() {
    assertEquals(5, read(Map.of(ExportFilter.Option.ACTOR, "sylvanian")).edges().size());
    ActorNetwork john = read(Map.of(ExportFilter.Option.ACTOR, "John Roe"));
    assertEquals(0, john.edges().size());
    assertEquals(1, john.nodes().size());
  }

  @Test
  void anUnknownOrAmbiguousActorIsAnErrorNamingTheCandidates() {
    assertThrows(
        UnknownActorException.class, () -> read(Map.of(ExportFilter.Option.ACTOR, "Narnia")));
    assertThrows(
        UnknownActorException.class, () -> read(Map.of(ExportFilter.Option.ACTOR, ID + "nowhere")));
    UnknownActorException e =
        assertThrows(
            UnknownActorException.class, () -> read(Map.of(ExportFilter.Option.ACTOR, "Doe")));
    assertTrue(e.getMessage().contains(ID + "jane") && e.getMessage().contains(ID + "john"));
  }

  @Test
  void anActorNameIsAValueNeverQueryText() {
    assertThrows(
        UnknownActorException.class,
        () -> read(Map.of(ExportFilter.Option.ACTOR, "x\") } ; DROP ALL ; SELECT * { (\"")));
  }
}
