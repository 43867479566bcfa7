package org.actorgraph.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.actorgraph.vocab.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * A Mermaid class diagram of the ontology's classes and properties, generated from the Turtle and
 * pasted into {@code ontology/README.md} (a test keeps the two equal).
 *
 * <p>Boxes are the {@code ag:} classes, with their datatype properties (and properties whose values
 * are SKOS concepts) as attributes. Arrows are sub-class links and object properties from domain to
 * range, drawn once per member of a union.
 *
 * <p>Design decision: a property declared as the inverse of another ({@code ag:partyTo}, {@code
 * ag:quoted}) or a sub-property of another {@code ag:} property ({@code ag:headOf}, {@code
 * ag:winner}) is left out; it would only repeat an arrow.
 */
public final class OntologyDiagram {

  private OntologyDiagram() {}

  /** The diagram as Mermaid source, starting with {@code classDiagram}. */
  public static String mermaid(Model ontology) {
    Terms terms = new Terms(ontology);
    List<Resource> classes = terms.ofType(OWL2.Class, AG.NS);
    Map<String, TreeSet<String>> attributes = new TreeMap<>();
    List<String> arrows = new ArrayList<>();
    for (Resource c : classes) {
      attributes.put(c.getLocalName(), new TreeSet<>());
      for (RDFNode sup : terms.objects(c, RDFS.subClassOf)) {
        if (isAg(sup)) {
          arrows.add(sup.asResource().getLocalName() + " <|-- " + c.getLocalName());
        }
      }
    }
    List<Resource> properties = new ArrayList<>(terms.ofType(OWL2.ObjectProperty, AG.NS));
    properties.addAll(terms.ofType(OWL2.DatatypeProperty, AG.NS));
    for (Resource p : properties) {
      if (repeatsAnother(terms, p)) {
        continue;
      }
      for (Resource domain : classesOf(terms, p, RDFS.domain)) {
        for (RDFNode range : terms.objects(p, RDFS.range)) {
          List<Resource> members = Terms.members(range);
          if (members.stream().anyMatch(OntologyDiagram::isAg)) {
            members.forEach(
                r ->
                    arrows.add(
                        domain.getLocalName()
                            + " --> "
                            + r.getLocalName()
                            + " : "
                            + p.getLocalName()));
          } else if (attributes.containsKey(domain.getLocalName())) {
            attributes
                .get(domain.getLocalName())
                .add(typeName(range.asResource()) + " " + p.getLocalName());
          }
        }
      }
    }
    StringBuilder out = new StringBuilder("classDiagram\n  direction LR\n");
    attributes.forEach(
        (c, attrs) -> {
          if (attrs.isEmpty()) {
            out.append("  class ").append(c).append('\n');
          } else {
            out.append("  class ").append(c).append(" {\n");
            attrs.forEach(a -> out.append("    ").append(a).append('\n'));
            out.append("  }\n");
          }
        });
    arrows.stream().sorted().distinct().forEach(a -> out.append("  ").append(a).append('\n'));
    return out.toString();
  }

  private static boolean isAg(RDFNode node) {
    return node.isURIResource() && node.asResource().getURI().startsWith(AG.NS);
  }

  private static boolean repeatsAnother(Terms terms, Resource p) {
    return terms.objects(p, OWL2.inverseOf).stream().anyMatch(OntologyDiagram::isAg)
        || terms.objects(p, RDFS.subPropertyOf).stream().anyMatch(OntologyDiagram::isAg);
  }

  /** The classes of a domain or range; a union counts each member, none means no arrow. */
  private static List<Resource> classesOf(Terms terms, Resource p, Property which) {
    List<Resource> out = new ArrayList<>();
    for (RDFNode node : terms.objects(p, which)) {
      out.addAll(Terms.members(node));
    }
    return out;
  }

  /** A short type name: {@code string}, {@code double}, {@code date}, {@code Concept}. */
  private static String typeName(Resource range) {
    if (range.isAnon()) {
      return Terms.members(range).stream()
          .map(Resource::getLocalName)
          .collect(Collectors.joining("|"))
          .replace("date|gYearMonth|gYear", "date");
    }
    return range.getLocalName();
  }
}
