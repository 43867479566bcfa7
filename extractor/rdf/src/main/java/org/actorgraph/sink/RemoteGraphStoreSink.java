package org.actorgraph.sink;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores each article graph in a remote store (e.g. Fuseki's {@code /kg-admin/data}) with an HTTP
 * PUT of the SPARQL Graph Store Protocol, which replaces the named graph in one request.
 *
 * <p>A failure that may pass (connection refused, 5xx, 401) is retried as the {@link RetryPolicy}
 * says. When the retries are used up the sink gives up on the store: that graph and every later one
 * fail at once with "not sent", so that a load against a dead store ends quickly with the list of
 * what was not stored. A failure of one request only (400, 404) costs only that graph.
 */
public final class RemoteGraphStoreSink implements GraphSink {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteGraphStoreSink.class);

  private final String endpoint;
  private final HttpClient http;
  private final RetryPolicy retry;
  private RemoteFailure gaveUp;

  /** A sink with the {@linkplain RetryPolicy#DEFAULT default retries}. */
  public RemoteGraphStoreSink(String endpoint, Optional<String> user, Optional<char[]> password) {
    this(endpoint, user, password, RetryPolicy.DEFAULT);
  }

  /**
   * @param endpoint the graph store endpoint URL
   * @param user the user name for HTTP basic authentication, if the store needs one
   * @param password its password
   * @param retry how failures that may pass are retried
   */
  public RemoteGraphStoreSink(
      String endpoint, Optional<String> user, Optional<char[]> password, RetryPolicy retry) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.http = RemoteStores.httpClient(user, password);
  }

  @Override
  public synchronized void put(Node name, Graph content) {
    if (gaveUp != null) {
      throw new SinkException("not sent: " + gaveUp.message());
    }
    for (int attempt = 0; ; attempt++) {
      try {
        GSP.service(endpoint).httpClient(http).graphName(name).PUT(content);
        return;
      } catch (RuntimeException e) {
        RemoteFailure f = RemoteFailure.of(e, endpoint);
        if (!f.retryable()) {
          throw new SinkException("not stored: " + f.message(), e);
        }
        if (attempt >= retry.retries()) {
          gaveUp = f;
          throw new SinkException(
              "not sent: " + f.message() + " (gave up after " + (attempt + 1) + " attempts)", e);
        }
        Duration wait = retry.waitBefore(attempt + 1);
        LOG.warn("{}; trying again in {} ms", f.message(), wait.toMillis());
        sleep(wait);
      }
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SinkException("interrupted while waiting to retry", e);
    }
  }

  @Override
  public void close() {
    // nothing held open: each put is one request
  }
}
