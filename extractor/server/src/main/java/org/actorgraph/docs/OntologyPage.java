package org.actorgraph.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology's reference page: one HTML document listing every class, property, concept scheme
 * and concept of {@code actorgraph.ttl} and {@code cameo.ttl} with its label, comment and axioms
 * (super-classes, domains, ranges, alignments). Each term's section has the term's local name as
 * its anchor ({@code #Person}, {@code #holdsPositionIn}; CAMEO concepts {@code #cameo-04}), so that
 * the page can be served at the namespace IRI and {@code ag:Person} resolves to its description.
 */
public final class OntologyPage {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.45;color:#222}section.term{border-top:1px solid #ddd;padding:.4rem 0}"
          + "dt{font-weight:600;float:left;clear:left;width:9rem}dd{margin-left:10rem}"
          + "code{font-size:.92em}.iri{color:#666;font-size:.9em}nav li{display:inline}"
          + "nav li:after{content:' · '}";

  private OntologyPage() {}

  /** The page for the ontology files on the class path. */
  public static String html() {
    return html(Ontology.ontology(), Ontology.cameo());
  }

  /**
   * Renders the page.
   *
   * @param ontology the parsed {@code actorgraph.ttl}
   * @param cameo the parsed {@code cameo.ttl}
   * @return a complete UTF-8 HTML document
   */
  public static String html(Model ontology, Model cameo) {
    Model all = ModelFactory.createDefaultModel().add(ontology).add(cameo);
    all.setNsPrefixes(cameo.getNsPrefixMap()).setNsPrefixes(ontology.getNsPrefixMap());
    Terms terms = new Terms(all);
    TermSection sections = new TermSection(terms);
    List<Resource> classes = terms.ofType(OWL2.Class, AG.NS);
    List<Resource> objectProperties = terms.ofType(OWL2.ObjectProperty, AG.NS);
    List<Resource> datatypeProperties = terms.ofType(OWL2.DatatypeProperty, AG.NS);
    List<Resource> schemes = new ArrayList<>(terms.ofType(SKOS.ConceptScheme, AG.NS));
    schemes.addAll(terms.ofType(SKOS.ConceptScheme, AG.CAMEO));

    StringBuilder out = new StringBuilder(64 * 1024);
    header(out, terms);
    out.append("<nav><h2>Contents</h2><ul>")
        .append("<li><a href=\"#classes\">Classes</a></li>")
        .append("<li><a href=\"#object-properties\">Object properties</a></li>")
        .append("<li><a href=\"#datatype-properties\">Datatype properties</a></li>")
        .append("<li><a href=\"#concept-schemes\">Concept schemes</a></li></ul></nav>\n");
    part(out, "classes", "Classes", classes, sections::ofClass);
    part(out, "object-properties", "Object properties", objectProperties, sections::ofProperty);
    part(
        out,
        "datatype-properties",
        "Datatype properties",
        datatypeProperties,
        sections::ofProperty);
    out.append("<h2 id=\"concept-schemes\">Concept schemes</h2>\n");
    for (Resource scheme : schemes) {
      out.append(sections.ofScheme(scheme));
      for (Resource concept : concepts(terms, scheme)) {
        out.append(sections.ofConcept(concept));
      }
    }
    return out.append("</body></html>\n").toString();
  }

  private static void header(StringBuilder out, Terms terms) {
    Resource ontology = terms.model().createResource(Ontology.IRI);
    String title = terms.text(ontology, DCTerms.title);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"iri\">Namespace <code>")
        .append(Html.escape(AG.NS))
        .append("</code> · version <code>")
        .append(Html.escape(Ontology.VERSION_IRI))
        .append("</code> · CAMEO <code>")
        .append(Html.escape(AG.CAMEO))
        .append("</code></p>\n<p>")
        .append(Html.escape(terms.text(ontology, RDFS.comment)))
        .append("</p>\n");
  }

  private static void part(
      StringBuilder out,
      String id,
      String heading,
      List<Resource> members,
      Function<Resource, String> section) {
    out.append("<h2 id=\"").append(id).append("\">").append(heading).append("</h2>\n<p>");
    out.append(
        String.join(
            " · ",
            members.stream()
                .map(m -> "<a href=\"#" + Terms.anchor(m) + "\">" + Terms.anchor(m) + "</a>")
                .toList()));
    out.append("</p>\n");
    members.forEach(m -> out.append(section.apply(m)));
  }

  /** The concepts of a scheme: top concepts first, each followed by its narrower concepts. */
  private static List<Resource> concepts(Terms terms, Resource scheme) {
    Comparator<Resource> byNotation =
        Comparator.comparing(
            (Resource c) -> {
              String notation = terms.text(c, SKOS.notation);
              return notation == null ? "" : notation;
            });
    List<Resource> inScheme =
        terms.subjects(SKOS.inScheme, scheme).stream()
            .filter(c -> c.hasProperty(RDF.type, SKOS.Concept))
            .toList();
    List<Resource> tops =
        inScheme.stream().filter(c -> c.hasProperty(SKOS.topConceptOf, scheme)).toList();
    List<Resource> ordered = new ArrayList<>();
    for (Resource top : tops) {
      ordered.add(top);
      inScheme.stream()
          .filter(c -> c.hasProperty(SKOS.broader, top))
          .sorted(byNotation)
          .forEach(ordered::add);
    }
    inScheme.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    return ordered;
  }
}
