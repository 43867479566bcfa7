package org.actorgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "https://w3id.org/actorgraph/id/";

  private static JsonNode context() throws IOException {
    JsonNode root = JSON.readTree(Ontology.jsonLdContext());
    JsonNode context = root.get("@context");
    assertTrue(context != null && context.isObject(), "context.jsonld has an @context object");
    assertEquals(1.1, context.get("@version").asDouble());
    return context;
  }

  private static String expandCompact(String compact) {
    return compact.startsWith("ag:") ? AG.NS + compact.substring(3) : compact;
  }

  @Test
  void everyVocabularyConstantIsATermNamedByItsLocalName() throws IOException {
    JsonNode context = context();
    Set<String> problems = new TreeSet<>();
    VocabularyTest.constants()
        .forEach(
            (name, term) -> {
              JsonNode definition = context.get(name);
              String id =
                  definition == null
                      ? null
                      : definition.isTextual()
                          ? definition.asText()
                          : definition.path("@id").asText(null);
              if (id == null || !expandCompact(id).equals(term.getURI())) {
                problems.add(name + " -> " + definition);
              }
            });
    assertEquals(Set.of(), problems);
  }

  @Test
  void aDocumentUsingTheContextGivesTheTriplesOfTheGraphModel() throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    doc.set("@context", context());
    doc.set(
        "@graph",
        JSON.readTree(
            """
            [ { "@id": "%1$sfact/1", "@type": ["Assertion", "Position"],
                "holder": "%1$sentity/Q1", "organisation": "%1$sentity/Q736",
                "role": "president", "roleStatus": "roleCurrent", "confidence": 0.9,
                "startDate": {"@value": "2023-11", "@type": "xsd:gYearMonth"},
                "evidence": "%1$sarticle/a#char=0,7" },
              { "@id": "%1$sfact/2", "@type": "Interaction", "cameo": "CAMEO:04",
                "source": "%1$sentity/Q736", "target": "%1$sentity/Q30", "trigger": "meet" },
              { "@id": "%1$sentity/Q1", "@type": ["Person", "Actor"], "label": "Daniel Noboa",
                "sameAs": "http://www.wikidata.org/entity/Q1", "headOf": "%1$sentity/Q736" },
              { "@id": "%1$sarticle/a#char=0,7", "@type": "Mention", "beginIndex": 0,
                "endIndex": 7, "anchorOf": "Ecuador", "sentence": "%1$sarticle/a#s0" } ]
            """
                .formatted(ID)));
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(JSON.writeValueAsString(doc), Lang.JSONLD).parse(m);

    Resource position = m.createResource(ID + "fact/1");
    Resource noboa = m.createResource(ID + "entity/Q1");
    Resource ecuador = m.createResource(ID + "entity/Q736");
    assertTrue(m.contains(position, RDF.type, AG.Position));
    assertTrue(m.contains(position, AG.holder, noboa));
    assertTrue(m.contains(position, AG.roleStatus, AG.roleCurrent));
    assertTrue(m.contains(position, AG.role, "president"));
    assertTrue(m.contains(noboa, AG.headOf, ecuador));
    assertTrue(
        m.contains(noboa, OWL2.sameAs, m.createResource("http://www.wikidata.org/entity/Q1")));
    assertTrue(m.contains(noboa, RDFS.label, "Daniel Noboa"));
    assertTrue(m.contains(m.createResource(ID + "fact/2"), AG.cameo, AG.cameo("04")));

    Literal confidence = position.getProperty(AG.confidence).getLiteral();
    assertEquals(XSDDatatype.XSDdouble.getURI(), confidence.getDatatypeURI());
    assertEquals(0.9, confidence.getDouble());
    Literal start = position.getProperty(AG.startDate).getLiteral();
    assertEquals(XSDDatatype.XSDgYearMonth.getURI(), start.getDatatypeURI());
    Literal begin =
        m.createResource(ID + "article/a#char=0,7").getProperty(AG.beginIndex).getLiteral();
    assertEquals(XSDDatatype.XSDinteger.getURI(), begin.getDatatypeURI());
    assertEquals(0, begin.getInt());
  }
}
