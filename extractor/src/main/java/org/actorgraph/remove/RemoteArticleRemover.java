package org.actorgraph.remove;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.actorgraph.sink.RemoteFailure;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * Removes article graphs from a remote store: a SPARQL query lists them, then one SPARQL Update
 * request (one transaction in Fuseki) drops exactly the listed graphs; the store's text index
 * follows as it does for any update.
 */
public final class RemoteArticleRemover implements ArticleRemover {

  private final String updateEndpoint;
  private final String queryEndpoint;
  private final HttpClient http;

  /**
   * @param updateEndpoint the SPARQL Update endpoint, e.g. {@code http://host:3030/kg-admin/update}
   *     (or the dataset, {@code .../kg-admin})
   * @param http the client, with the login the endpoint needs
   */
  public RemoteArticleRemover(String updateEndpoint, HttpClient http) {
    this.updateEndpoint = Objects.requireNonNull(updateEndpoint, "updateEndpoint");
    this.queryEndpoint = queryEndpointOf(updateEndpoint);
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * The query endpoint next to an update endpoint: {@code .../update} becomes {@code .../sparql}.
   */
  static String queryEndpointOf(String updateEndpoint) {
    String u =
        updateEndpoint.endsWith("/")
            ? updateEndpoint.substring(0, updateEndpoint.length() - 1)
            : updateEndpoint;
    return u.endsWith("/update") ? u.substring(0, u.length() - "/update".length()) + "/sparql" : u;
  }

  @Override
  public List<SelectedArticle> select(ArticleSelection selection) {
    List<SelectedArticle> out = new ArrayList<>();
    try (QueryExec exec =
        QueryExecHTTP.service(queryEndpoint)
            .httpClient(http)
            .query(RemovalQueries.select(selection))
            .build()) {
      exec.select().forEachRemaining(row -> out.add(RemovalQueries.article(row)));
    } catch (RuntimeException e) {
      throw new IllegalStateException(RemoteFailure.of(e, queryEndpoint).message(), e);
    }
    return out;
  }

  @Override
  public List<SelectedArticle> remove(ArticleSelection selection) {
    List<SelectedArticle> chosen = select(selection);
    if (chosen.isEmpty()) {
      return chosen;
    }
    try {
      UpdateExecHTTP.service(updateEndpoint)
          .httpClient(http)
          .update(RemovalQueries.drop(chosen))
          .execute();
    } catch (RuntimeException e) {
      throw new IllegalStateException(RemoteFailure.of(e, updateEndpoint).message(), e);
    }
    return chosen;
  }
}
