package org.actorgraph.server.linked;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin resource sharing for the public, read-only addresses (the {@code /kg} endpoint, the
 * {@code /id/} documents, the dataset description and the dump), so that a browser application on
 * another origin can query and read them. Installed only on those paths: {@code /kg-admin} has
 * none, so a page on another origin cannot use an admin's browser session there.
 *
 * <p>Any origin may read ({@code Access-Control-Allow-Origin: *}, never with credentials). A
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here with 204
 * for {@code GET}, {@code HEAD} and {@code POST} (a SPARQL query sent as {@code
 * application/sparql-query} needs one) and the request headers a query client sends; other methods
 * get 403 without CORS headers.
 */
final class CorsFilter extends HttpFilter {

  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
  static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
  static final Set<String> HEADERS =
      Set.of(
          "accept",
          "accept-language",
          "content-language",
          "content-type",
          "cache-control",
          "pragma",
          "x-requested-with",
          "if-none-match",
          "if-modified-since");

  /** Headers a cross-origin script may read, with the public endpoint's row-limit headers. */
  static final String EXPOSE =
      "Content-Type, Content-Length, Content-Disposition, Content-Location, Link, Location, Vary,"
          + " Actorgraph-Row-Limit, Actorgraph-Truncated";

  static final String MAX_AGE = "86400";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    String preflight = request.getHeader("Access-Control-Request-Method");
    if (origin != null && "OPTIONS".equals(request.getMethod()) && preflight != null) {
      preflight(request, response, preflight);
      return;
    }
    if (origin != null) {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Access-Control-Expose-Headers", EXPOSE);
    }
    chain.doFilter(request, response);
  }

  private static void preflight(
      HttpServletRequest request, HttpServletResponse response, String method) {
    String asked = request.getHeader("Access-Control-Request-Headers");
    boolean headersOk = true;
    if (asked != null && !asked.isBlank()) {
      for (String h : asked.split(",")) {
        headersOk &= HEADERS.contains(h.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (!METHODS.contains(method.trim()) || !headersOk) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
    if (asked != null && !asked.isBlank()) {
      response.setHeader("Access-Control-Allow-Headers", asked);
    }
    response.setHeader("Access-Control-Max-Age", MAX_AGE);
  }
}
