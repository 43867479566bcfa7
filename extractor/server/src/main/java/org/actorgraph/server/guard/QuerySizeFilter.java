package org.actorgraph.server.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * Refuses requests to the public services that are larger than a bound, before anything reads or
 * parses them: 413 when the query string or the declared body ({@code Content-Length}) is over
 * {@code maxBytes}, 411 for a body of unknown length (chunked). Parsing time grows with the query
 * (a 10 MB query took a minute to parse, past the query timeout, which only starts afterwards), so
 * the bound has to come before the parser.
 *
 * <p>A refused body of up to {@value #DRAIN_BYTES} bytes is read and discarded before the answer,
 * so that the connection stays usable: closing a socket with unread data in it makes the operating
 * system reset the connection, and a client still sending its body then loses the answer (seen as
 * "received no bytes" or "connection reset"). Larger bodies get the answer with {@code Connection:
 * close} without being read.
 *
 * <p>Requests to other paths (the admin service, which takes whole article graphs) pass untouched.
 */
public final class QuerySizeFilter extends HttpFilter {

  /** The Jetty path spec to install this filter under. */
  public static final String PATH_SPEC = "/*";

  /** The largest refused body that is read and discarded rather than cut off (16 MiB). */
  static final long DRAIN_BYTES = 16L << 20;

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
      tooLarge(response, "the query string has " + queryString.length() + " bytes", length > 0);
    } else if (length > maxBytes) {
      boolean drained = length <= DRAIN_BYTES && drain(request, length);
      tooLarge(response, "the request body has " + length + " bytes", !drained);
    } else if (chunked) {
      Refusal.send(
          response,
          HttpServletResponse.SC_LENGTH_REQUIRED,
          path + ": send the request body with a Content-Length (at most " + maxBytes + " bytes)",
          true);
    } else {
      try {
        chain.doFilter(request, response);
      } finally {
        if (length > 0) {
          drainRest(request);
        }
      }
    }
  }

  /**
   * Reads what the service left of an accepted body (at most {@code maxBytes}): Fuseki refuses some
   * requests (an update sent to a query service) without reading them, and Jetty then closes the
   * connection after an answer that did not say so, which a client reusing it sees as an empty
   * reply.
   */
  private static void drainRest(HttpServletRequest request) {
    try {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IllegalStateException e) {
      // the body was read through getReader(): nothing is left
    } catch (IOException e) {
      // the client went away; Jetty closes the connection
    }
  }

  /** Reads and discards the request body; false if it ended early or could not be read. */
  private static boolean drain(HttpServletRequest request, long length) {
    byte[] buffer = new byte[64 * 1024];
    long left = length;
    try (InputStream in = request.getInputStream()) {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return false;
        }
        left -= n;
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void tooLarge(HttpServletResponse response, String what, boolean close)
      throws IOException {
    Refusal.send(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "Query too large: "
            + what
            + ", this endpoint takes at most "
            + maxBytes
            + " bytes. Shorten the query (split long VALUES lists over several queries).",
        close);
  }
}
