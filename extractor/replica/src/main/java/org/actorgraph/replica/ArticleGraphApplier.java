package org.actorgraph.replica;

import java.util.List;
import java.util.Map;
import org.actorgraph.remove.ArticleSelection;
import org.actorgraph.remove.LocalArticleRemover;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;

/**
 * Applies a {@link MessageBatch} to the actorgraph dataset with the project's own writers: the
 * replacements through {@link ActorgraphStore#replaceGraphs} (one write transaction, text index
 * included) and the tombstones through {@link LocalArticleRemover} (one more, only when the batch
 * has any). The two touch different graphs (a graph's last message decides which), so their order
 * does not matter. If either fails, it has rolled back and the exception propagates: the caller
 * must not commit the batch's offsets.
 *
 * <p>Design decision: no second store writer. {@code ActorgraphStore.replaceGraphs} runs its own
 * transaction and refuses to join one, so a batch with tombstones takes two transactions instead of
 * one; a crash between them replays the whole batch, which is harmless.
 */
final class ArticleGraphApplier {

  /** What one batch did to the store. */
  record Applied(int replaced, int removed, long triples) {}

  private final Dataset dataset;
  private final LocalArticleRemover remover;

  ArticleGraphApplier(Dataset dataset) {
    this.dataset = dataset;
    this.remover = new LocalArticleRemover(dataset);
  }

  Applied apply(MessageBatch batch) {
    Map<Node, Graph> replacements = batch.replacements();
    List<Node> removals = batch.removals();
    if (!replacements.isEmpty()) {
      ActorgraphStore.replaceGraphs(dataset, replacements);
    }
    if (!removals.isEmpty()) {
      remover.remove(ArticleSelection.ofArticles(removals.stream().map(Node::getURI).toList()));
    }
    return new Applied(replacements.size(), removals.size(), MessageBatch.triples(replacements));
  }
}
