package org.actorgraph.rdf;

import static org.actorgraph.rdf.Literals.confidence;
import static org.actorgraph.rdf.Literals.integer;
import static org.actorgraph.rdf.Literals.string;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.extract.Extraction;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.relate.Evidence;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes one article's extraction as quads in the article's named graph, following {@code
 * ontology/README.md}: the article and its sentences, the entities with their mentions, and each
 * fact as an n-ary assertion with confidence and evidence plus its materialised direct triple.
 *
 * <p>One instance writes one article; it is not thread-safe.
 */
public final class ArticleGraphWriter {

  private static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private final StreamRDF out;
  private final Node graph;
  private final String articleIri;
  private final ResolvedArticle resolved;
  private final Set<Integer> sentencesWritten = new HashSet<>();
  private final Set<CharSpan> mentionsWritten = new HashSet<>();
  private final Set<Node> viewsWritten = new HashSet<>();

  private ArticleGraphWriter(StreamRDF out, ResolvedArticle resolved) {
    this.out = out;
    this.resolved = resolved;
    this.articleIri = resolved.iri();
    this.graph = NodeFactory.createURI(articleIri);
  }

  /**
   * Writes {@code extraction} to {@code out} as quads of the graph named by the article's IRI. Does
   * not call {@code start()} or {@code finish()} on the stream.
   */
  public static void write(
      Extraction extraction, RunInfo run, Instant extractedAt, Iris iris, StreamRDF out) {
    new ArticleGraphWriter(out, extraction.resolved()).writeAll(extraction, run, extractedAt, iris);
  }

  private void writeAll(Extraction extraction, RunInfo run, Instant extractedAt, Iris iris) {
    writeArticle(run, extractedAt);
    for (Entity e : resolved.entities()) {
      writeEntity(e);
    }
    FactWriter facts = new FactWriter(this, iris);
    for (Map.Entry<String, List<Fact>> group : groupByIri(extraction.facts(), facts).entrySet()) {
      facts.write(group.getKey(), group.getValue());
    }
  }

  /** Groups facts with the same IRI, so that one fact stated twice is written once. */
  private static Map<String, List<Fact>> groupByIri(List<Fact> facts, FactWriter writer) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact f : facts) {
      groups.computeIfAbsent(writer.iri(f), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }

  void quad(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }

  void quad(Node s, org.apache.jena.rdf.model.Resource p, Node o) {
    quad(s, p.asNode(), o);
  }

  private void writeArticle(RunInfo run, Instant extractedAt) {
    Article a = resolved.annotated().article();
    Node n = graph;
    quad(n, RDF.type.asNode(), AG.Article.asNode());
    quad(n, AG.articleId, string(a.id()));
    a.title().ifPresent(t -> quad(n, AG.headline, string(t)));
    a.url().ifPresent(u -> quad(n, AG.url, Literals.anyUri(u)));
    a.published()
        .ifPresent(
            d -> {
              quad(n, AG.datePublished, Literals.isoDate(d));
              interval(n, d);
            });
    a.author().ifPresent(v -> quad(n, AG.author, string(v)));
    a.source().ifPresent(v -> quad(n, AG.publisher, string(v)));
    quad(n, AG.language, string(resolved.annotated().language()));
    quad(n, AG.body, string(a.body()));
    quad(n, AG.extractedAt, Literals.dateTime(extractedAt));
    quad(n, AG.extractorVersion, string(run.extractorVersion()));
    Node runNode = NodeFactory.createURI(run.iri());
    quad(n, AG.extractedBy, runNode);
    quad(runNode, RDF.type.asNode(), AG.ExtractionRun.asNode());
  }

  private void writeEntity(Entity e) {
    Node n = NodeFactory.createURI(e.iri());
    quad(n, RDF.type.asNode(), typeOf(e.type()).asNode());
    if (e.type() != EntityType.PLACE) {
      quad(n, RDF.type.asNode(), AG.Actor.asNode());
    }
    e.subtype().ifPresent(s -> quad(n, RDF.type.asNode(), NodeFactory.createURI(AG.NS + s)));
    quad(n, RDFS.label.asNode(), string(e.label()));
    for (String alias : e.aliases()) {
      quad(n, SKOS.altLabel.asNode(), string(alias));
    }
    e.wikidata()
        .ifPresent(
            q -> {
              quad(n, AG.wikidataId, string(q));
              quad(n, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + q));
            });
    e.isoCode().ifPresent(c -> quad(n, AG.isoCode, string(c)));
    quad(view(n), AG.confidence, confidence(e.confidence()));
    quad(n, AG.mentionedIn, graph);
    for (Mention m : e.mentions()) {
      quad(n, AG.denotedBy, mention(m.sentence(), m.span()));
    }
  }

  /**
   * The article's view of the entity or fact {@code target}, written the first time it is asked
   * for: the node that carries what this article says about it (confidence, dates, status), so that
   * the global node holds only what every article agrees on.
   */
  Node view(Node target) {
    Node v = NodeFactory.createURI(Iris.view(articleIri, target.getURI()));
    if (viewsWritten.add(v)) {
      quad(v, RDF.type.asNode(), AG.ArticleView.asNode());
      quad(v, AG.viewOf, target);
      quad(v, AG.article, graph);
    }
    return v;
  }

  /**
   * Writes {@code ag:startDate} and {@code ag:endDate} on {@code n}: the first and last day (as
   * xsd:date) of the interval that the date {@code iso} covers at its precision.
   */
  void interval(Node n, String iso) {
    Literals.startDate(iso).ifPresent(d -> quad(n, AG.startDate, d));
    Literals.endDate(iso).ifPresent(d -> quad(n, AG.endDate, d));
  }

  static org.apache.jena.rdf.model.Resource typeOf(EntityType type) {
    return switch (type) {
      case PERSON -> AG.Person;
      case COUNTRY -> AG.Country;
      case ORGANISATION -> AG.Organisation;
      case PLACE -> AG.Place;
    };
  }

  /** The mention node for {@code span}, written (with its sentence) the first time it is used. */
  Node mention(int sentenceIndex, CharSpan span) {
    Node m = NodeFactory.createURI(Iris.mention(articleIri, span.start(), span.end()));
    if (mentionsWritten.add(span)) {
      quad(m, RDF.type.asNode(), AG.Mention.asNode());
      quad(m, AG.article, graph);
      quad(m, AG.sentence, sentence(sentenceIndex));
      quad(m, AG.beginIndex, integer(span.start()));
      quad(m, AG.endIndex, integer(span.end()));
      quad(m, AG.anchorOf, string(span.of(resolved.annotated().body())));
    }
    return m;
  }

  /**
   * The evidence mentions for {@code e}: one per sentence the span overlaps, each clipped to its
   * sentence, so that every mention lies in the one sentence it names (a quotation often runs over
   * two sentences).
   */
  List<Node> evidence(Evidence e) {
    List<Node> nodes = new ArrayList<>();
    for (Sentence s : resolved.annotated().sentencesOverlapping(e.span())) {
      CharSpan span = s.span();
      int start = Math.max(span.start(), e.span().start());
      int end = Math.min(span.end(), e.span().end());
      nodes.add(mention(s.index(), new CharSpan(start, end)));
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException(
          resolved.annotated().article().id()
              + ": evidence "
              + e.span()
              + " lies in no sentence of the article");
    }
    return nodes;
  }

  private Node sentence(int index) {
    Node s = NodeFactory.createURI(Iris.sentence(articleIri, index));
    if (sentencesWritten.add(index)) {
      Sentence sentence = resolved.annotated().sentences().get(index);
      quad(s, RDF.type.asNode(), AG.Sentence.asNode());
      quad(s, AG.article, graph);
      quad(s, AG.sentenceIndex, integer(index));
      quad(s, AG.beginIndex, integer(sentence.span().start()));
      quad(s, AG.endIndex, integer(sentence.span().end()));
      quad(s, AG.text, string(sentence.text()));
    }
    return s;
  }
}
