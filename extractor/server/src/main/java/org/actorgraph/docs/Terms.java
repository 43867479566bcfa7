package org.actorgraph.docs;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.actorgraph.vocab.AG;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads terms out of the ontology and renders references to them as HTML: actorgraph terms link to
 * their anchor on the page, other IRIs are shown with the ontology's prefixes and link out, and
 * {@code owl:unionOf} lists read "A or B".
 */
final class Terms {

  private final Model model;

  Terms(Model model) {
    this.model = model;
  }

  Model model() {
    return model;
  }

  /** The page anchor of a term: its local name, or {@code cameo-} and the local name. */
  static String anchor(Resource term) {
    String uri = term.getURI();
    if (uri.startsWith(AG.NS)) {
      return uri.substring(AG.NS.length());
    }
    if (uri.startsWith(AG.CAMEO)) {
      return "cameo-" + uri.substring(AG.CAMEO.length());
    }
    return uri;
  }

  static boolean isLocal(Resource term) {
    return term.isURIResource()
        && (term.getURI().startsWith(AG.NS) || term.getURI().startsWith(AG.CAMEO));
  }

  /** Subjects of {@code rdf:type type} in a namespace, ordered by local name. */
  List<Resource> ofType(Resource type, String namespace) {
    return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(namespace))
        .sorted(Comparator.comparing(Resource::getURI))
        .toList();
  }

  /** The objects of a property, actorgraph terms first, each group in IRI order. */
  List<RDFNode> objects(Resource subject, Property p) {
    return model.listObjectsOfProperty(subject, p).toList().stream()
        .sorted(
            Comparator.comparing((RDFNode n) -> n.isResource() && isLocal(n.asResource()) ? 0 : 1)
                .thenComparing(RDFNode::toString))
        .toList();
  }

  List<Resource> subjects(Property p, RDFNode object) {
    return model.listSubjectsWithProperty(p, object).toList().stream()
        .filter(Resource::isURIResource)
        .sorted(Comparator.comparing(Resource::getURI))
        .toList();
  }

  /** The classes a domain or range names: itself, or the members of its {@code owl:unionOf}. */
  static List<Resource> members(RDFNode classExpression) {
    if (!classExpression.isResource()) {
      return List.of();
    }
    Resource r = classExpression.asResource();
    Resource union = r.getPropertyResourceValue(OWL2.unionOf);
    if (union == null) {
      return List.of(r);
    }
    return union.as(RDFList.class).asJavaList().stream().map(RDFNode::asResource).toList();
  }

  /** The first English (or language-less) value of a property, or null. */
  String text(Resource subject, Property p) {
    return model.listObjectsOfProperty(subject, p).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral)
        .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().equals("en"))
        .map(Literal::getLexicalForm)
        .findFirst()
        .orElse(null);
  }

  /** A short name such as {@code ag:Person} or {@code schema:Country}, or the full IRI. */
  String shortName(Resource term) {
    String uri = term.getURI();
    String qname = model.qnameFor(uri);
    if (qname == null && uri.startsWith(AG.CAMEO)) {
      qname = "cameo:" + uri.substring(AG.CAMEO.length());
    }
    return qname != null ? qname : uri;
  }

  /** A reference to a node as HTML. */
  String link(RDFNode node) {
    if (node.isLiteral()) {
      return Html.escape(node.asLiteral().getLexicalForm());
    }
    Resource r = node.asResource();
    if (r.isAnon()) {
      List<Resource> members = members(r);
      if (members.size() == 1 && Objects.equals(members.get(0), r)) {
        return "(anonymous)";
      }
      return members.stream().map(this::link).collect(Collectors.joining(" or "));
    }
    String name = Html.escape(shortName(r));
    if (isLocal(r)) {
      return "<a href=\"#" + Html.escape(anchor(r)) + "\"><code>" + name + "</code></a>";
    }
    return "<a href=\"" + Html.escape(r.getURI()) + "\"><code>" + name + "</code></a>";
  }

  String links(List<? extends RDFNode> nodes) {
    return nodes.stream().map(this::link).collect(Collectors.joining(", "));
  }
}
