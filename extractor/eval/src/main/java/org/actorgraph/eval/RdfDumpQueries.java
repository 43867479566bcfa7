package org.actorgraph.eval;

import java.util.Map;
import org.actorgraph.vocab.AG;
import org.apache.jena.rdf.model.Resource;

/**
 * The SPARQL texts {@link RdfDump} runs. Each has the article graph as the variable {@code ?g},
 * bound by substitution; rows come as {@code ?key ?value} pairs per node so that one query reads
 * all of a node's facts.
 *
 * <p>Relations come from assertion nodes: ag:Position (ag:holder, ag:organisation, ag:role) as
 * {@code position}, ag:Membership (ag:member, ag:organisation) as {@code memberOf}, ag:PartWhole
 * (ag:part, ag:whole) as {@code partOf}, ag:Location (ag:located, ag:location) as {@code
 * locatedIn}, ag:Interaction (ag:source, ag:target, ag:cameo) as {@code interaction}, ag:Contest
 * (ag:contestant, two or more) as {@code opponentOf} per pair. The materialised direct triples are
 * not read: every fact has its assertion. Confidence, agreement status and date are read from the
 * article's view of the node ({@code ?v ag:viewOf ?node}).
 */
final class RdfDumpQueries {

  private static final String PREFIXES =
      "PREFIX ag: <"
          + AG.NS
          + ">\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

  static final String NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g";

  static final String GRAPH_BY_ARTICLE_ID =
      PREFIXES
          + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?article a ag:Article ; ag:articleId ?id } }";

  static final String DATE =
      PREFIXES
          + "SELECT ?date WHERE { GRAPH ?g { ?article a ag:Article ; ag:datePublished ?date } }";

  static final String ENTITIES =
      PREFIXES
          + """
          SELECT ?e ?key ?value WHERE { GRAPH ?g {
            VALUES ?top { ag:Person ag:Country ag:Organisation ag:Place }
            ?e a ?top .
            { ?e a ?value . VALUES ?value { ag:Person ag:Country ag:Organisation ag:Place }
              BIND("type" AS ?key) }
            UNION { ?e rdfs:label ?value BIND("label" AS ?key) }
            UNION { ?e skos:altLabel ?value BIND("alt" AS ?key) }
            UNION { ?e ag:wikidataId ?value BIND("wikidata" AS ?key) }
            UNION { ?v ag:viewOf ?e ; ag:confidence ?value BIND("confidence" AS ?key) }
          } } ORDER BY ?e
          """;

  static final String RELATIONS =
      PREFIXES
          + """
          SELECT ?a ?p ?s ?o ?role ?cameo ?conf WHERE { GRAPH ?g {
            { ?a a ag:Position ; ag:holder ?s ; ag:organisation ?o .
              OPTIONAL { ?a ag:role ?role } BIND("position" AS ?p) }
            UNION { ?a a ag:Membership ; ag:member ?s ; ag:organisation ?o . BIND("memberOf" AS ?p) }
            UNION { ?a a ag:PartWhole ; ag:part ?s ; ag:whole ?o . BIND("partOf" AS ?p) }
            UNION { ?a a ag:Location ; ag:located ?s ; ag:location ?o . BIND("locatedIn" AS ?p) }
            UNION { ?a a ag:Interaction ; ag:source ?s ; ag:target ?o .
              OPTIONAL { ?a ag:cameo ?cameo } BIND("interaction" AS ?p) }
            UNION { ?a a ag:Contest ; ag:contestant ?s , ?o .
              FILTER(STR(?s) < STR(?o)) BIND("opponentOf" AS ?p) }
            OPTIONAL { ?v ag:viewOf ?a ; ag:confidence ?conf }
          } } ORDER BY ?a ?p ?s ?o
          """;

  static final String AGREEMENTS =
      PREFIXES
          + """
          SELECT ?a ?key ?value WHERE { GRAPH ?g {
            ?a a ag:Agreement .
            { BIND("node" AS ?key) }
            UNION { ?a rdfs:label ?value BIND("label" AS ?key) }
            UNION { ?a skos:altLabel ?value BIND("alt" AS ?key) }
            UNION { ?a ag:party ?value BIND("party" AS ?key) }
            UNION { ?a ag:agreementKind ?value BIND("kind" AS ?key) }
            UNION { ?v ag:viewOf ?a ; ag:status ?value BIND("status" AS ?key) }
            UNION { ?v ag:viewOf ?a ; ag:date ?value BIND("date" AS ?key) }
            UNION { ?v ag:viewOf ?a ; ag:confidence ?value BIND("confidence" AS ?key) }
          } } ORDER BY ?a
          """;

  static final String QUOTES =
      PREFIXES
          + """
          SELECT ?q ?key ?value WHERE { GRAPH ?g {
            ?q a ag:Quote .
            { BIND("node" AS ?key) }
            UNION { ?q ag:text ?value BIND("text" AS ?key) }
            UNION { ?q ag:speaker ?value BIND("speaker" AS ?key) }
            UNION { ?v ag:viewOf ?q ; ag:confidence ?value BIND("confidence" AS ?key) }
          } } ORDER BY ?q
          """;

  /** Agreement kind concepts to the gold file's kind names. */
  static final Map<String, String> KINDS =
      Map.of(
          iri(AG.kindAlliance), "alliance",
          iri(AG.kindDefence), "defence",
          iri(AG.kindSecurity), "security",
          iri(AG.kindTrade), "trade",
          iri(AG.kindPeace), "peace",
          iri(AG.kindDiplomatic), "diplomatic",
          iri(AG.kindArms), "arms",
          iri(AG.kindEconomic), "economic",
          iri(AG.kindOther), "other");

  /** Agreement status concepts to the gold file's status names. */
  static final Map<String, String> STATUSES =
      Map.of(
          iri(AG.statusProposed), "proposed",
          iri(AG.statusNegotiating), "negotiating",
          iri(AG.statusAnnounced), "announced",
          iri(AG.statusSigned), "signed",
          iri(AG.statusRatified), "ratified",
          iri(AG.statusInForce), "in-force",
          iri(AG.statusRejected), "rejected",
          iri(AG.statusEnded), "ended");

  private RdfDumpQueries() {}

  private static String iri(Resource r) {
    return r.getURI();
  }
}
