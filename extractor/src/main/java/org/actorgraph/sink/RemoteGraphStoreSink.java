package org.actorgraph.sink;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Stores each article graph in a remote store (e.g. Fuseki's {@code /kg-admin/data}) with an HTTP
 * PUT of the SPARQL Graph Store Protocol, which replaces the named graph in one request.
 */
public final class RemoteGraphStoreSink implements GraphSink {

  private final String endpoint;
  private final HttpClient http;

  /**
   * @param endpoint the graph store endpoint URL
   * @param user the user name for HTTP basic authentication, if the store needs one
   * @param password its password
   */
  public RemoteGraphStoreSink(String endpoint, Optional<String> user, Optional<char[]> password) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (user.isPresent()) {
      char[] pw = password.orElse(new char[0]);
      b.authenticator(
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), pw);
            }
          });
    }
    this.http = b.build();
  }

  @Override
  public void put(Node name, Graph content) {
    try {
      GSP.service(endpoint).httpClient(http).graphName(name).PUT(content);
    } catch (RuntimeException e) {
      throw new SinkException(
          "cannot store graph <" + name + "> at " + endpoint + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    // nothing held open: each put is one request
  }
}
