package org.actorgraph.server.linked;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's public root address ({@code https://kg.example.org}, no trailing slash) as a request
 * names it: its scheme, host and port, with the scheme taken from {@code X-Forwarded-Proto} when a
 * TLS-terminating proxy in front says {@code https}. Used to write absolute addresses into the
 * dataset and service descriptions.
 */
final class PublicRoot {

  private PublicRoot() {}

  /** The root (scheme, host, port and context path) of {@code request}. */
  static String of(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String root = url.substring(0, url.length() - request.getRequestURI().length());
    String forwarded = request.getHeader("X-Forwarded-Proto");
    if ("https".equals(forwarded) && root.startsWith("http://")) {
      root = "https://" + root.substring("http://".length());
      root = root.endsWith(":80") ? root.substring(0, root.length() - 3) : root;
    }
    return root + request.getContextPath();
  }
}
