package org.actorgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final Model ONTOLOGY = Ontology.ontology();
  private static final String SCHEMA = "http://schema.org/";

  /** Every public static Resource or Property constant of {@link AG}, by field name. */
  static Map<String, Resource> constants() {
    Map<String, Resource> out = new java.util.TreeMap<>();
    for (Field f : AG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        try {
          out.put(f.getName(), (Resource) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(f.getName(), e);
        }
      }
    }
    return out;
  }

  private static Set<Resource> ontologyTerms() {
    return ONTOLOGY.listSubjects().toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(AG.NS))
        .collect(Collectors.toSet());
  }

  @Test
  void everyConstantIsDeclaredInTheOntologyWithAFittingType() {
    List<String> problems = new ArrayList<>();
    constants()
        .forEach(
            (name, term) -> {
              if (!term.getURI().equals(AG.NS + name)) {
                problems.add(name + ": IRI " + term.getURI() + " does not end in its name");
              }
              boolean isProperty = term instanceof Property;
              Set<Resource> allowed =
                  isProperty
                      ? Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty)
                      : Set.of(OWL2.Class, SKOS.Concept, SKOS.ConceptScheme);
              boolean declared =
                  ONTOLOGY.listObjectsOfProperty(term, RDF.type).toList().stream()
                      .anyMatch(allowed::contains);
              if (!declared) {
                problems.add(name + ": not declared as one of " + allowed);
              }
            });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyTermInTheOntologyHasAConstant() {
    Set<String> names = constants().keySet();
    Set<String> missing = new TreeSet<>();
    for (Resource term : ontologyTerms()) {
      if (!names.contains(term.getLocalName())) {
        missing.add(term.getLocalName());
      }
    }
    assertEquals(Set.of(), missing, "terms of actorgraph.ttl without a constant in AG");
  }

  @Test
  void everyTermInTheOntologyHasAnEnglishLabelAndComment() {
    Set<String> problems = new TreeSet<>();
    for (Resource term : ontologyTerms()) {
      for (Property p : List.of(RDFS.label, RDFS.comment)) {
        boolean english =
            ONTOLOGY.listObjectsOfProperty(term, p).toList().stream()
                .anyMatch(
                    n ->
                        n.isLiteral()
                            && n.asLiteral().getLanguage().equals("en")
                            && n.asLiteral().getString().length() > 2);
        if (!english) {
          problems.add(term.getLocalName() + " lacks an English " + p.getLocalName());
        }
      }
    }
    assertEquals(Set.of(), problems);
  }

  @Test
  void theOntologyHasItsVersionIri() {
    Resource ontology = ONTOLOGY.createResource(Ontology.IRI);
    assertTrue(ONTOLOGY.contains(ontology, RDF.type, OWL2.Ontology));
    assertTrue(
        ONTOLOGY.contains(
            ontology, OWL2.versionIRI, ONTOLOGY.createResource(Ontology.VERSION_IRI)));
  }

  @Test
  void corePropertiesHaveTheirDomainsAndRanges() {
    Map<Property, List<Resource>> expected =
        Map.ofEntries(
            Map.entry(AG.holder, List.of(AG.Position, AG.Person)),
            Map.entry(AG.roleStatus, List.of(AG.ArticleView, SKOS.Concept)),
            Map.entry(AG.status, List.of(AG.ArticleView, SKOS.Concept)),
            Map.entry(AG.confidence, List.of(AG.ArticleView, xsd("double"))),
            Map.entry(AG.member, List.of(AG.Membership, AG.Actor)),
            Map.entry(AG.source, List.of(AG.Interaction, AG.Actor)),
            Map.entry(AG.target, List.of(AG.Interaction, AG.Actor)),
            Map.entry(AG.cameo, List.of(AG.Interaction, SKOS.Concept)),
            Map.entry(AG.party, List.of(AG.Agreement, AG.Actor)),
            Map.entry(AG.speaker, List.of(AG.Quote, AG.Actor)),
            Map.entry(AG.contestant, List.of(AG.Contest, AG.Actor)),
            Map.entry(AG.evidence, List.of(AG.Assertion, AG.Mention)),
            Map.entry(AG.sentence, List.of(AG.Mention, AG.Sentence)),
            Map.entry(AG.extractedBy, List.of(AG.Article, AG.ExtractionRun)),
            Map.entry(AG.memberOf, List.of(AG.Actor, AG.Organisation)),
            Map.entry(AG.partyTo, List.of(AG.Actor, AG.Agreement)),
            Map.entry(AG.opponentOf, List.of(AG.Actor, AG.Actor)),
            Map.entry(AG.isoCode, List.of(AG.Country, xsd("string"))),
            Map.entry(AG.sentenceIndex, List.of(AG.Sentence, xsd("integer"))),
            Map.entry(AG.extractedAt, List.of(AG.Article, xsd("dateTime"))));
    expected.forEach(
        (p, domainRange) -> {
          assertEquals(
              List.of(domainRange.get(0)), objects(p, RDFS.domain), p.getLocalName() + " domain");
          assertEquals(
              List.of(domainRange.get(1)), objects(p, RDFS.range), p.getLocalName() + " range");
        });
  }

  @Test
  void unionDomainsAndRangesListTheirMembers() {
    assertEquals(List.of(AG.Organisation, AG.Place), unionMembers(AG.organisation, RDFS.range));
    assertEquals(List.of(AG.Position, AG.Membership), unionMembers(AG.organisation, RDFS.domain));
    assertEquals(List.of(AG.Sentence, AG.Mention), unionMembers(AG.beginIndex, RDFS.domain));
    assertEquals(List.of(AG.Actor, AG.Place), unionMembers(AG.denotedBy, RDFS.domain));
  }

  @Test
  void countryIsAnActorAPlaceAndASchemaCountryAndActorsAreNotDisjointFromPlaces() {
    List<RDFNode> supers = ONTOLOGY.listObjectsOfProperty(AG.Country, RDFS.subClassOf).toList();
    assertTrue(supers.contains(AG.Actor), supers.toString());
    assertTrue(supers.contains(AG.Place), supers.toString());
    assertTrue(supers.contains(ONTOLOGY.createResource(SCHEMA + "Country")), supers.toString());
    assertTrue(ONTOLOGY.listStatements(AG.Actor, OWL2.disjointWith, AG.Place).toList().isEmpty());
    assertTrue(ONTOLOGY.listStatements(AG.Place, OWL2.disjointWith, AG.Actor).toList().isEmpty());
  }

  @Test
  void aMemorandumIsDeclaredDisjointFromATreaty() {
    assertTrue(ONTOLOGY.contains(AG.Memorandum, OWL2.disjointWith, AG.Treaty));
    assertTrue(ONTOLOGY.contains(AG.Treaty, RDFS.subClassOf, AG.Agreement));
  }

  @Test
  void opponentOfIsSymmetricAndPartyToIsTheInverseOfParty() {
    assertTrue(ONTOLOGY.contains(AG.opponentOf, RDF.type, OWL2.SymmetricProperty));
    assertTrue(ONTOLOGY.contains(AG.partyTo, OWL2.inverseOf, AG.party));
    assertTrue(ONTOLOGY.contains(AG.quoted, OWL2.inverseOf, AG.speaker));
  }

  @Test
  void directPropertiesAreMatchedToWikidataProperties() {
    Map<Property, List<String>> expected =
        Map.of(
            AG.holdsPositionIn, List.of("P108", "P39"),
            AG.headOf, List.of("P35", "P6"),
            AG.memberOf, List.of("P463"),
            AG.partOf, List.of("P361"),
            AG.locatedIn, List.of("P131", "P17", "P276"),
            AG.party, List.of("P1891"),
            AG.citizenOf, List.of("P27"),
            AG.foundedBy, List.of("P112"));
    expected.forEach(
        (p, ids) ->
            assertEquals(
                ids,
                objects(p, SKOS.closeMatch).stream()
                    .map(r -> r.getURI().replace("http://www.wikidata.org/prop/direct/", ""))
                    .sorted()
                    .toList(),
                p.getLocalName()));
  }

  @Test
  void mentionsAreAlignedWithNifAndGaf() {
    String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    assertEquals(List.of(ONTOLOGY.createResource(nif + "beginIndex")), supers(AG.beginIndex));
    assertEquals(List.of(ONTOLOGY.createResource(nif + "endIndex")), supers(AG.endIndex));
    assertEquals(List.of(ONTOLOGY.createResource(nif + "anchorOf")), supers(AG.anchorOf));
    assertEquals(
        List.of(ONTOLOGY.createResource("http://groundedannotationframework.org/gaf#denotedBy")),
        supers(AG.denotedBy));
  }

  private static List<Resource> supers(Property p) {
    return objects(p, RDFS.subPropertyOf);
  }

  private static List<Resource> objects(Resource s, Property p) {
    return ONTOLOGY.listObjectsOfProperty(s, p).toList().stream().map(RDFNode::asResource).toList();
  }

  private static List<Resource> unionMembers(Property p, Property domainOrRange) {
    List<Resource> classes = objects(p, domainOrRange);
    assertEquals(1, classes.size(), p.getLocalName());
    RDFList list = classes.get(0).getPropertyResourceValue(OWL2.unionOf).as(RDFList.class);
    return list.asJavaList().stream().map(RDFNode::asResource).toList();
  }

  private static Resource xsd(String local) {
    return ONTOLOGY.createResource("http://www.w3.org/2001/XMLSchema#" + local);
  }
}
