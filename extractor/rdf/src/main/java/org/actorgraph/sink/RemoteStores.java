package org.actorgraph.sink;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** The HTTP client for talking to a remote store, with its login if it needs one. */
public final class RemoteStores {

  private RemoteStores() {}

  /**
   * A client that follows redirects, gives up connecting after 20 s, and answers a 401 with {@code
   * user} and {@code password} (once: a wrong password then fails with 401).
   */
  public static HttpClient httpClient(Optional<String> user, Optional<char[]> password) {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (user.isPresent()) {
      char[] pw = password.orElse(new char[0]);
      b.authenticator(
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), pw);
            }
          });
    }
    return b.build();
  }
}
