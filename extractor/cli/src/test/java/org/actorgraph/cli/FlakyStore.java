package org.actorgraph.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A Graph Store Protocol endpoint on 127.0.0.1 (JDK HTTP server, port 0) that answers each request
 * with the status a script gives for its number (0, 1, 2, ...): 204 stores the graph, anything else
 * fails on purpose. It records what it was sent and what it stored. Other paths answer 404, as a
 * store that is no actorgraph server does to {@code /$/summarise}.
 */
final class FlakyStore implements AutoCloseable {

  private final HttpServer server;
  private final IntUnaryOperator statusOfRequest;
  private final List<Integer> answered = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> stored = Collections.synchronizedSet(new LinkedHashSet<>());

  FlakyStore(IntUnaryOperator statusOfRequest) throws IOException {
    this.statusOfRequest = statusOfRequest;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/kg-admin/data", this::handle);
    server.createContext("/", FlakyStore::notFound);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/kg-admin/data";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.readAllBytes();
    }
    int status = statusOfRequest.applyAsInt(answered.size());
    answered.add(status);
    if (status == 204) {
      String q = ex.getRequestURI().getRawQuery();
      stored.add(URLDecoder.decode(q.substring(q.indexOf("graph=") + 6), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
    } else {
      if (status == 401) {
        ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
      }
      byte[] body = ("failing on purpose: " + status + "\n").getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  /** Any other path, such as an actorgraph server's {@code /$/summarise}: a stock store's 404. */
  private static void notFound(HttpExchange ex) throws IOException {
    ex.sendResponseHeaders(404, -1);
    ex.close();
  }

  /** The statuses answered, in order. */
  List<Integer> answered() {
    return List.copyOf(answered);
  }

  /** The graphs stored (answered 204). */
  Set<String> stored() {
    return Set.copyOf(stored);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
