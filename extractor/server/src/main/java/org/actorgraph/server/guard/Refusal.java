package org.actorgraph.server.guard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An error response written directly, as plain text like Fuseki's own errors. */
final class Refusal {

  private Refusal() {}

  /**
   * Sends {@code status} with {@code message} as the body. Unlike {@code sendError}, the message
   * also reaches the client when the request body was not read (the connection is then closed).
   */
  static void send(HttpServletResponse response, int status, String message, boolean close)
      throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    if (close) {
      response.setHeader("Connection", "close");
    }
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
