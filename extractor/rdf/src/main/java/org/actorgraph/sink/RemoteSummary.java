package org.actorgraph.sink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks an actorgraph server to rebuild its store summary ({@code POST /$/summarise}, as the admin)
 * after writes through its endpoints, which do not keep the summary up to date.
 */
public final class RemoteSummary {

  /** How long a rebuild may take: it reads every article graph of the served store. */
  private static final Duration TIMEOUT = Duration.ofHours(1);

  private RemoteSummary() {}

  /**
   * Rebuilds the summary of the server that {@code endpoint} (any of its URLs, e.g. {@code
   * http://host:3030/kg-admin/data}) belongs to, and returns the server's answer in one line.
   *
   * @throws IOException if the server cannot be reached or refuses; a stock Fuseki server, which
   *     keeps no summary, answers 404
   */
  public static String rebuild(String endpoint, HttpClient http) throws IOException {
    URI uri = URI.create(endpoint).resolve("/$/summarise");
    HttpRequest post =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> r;
    try {
      r = http.send(post, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(uri + ": interrupted", e);
    }
    if (r.statusCode() / 100 != 2) {
      throw new IOException(uri + ": HTTP " + r.statusCode() + " " + r.body().strip());
    }
    return r.body().strip();
  }
}
