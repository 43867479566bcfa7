package org.actorgraph.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The HTML section describing one term of the ontology page. */
final class TermSection {

  private final Terms terms;

  TermSection(Terms terms) {
    this.terms = terms;
  }

  String ofClass(Resource c) {
    List<String[]> rows = new ArrayList<>();
    row(rows, "Subclass of", terms.objects(c, RDFS.subClassOf));
    row(rows, "Subclasses", terms.subjects(RDFS.subClassOf, c));
    List<RDFNode> disjoint = new ArrayList<>(terms.objects(c, OWL2.disjointWith));
    disjoint.addAll(terms.subjects(OWL2.disjointWith, c));
    row(rows, "Disjoint with", disjoint);
    row(rows, "Domain of", usedAs(RDFS.domain, c));
    row(rows, "Range of", usedAs(RDFS.range, c));
    alignments(rows, c);
    return section(c, "Class", rows);
  }

  String ofProperty(Resource p) {
    List<String[]> rows = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (RDFNode type : terms.objects(p, RDF.type)) {
      kinds.add(type.asResource().getLocalName());
    }
    rows.add(new String[] {"Kind", String.join(", ", kinds)});
    row(rows, "Domain", terms.objects(p, RDFS.domain));
    row(rows, "Range", terms.objects(p, RDFS.range));
    row(rows, "Subproperty of", terms.objects(p, RDFS.subPropertyOf));
    row(rows, "Subproperties", terms.subjects(RDFS.subPropertyOf, p));
    List<RDFNode> inverse = new ArrayList<>(terms.objects(p, OWL2.inverseOf));
    inverse.addAll(terms.subjects(OWL2.inverseOf, p));
    row(rows, "Inverse of", inverse);
    alignments(rows, p);
    return section(p, "Property", rows);
  }

  String ofScheme(Resource scheme) {
    List<String[]> rows = new ArrayList<>();
    row(rows, "Top concepts", terms.subjects(SKOS.topConceptOf, scheme));
    return section(scheme, "Concept scheme", rows);
  }

  String ofConcept(Resource concept) {
    List<String[]> rows = new ArrayList<>();
    String notation = terms.text(concept, SKOS.notation);
    if (notation != null) {
      rows.add(new String[] {"Notation", "<code>" + Html.escape(notation) + "</code>"});
    }
    row(rows, "In scheme", terms.objects(concept, SKOS.inScheme));
    row(rows, "Broader", terms.objects(concept, SKOS.broader));
    row(rows, "Narrower", terms.subjects(SKOS.broader, concept));
    row(rows, "Also called", terms.objects(concept, SKOS.altLabel));
    return section(concept, "Concept", rows);
  }

  private void alignments(List<String[]> rows, Resource term) {
    row(rows, "Close match", terms.objects(term, SKOS.closeMatch));
    row(rows, "See also", terms.objects(term, RDFS.seeAlso));
  }

  /** Properties whose domain (or range) is the class or a union that includes it. */
  private List<Resource> usedAs(Property domainOrRange, Resource c) {
    return terms.model().listStatements(null, domainOrRange, (RDFNode) null).toList().stream()
        .filter(s -> Terms.isLocal(s.getSubject()))
        .filter(s -> Terms.members(s.getObject()).contains(c))
        .map(Statement::getSubject)
        .distinct()
        .sorted(Comparator.comparing(Resource::getURI))
        .toList();
  }

  private void row(List<String[]> rows, String label, List<? extends RDFNode> values) {
    if (!values.isEmpty()) {
      rows.add(new String[] {label, terms.links(values)});
    }
  }

  private String section(Resource term, String kind, List<String[]> rows) {
    String label = terms.text(term, RDFS.label);
    String comment = terms.text(term, RDFS.comment);
    String definition = terms.text(term, SKOS.definition);
    StringBuilder out = new StringBuilder(1024);
    out.append("<section class=\"term\" id=\"")
        .append(Html.escape(Terms.anchor(term)))
        .append("\">\n<h3>")
        .append(Html.escape(label == null ? term.getLocalName() : label))
        .append(" <small>")
        .append(kind)
        .append(" <code>")
        .append(Html.escape(terms.shortName(term)))
        .append("</code></small></h3>\n<p class=\"iri\">")
        .append(Html.escape(term.getURI()))
        .append("</p>\n");
    for (String text : new String[] {comment, definition}) {
      if (text != null) {
        out.append("<p>").append(Html.escape(text)).append("</p>\n");
      }
    }
    if (!rows.isEmpty()) {
      out.append("<dl>");
      for (String[] row : rows) {
        out.append("<dt>").append(row[0]).append("</dt><dd>").append(row[1]).append("</dd>");
      }
      out.append("</dl>\n");
    }
    return out.append("</section>\n").toString();
  }
}
