package org.actorgraph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.Extractor;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.mention.MentionFinder;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.ArticleGraphWriter;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.relate.RelationFinder;
import org.actorgraph.resolve.EntityResolver;
import org.actorgraph.resolve.Iris;
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
 * Extraction plus RDF: runs the {@link Extractor} on an article and writes its named graph. (The
 * sink is the caller's.) Thread-safe.
 */
public final class Pipeline {

  private final Extractor extractor;

  public Pipeline(Extractor extractor) {
    this.extractor = extractor;
  }

  public Pipeline(
      Iris iris, MentionFinder mentions, EntityResolver resolver, RelationFinder relations) {
    this(new Extractor(iris, mentions, resolver, relations));
  }

  /** The standard pipeline with the project's own models, gazetteers and rules. */
  public static Pipeline standard(ExtractorConfig config) {
    return new Pipeline(Extractor.standard(config));
  }

  public Iris iris() {
    return extractor.iris();
  }

  /** The extraction stages this pipeline runs. */
  public Extractor extractor() {
    return extractor;
  }

  /**
   * Extracts entities and facts from one article.
   *
   * @throws org.actorgraph.annotate.AnnotationException when the article cannot be analysed
   */
  public Extraction extract(Article article) {
    return extractor.extract(article);
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
    ArticleGraphWriter.write(extraction, run, Instant.now(), extractor.iris(), collect);
    return new ArticleGraph(name, graph, extraction.failures());
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
}
