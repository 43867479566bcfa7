package org.actorgraph.server.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads the store for the linked-data documents through the Graph API with every term bound
 * (nothing is spliced into a query string): the union of the article graphs for what the graph
 * says, and the quads where it matters which article says it (a fact's confidence).
 *
 * <p>Call only inside a read transaction on the dataset.
 */
final class StoreView {

  /**
   * Links an article's view ({@code {article}#fact/…}), which holds what that article says about an
   * entity or fact (confidence, dates, trigger, status), to the entity or fact.
   */
  static final Property VIEW_OF =
      org.apache.jena.rdf.model.ResourceFactory.createProperty(AG.NS + "viewOf");

  /** Labels of the ontology's and CAMEO's terms, read once. */
  private static final Map<String, String> VOCABULARY_LABELS = vocabularyLabels();

  private final DatasetGraph dataset;
  private final Graph union;
  private final IriMapping iris;

  StoreView(DatasetGraph dataset, IriMapping iris) {
    this.dataset = dataset;
    this.union = dataset.getUnionGraph();
    this.iris = iris;
  }

  IriMapping iris() {
    return iris;
  }

  /** Whether the graph says anything about {@code s} as a subject. */
  boolean describes(Node s) {
    return union.contains(s, Node.ANY, Node.ANY);
  }

  /** The distinct objects of {@code s p ?o} in the union, in the store's order. */
  List<Node> objects(Node s, Property p) {
    Set<Node> xs = new LinkedHashSet<>();
    union.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> xs.add(t.getObject()));
    return new ArrayList<>(xs);
  }

  /** The first object of {@code s p ?o}, if any. */
  Optional<Node> object(Node s, Property p) {
    var it = union.find(s, p.asNode(), Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    } finally {
      it.close();
    }
  }

  /** The lexical form of the first literal of {@code s p ?o}, if any. */
  Optional<String> literal(Node s, Property p) {
    return objects(s, p).stream()
        .filter(Node::isLiteral)
        .map(Node::getLiteralLexicalForm)
        .findFirst();
  }

  /** The integer value of {@code s p ?o}, or -1. */
  int integer(Node s, Property p) {
    return literal(s, p)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                return -1;
              }
            })
        .orElse(-1);
  }

  /** The distinct subjects of {@code ?s p o} in the union. */
  List<Node> subjects(Property p, Node o) {
    Set<Node> xs = new LinkedHashSet<>();
    union.find(Node.ANY, p.asNode(), o).forEachRemaining(t -> xs.add(t.getSubject()));
    return new ArrayList<>(xs);
  }

  /** Every triple with {@code s} as subject, in the union. */
  List<Triple> outgoing(Node s) {
    return union.find(s, Node.ANY, Node.ANY).toList();
  }

  /** Every triple with {@code o} as object, in the union. */
  List<Triple> incoming(Node o) {
    return union.find(Node.ANY, Node.ANY, o).toList();
  }

  /**
   * The values of {@code p} for {@code s} per article: on the article's view of {@code s} ({@code
   * ?v ag:viewOf s ; ag:article ?a ; p ?o}), and, as stores written before article views hold them,
   * on {@code s} itself in each article graph.
   */
  Map<Node, List<Node>> perArticle(Node s, Property p) {
    Map<Node, List<Node>> values = new LinkedHashMap<>();
    for (Node view : views(s, null)) {
      Node article = object(view, AG.article).orElse(view);
      for (Node o : objects(view, p)) {
        values.computeIfAbsent(article, g -> new ArrayList<>()).add(o);
      }
    }
    dataset
        .find(Node.ANY, s, p.asNode(), Node.ANY)
        .forEachRemaining(
            q -> values.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.getObject()));
    return values;
  }

  /**
   * The article views of {@code target} ({@code ?v ag:viewOf target}), of article {@code in} only
   * unless null.
   */
  List<Node> views(Node target, Node in) {
    List<Node> views = new ArrayList<>();
    for (Node v : subjects(VIEW_OF, target)) {
      if (in == null || union.contains(v, AG.article.asNode(), in)) {
        views.add(v);
      }
    }
    return views;
  }

  /** The nodes of type {@code type} in one article graph. */
  List<Node> typedIn(Node article, Node type) {
    List<Node> xs = new ArrayList<>();
    dataset
        .find(article, Node.ANY, RDF.type.asNode(), type)
        .forEachRemaining(q -> xs.add(q.getSubject()));
    return xs;
  }

  /** The named graphs holding a triple with subject {@code s}. */
  Set<Node> graphsDescribing(Node s) {
    Set<Node> gs = new LinkedHashSet<>();
    dataset
        .find(Node.ANY, s, Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              if (!Quad.isDefaultGraph(q.getGraph())) {
                gs.add(q.getGraph());
              }
            });
    return gs;
  }

  /** Whether {@code s} has {@code rdf:type type}. */
  boolean isA(Node s, org.apache.jena.rdf.model.Resource type) {
    return union.contains(s, RDF.type.asNode(), type.asNode());
  }

  /**
   * What to show for {@code n}: its {@code rdfs:label} (the shortest, then alphabetically first,
   * when articles give several), an ontology or CAMEO label, the headline, URL or identifier of an
   * article, or the IRI.
   */
  String label(Node n) {
    if (n.isLiteral()) {
      if (n.getLiteralValue() instanceof Double || n.getLiteralValue() instanceof Float) {
        // 0.7, not 0.7e0 as a double's canonical form reads
        double d = ((Number) n.getLiteralValue()).doubleValue();
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      }
      return n.getLiteralLexicalForm();
    }
    if (!n.isURI()) {
      return n.toString();
    }
    String vocabulary = VOCABULARY_LABELS.get(n.getURI());
    if (vocabulary != null) {
      return vocabulary;
    }
    Optional<String> best =
        objects(n, RDFS.label).stream()
            .filter(Node::isLiteral)
            .map(Node::getLiteralLexicalForm)
            .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    if (best.isPresent()) {
      return best.get();
    }
    return literal(n, AG.headline)
        .or(() -> literal(n, AG.url))
        .or(() -> literal(n, AG.articleId))
        .orElse(n.getURI());
  }

  /** The description of {@code s} served as RDF: its triples out and in, from the union. */
  Graph description(Node s) {
    Graph g = GraphFactory.createDefaultGraph();
    union.find(s, Node.ANY, Node.ANY).forEachRemaining(g::add);
    union.find(Node.ANY, Node.ANY, s).forEachRemaining(g::add);
    return g;
  }

  private static Map<String, String> vocabularyLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(RDFS.label.getURI(), "name");
    labels.put(org.apache.jena.vocabulary.SKOS.altLabel.getURI(), "other name");
    labels.put(org.apache.jena.vocabulary.OWL.sameAs.getURI(), "same as");
    labels.put(RDF.type.getURI(), "type");
    for (Model m : List.of(Ontology.ontology(), Ontology.cameo())) {
      m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null)
          .forEachRemaining(
              st -> {
                if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                  labels.putIfAbsent(
                      st.getSubject().getURI(), st.getObject().asLiteral().getLexicalForm());
                }
              });
    }
    return Map.copyOf(labels);
  }
}
