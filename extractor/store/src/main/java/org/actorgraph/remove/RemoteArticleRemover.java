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
   * @param updateEndpoint the SPARQL Update endpoint, e.g. {@code
   *     http://host:3030/kg-admin/update}; the Graph Store endpoint given to {@code load --remote}
   *     ({@code .../kg-admin/data}) or the dataset ({@code .../kg-admin}) also do
   * @param http the client, with the login the endpoint needs
   */
  public RemoteArticleRemover(String updateEndpoint, HttpClient http) {
    Objects.requireNonNull(updateEndpoint, "updateEndpoint");
    this.updateEndpoint = sibling(updateEndpoint, "update");
    this.queryEndpoint = sibling(updateEndpoint, "sparql");
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * The service that answers queries next to {@code endpoint}: {@code .../kg-admin/update} (or
   * {@code /data}, {@code /query}) gives {@code .../kg-admin/sparql}; any other URL, such as the
   * dataset's own, is used as it is.
   */
  static String sibling(String endpoint, String service) {
    String u = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    for (String known : new String[] {"/update", "/data", "/sparql", "/query"}) {
      if (u.endsWith(known)) {
        return u.substring(0, u.length() - known.length()) + "/" + service;
      }
    }
    return u;
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
