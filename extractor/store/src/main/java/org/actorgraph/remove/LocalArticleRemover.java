package org.actorgraph.remove;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreSummary;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;

/**
 * Removes article graphs from the local store: the selection and the removal run in one TDB2 write
 * transaction, so no load can slip in between, and the text index and the {@link StoreSummary} are
 * updated in it.
 */
public final class LocalArticleRemover implements ArticleRemover {

  private final Dataset dataset;

  public LocalArticleRemover(ActorgraphStore store) {
    this(store.dataset());
  }

  /** Over any transactional dataset whose named graphs are article graphs. */
  public LocalArticleRemover(Dataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public List<SelectedArticle> select(ArticleSelection selection) {
    return Txn.calculateRead(dataset, () -> selectIn(dataset.asDatasetGraph(), selection));
  }

  @Override
  public List<SelectedArticle> remove(ArticleSelection selection) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          List<SelectedArticle> chosen = selectIn(dsg, selection);
          if (!chosen.isEmpty()) {
            StoreSummary.removing(
                dsg, chosen.stream().map(a -> NodeFactory.createURI(a.iri())).toList());
            UpdateExec.dataset(dsg).update(RemovalQueries.drop(chosen)).execute();
          }
          return chosen;
        });
  }

  private static List<SelectedArticle> selectIn(DatasetGraph dsg, ArticleSelection selection) {
    List<SelectedArticle> out = new ArrayList<>();
    try (QueryExec exec = QueryExec.dataset(dsg).query(RemovalQueries.select(selection)).build()) {
      exec.select().forEachRemaining(row -> out.add(RemovalQueries.article(row)));
    }
    return out;
  }
}
