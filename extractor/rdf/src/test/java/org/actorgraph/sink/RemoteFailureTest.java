package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;

/** One-line messages for remote failures, and the back-off of retries. */
class RemoteFailureTest {

  private static final String AT = "http://127.0.0.1:1/kg-admin/data";

  @Test
  void refusedConnectionsLoginsAndServerErrorsAreNamedAndRetried() {
    RemoteFailure refused = RemoteFailure.of(new HttpException(new ConnectException()), AT);
    assertEquals(AT + ": connection refused (is the server running?)", refused.message());
    assertTrue(refused.retryable());

    RemoteFailure login =
        RemoteFailure.of(new QueryExceptionHTTP(401, "query=SELECT%20...%20long"), AT);
    assertEquals(AT + ": 401: wrong user or password", login.message());
    assertTrue(login.retryable());

    RemoteFailure server =
        RemoteFailure.of(new HttpException(500, "Server Error", "boom\nstack..."), AT);
    assertEquals(AT + ": 500: the server failed: boom", server.message());
    assertTrue(server.retryable());
  }

  @Test
  void aBadRequestIsNotRetried() {
    RemoteFailure bad = RemoteFailure.of(new HttpException(400, "Bad Request", "parse error"), AT);
    assertFalse(bad.retryable());
    assertEquals(AT + ": 400: parse error", bad.message());
  }

  @Test
  void waitsDoubleUpToTheLimit() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));
    assertEquals(Duration.ofMillis(100), p.waitBefore(1));
    assertEquals(Duration.ofMillis(200), p.waitBefore(2));
    assertEquals(Duration.ofMillis(350), p.waitBefore(3));
    assertEquals(Duration.ofMillis(350), p.waitBefore(5));
    assertThrows(
        IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO));
  }
}
