package org.actorgraph.server.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses requests to the public services that are larger than a bound, before anything reads or
 * parses them: 413 when the query string or the declared body ({@code Content-Length}) is over
 * {@code maxBytes}, 411 for a body of unknown length (chunked). Parsing time grows with the query
 * (a 10 MB query took a minute to parse, past the query timeout, which only starts afterwards), so
 * the bound has to come before the parser.
 *
 * <p>Requests to other paths (the admin service, which takes whole article graphs) pass untouched.
 */
public final class QuerySizeFilter extends HttpFilter {

  /** The Jetty path spec to install this filter under. */
  public static final String PATH_SPEC = "/*";

  private final Set<String> services;
  private final long maxBytes;

  /**
   * @param services the public service names with their slash ({@code "/kg"})
   * @param maxBytes the largest query string or request body accepted
   */
  public QuerySizeFilter(Set<String> services, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: expected at least 1 (found " + maxBytes + ")");
    }
    this.services = Set.copyOf(services);
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    int slash = path.indexOf('/', 1);
    String service = slash < 0 ? path : path.substring(0, slash);
    if (!services.contains(service)) {
      chain.doFilter(request, response);
      return;
    }
    String queryString = request.getQueryString();
    long length = request.getContentLengthLong();
    boolean chunked =
        length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (queryString != null && queryString.length() > maxBytes) {
      tooLarge(response, "the query string has " + queryString.length() + " bytes");
    } else if (length > maxBytes) {
      tooLarge(response, "the request body has " + length + " bytes");
    } else if (chunked) {
      Refusal.send(
          response,
          HttpServletResponse.SC_LENGTH_REQUIRED,
          path + ": send the request body with a Content-Length (at most " + maxBytes + " bytes)",
          true);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void tooLarge(HttpServletResponse response, String what) throws IOException {
    Refusal.send(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "Query too large: "
            + what
            + ", this endpoint takes at most "
            + maxBytes
            + " bytes. Shorten the query (split long VALUES lists over several queries).",
        true);
  }
}
