package org.actorgraph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.mention.Mention;
import org.actorgraph.mention.MentionFinder;
import org.actorgraph.rdf.ArticleGraphWriter;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.relate.Fact;
import org.actorgraph.relate.RelationFinder;
import org.actorgraph.resolve.EntityResolver;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.ResolvedArticle;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one place that knows the order of the stages: ingest → annotate → mention → resolve → relate
 * → rdf. (The sink is the caller's.) Thread-safe: the stages are stateless or per-thread.
 */
public final class Pipeline {

  private final Iris iris;
  private final MentionFinder mentions;
  private final EntityResolver resolver;
  private final RelationFinder relations;

  public Pipeline(
      Iris iris, MentionFinder mentions, EntityResolver resolver, RelationFinder relations) {
    this.iris = iris;
    this.mentions = mentions;
    this.resolver = resolver;
    this.relations = relations;
  }

  /** The standard pipeline with the project's own models, gazetteers and rules. */
  public static Pipeline standard(ExtractorConfig config) {
    return Stages.standard(new Iris(config.baseIri()), config.parse());
  }

  public Iris iris() {
    return iris;
  }

  /**
   * Extracts entities and facts from one article.
   *
   * @throws org.actorgraph.annotate.AnnotationException when the article cannot be analysed
   */
  public Extraction extract(Article article) {
    AnnotatedArticle annotated = OpenNlpAnnotator.forThisThread().annotate(article);
    List<Mention> found = mentions.find(annotated);
    ResolvedArticle resolved = resolver.resolve(annotated, found);
    List<Fact> facts = relations.find(resolved);
    return new Extraction(resolved, facts);
  }

  /** The article's graph: its name and its triples. */
  public ArticleGraph toGraph(Extraction extraction, RunInfo run) {
    Node name = NodeFactory.createURI(extraction.resolved().iri());
    Graph graph = GraphFactory.createDefaultGraph();
    StreamRDF collect =
        new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            graph.add(q.asTriple());
          }
        };
    ArticleGraphWriter.write(extraction, run, Instant.now(), iris, collect);
    return new ArticleGraph(name, graph);
  }

  /**
   * Extracts every article of one input file into an in-memory dataset, one named graph per article
   * (what {@code evaluate} scores).
   *
   * @throws IllegalArgumentException naming the file and problem when the file cannot be read
   */
  public Dataset extractFile(Path file, Inputs inputs, RunInfo run) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    inputs.read(file, articles::add, problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).toString());
    }
    Dataset ds = DatasetFactory.create();
    for (Article a : articles) {
      ArticleGraph g = toGraph(extract(a), run);
      ds.asDatasetGraph().addGraph(g.name(), g.graph());
    }
    return ds;
  }

  /** One article's named graph. */
  public record ArticleGraph(Node name, Graph graph) {}
}
