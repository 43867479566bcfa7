package org.actorgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OntologyPageTest {

  private static final Model ONTOLOGY = Ontology.ontology();
  private static final Model CAMEO = Ontology.cameo();
  private static final Document PAGE = Jsoup.parse(OntologyPage.html(ONTOLOGY, CAMEO));

  private static List<Resource> agTerms(Resource type) {
    return ONTOLOGY.listSubjectsWithProperty(RDF.type, type).toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(AG.NS))
        .toList();
  }

  private static void assertSectionSays(String anchor, String label, String text) {
    Element section = PAGE.getElementById(anchor);
    assertNotNull(section, "no section with id " + anchor);
    String shown = section.text();
    assertTrue(shown.contains(label), anchor + " shows its label " + label);
    assertTrue(shown.contains(text), anchor + " shows \"" + text + "\" in: " + shown);
  }

  @Test
  void everyClassHasASectionWithItsLabelAndComment() {
    List<Resource> classes = agTerms(OWL2.Class);
    assertTrue(classes.size() >= 30, "classes: " + classes.size());
    for (Resource c : classes) {
      assertSectionSays(
          c.getLocalName(),
          c.getProperty(RDFS.label).getString(),
          c.getProperty(RDFS.comment).getString());
    }
  }

  @Test
  void everyPropertyAndConceptHasASectionWithItsComment() {
    for (Resource type : List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, SKOS.Concept)) {
      for (Resource t : agTerms(type)) {
        assertSectionSays(
            t.getLocalName(),
            t.getProperty(RDFS.label).getString(),
            t.getProperty(RDFS.comment).getString());
      }
    }
  }

  @Test
  void propertiesShowDomainRangeAndAlignments() {
    String holds = PAGE.getElementById("holdsPositionIn").text();
    assertTrue(holds.contains("Domain ag:Person"), holds);
    assertTrue(holds.contains("Range ag:Organisation or ag:Place"), holds);
    assertTrue(holds.contains("Subproperty of org:memberOf"), holds);
    assertTrue(holds.contains("wdt:P39"), holds);
    String country = PAGE.getElementById("Country").text();
    assertTrue(country.contains("Subclass of ag:Actor, ag:Place, schema:Country"), country);
  }

  @Test
  void cameoCategoriesAppearUnderTheirQuadClass() {
    assertSectionSays("cameo-04", "Consult", "Talk with another actor");
    assertTrue(PAGE.getElementById("cameo-04").text().contains("Broader cameo:verbalCooperation"));
    String quad = PAGE.getElementById("cameo-materialConflict").text();
    assertTrue(quad.contains("cameo:14") && quad.contains("cameo:20"), quad);
  }

  @Test
  void anchorsAreUniqueAndEveryInternalLinkResolves() {
    Set<String> ids = new HashSet<>();
    for (Element e : PAGE.select("[id]")) {
      assertTrue(ids.add(e.id()), "duplicate id " + e.id());
    }
    Set<String> broken = new TreeSet<>();
    for (Element a : PAGE.select("a[href^=#]")) {
      if (!ids.contains(a.attr("href").substring(1))) {
        broken.add(a.attr("href"));
      }
    }
    assertEquals(Set.of(), broken);
  }

  @Test
  void textFromTheOntologyIsEscaped() {
    String html = OntologyPage.html(ONTOLOGY, CAMEO);
    assertTrue(html.contains("&quot;president&quot;"), "quotes in comments are escaped");
    assertEquals(1, PAGE.select("h1").size());
  }
}
