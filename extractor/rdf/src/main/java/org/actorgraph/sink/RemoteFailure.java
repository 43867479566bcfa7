package org.actorgraph.sink;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Why a request to a remote store failed, in one line a user can act on ("connection refused",
 * "401: wrong user or password"), instead of the exception's message, which for Jena's HTTP clients
 * can hold the whole URL-encoded request.
 *
 * @param kind what went wrong, for deciding whether to retry
 * @param status the HTTP status, or -1 when there was no answer
 * @param message the one-line description, naming the endpoint
 */
public record RemoteFailure(Kind kind, int status, String message) {

  /** The kinds of failure. */
  public enum Kind {
    /** Nothing answers at the address (refused, unknown host, timed out). */
    UNREACHABLE,
    /** 401 or 403: the login was refused. */
    LOGIN,
    /** 5xx: the store is there but failing. */
    SERVER,
    /** Any other answer (400 bad request, 404 no such endpoint): retrying will not help. */
    REQUEST
  }

  /** Whether the same request may succeed later (store down, restarting, or its login changing). */
  public boolean retryable() {
    return kind != Kind.REQUEST;
  }

  /** Whether the failure concerns the store as a whole rather than the one request sent. */
  public boolean storeWide() {
    return kind != Kind.REQUEST;
  }

  /** Classifies {@code e}, thrown by a request to {@code endpoint}. */
  public static RemoteFailure of(Throwable e, String endpoint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return new RemoteFailure(
            Kind.UNREACHABLE, -1, endpoint + ": connection refused (is the server running?)");
      }
      if (t instanceof UnknownHostException) {
        return new RemoteFailure(
            Kind.UNREACHABLE, -1, endpoint + ": unknown host " + t.getMessage());
      }
      if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
        return new RemoteFailure(Kind.UNREACHABLE, -1, endpoint + ": timed out");
      }
    }
    int status = status(e);
    if (status == 401 || status == 403) {
      return new RemoteFailure(
          Kind.LOGIN,
          status,
          endpoint
              + ": "
              + status
              + (status == 401 ? ": wrong user or password" : ": this user may not do that"));
    }
    if (status >= 500) {
      return new RemoteFailure(
          Kind.SERVER, status, endpoint + ": " + status + ": the server failed" + detail(e));
    }
    if (status == 404) {
      return new RemoteFailure(Kind.REQUEST, status, endpoint + ": 404: no such endpoint");
    }
    if (status > 0) {
      return new RemoteFailure(Kind.REQUEST, status, endpoint + ": " + status + detail(e));
    }
    return new RemoteFailure(Kind.UNREACHABLE, -1, endpoint + ": " + firstLine(rootMessage(e)));
  }

  private static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && h.getStatusCode() > 0) {
        return h.getStatusCode();
      }
      if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
        return q.getStatusCode();
      }
    }
    return -1;
  }

  /** The status line's reason or the start of the response body, never the request. */
  private static String detail(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String body = null;
      if (t instanceof HttpException h) {
        body = h.getResponse() != null ? h.getResponse() : h.getStatusLine();
      } else if (t instanceof QueryExceptionHTTP q) {
        body = q.getResponse() != null ? q.getResponse() : q.getStatusLine();
      }
      if (body != null && !body.isBlank()) {
        String line = firstLine(body);
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
      }
    }
    return "";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
