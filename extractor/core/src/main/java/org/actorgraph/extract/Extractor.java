package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.StageFailures;
import org.actorgraph.mention.Mention;
import org.actorgraph.mention.MentionFinder;
import org.actorgraph.relate.Fact;
import org.actorgraph.relate.RelationFinder;
import org.actorgraph.resolve.EntityResolver;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The one place that knows the order of the extraction stages: annotate → mention → resolve →
 * relate. It knows nothing of RDF or stores, so it can be embedded anywhere (a stream processor, a
 * test); {@code org.actorgraph.pipeline.Pipeline} adds the graph. Thread-safe: the stages are
 * stateless or per-thread.
 */
public final class Extractor {

  private final Iris iris;
  private final MentionFinder mentions;
  private final EntityResolver resolver;
  private final RelationFinder relations;

  public Extractor(
      Iris iris, MentionFinder mentions, EntityResolver resolver, RelationFinder relations) {
    this.iris = iris;
    this.mentions = mentions;
    this.resolver = resolver;
    this.relations = relations;
  }

  /** The standard extractor with the project's own models, gazetteers and rules. */
  public static Extractor standard(ExtractorConfig config) {
    return Stages.standard(new Iris(config.baseIri()), config.parse());
  }

  public Iris iris() {
    return iris;
  }

  /** The mention stage (for benchmarks and tools that time the stages one by one). */
  public MentionFinder mentionFinder() {
    return mentions;
  }

  /** The resolution stage. */
  public EntityResolver resolver() {
    return resolver;
  }

  /** The relation stage: every relation finder, in order. */
  public RelationFinder relationFinder() {
    return relations;
  }

  /**
   * Extracts entities and facts from one article. A mention or relation finder that fails on it
   * costs only its own findings: the others are kept, and {@link Extraction#failures} names it.
   *
   * @throws org.actorgraph.annotate.AnnotationException when the article cannot be analysed
   */
  public Extraction extract(Article article) {
    AnnotatedArticle annotated = OpenNlpAnnotator.forThisThread().annotate(article);
    List<String> failures = new ArrayList<>();
    return StageFailures.collecting(
        failures,
        () -> {
          List<Mention> found = mentions.find(annotated);
          ResolvedArticle resolved = resolver.resolve(annotated, found);
          List<Fact> facts = relations.find(resolved);
          return new Extraction(resolved, facts, failures);
        });
  }
}
