package org.actorgraph.replica;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /replica/status}: the feeder's {@link FeederMetrics} as a JSON object, with {@code
 * "running"} and, when it stopped on its own, {@code "failure"}; 503 once the feeder has stopped,
 * so that a load balancer's health check takes the replica out.
 */
final class ReplicaStatusServlet extends HttpServlet {

  private transient volatile ReplicaFeeder feeder;

  void watch(ReplicaFeeder f) {
    this.feeder = f;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ReplicaFeeder f = feeder;
    boolean running = f != null && f.isRunning();
    String metrics = f == null ? "{}" : f.metrics().json();
    StringBuilder json = new StringBuilder(metrics.substring(0, metrics.length() - 1));
    json.append(metrics.length() > 2 ? "," : "").append("\"running\":").append(running);
    if (f != null && f.failure().isPresent()) {
      json.append(",\"failure\":\"").append(escape(f.failure().get().toString())).append('"');
    }
    json.append("}\n");
    resp.setStatus(running ? 200 : 503);
    resp.setContentType("application/json");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.getWriter().write(json.toString());
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
