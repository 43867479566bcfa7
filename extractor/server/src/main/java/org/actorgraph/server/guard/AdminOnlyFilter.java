package org.actorgraph.server.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Lets only {@link PasswordFile#ADMIN} reach the server's {@code /$/} endpoints (dataset list,
 * statistics, validators): anyone else gets 401 with a Basic challenge, another logged-in user 403.
 * The user is the one Jetty authenticated from the password file (HTTP Basic), so without a
 * password file nobody gets through.
 *
 * <p>Design decision: {@code /$/ping} stays public. It answers the time of day and nothing about
 * the data, and health checks of load balancers and containers call it without credentials.
 */
public final class AdminOnlyFilter extends HttpFilter {

  /** The Jetty path spec to install this filter under. */
  public static final String PATH_SPEC = "/$/*";

  private static final Set<String> PUBLIC = Set.of("/$/ping");

  private final String realm;

  /**
   * @param realm the HTTP authentication realm of the server's login service (Fuseki's default is
   *     {@code TripleStore}), so that a browser reuses the login it gave for the admin service
   */
  public AdminOnlyFilter(String realm) {
    this.realm = realm;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PUBLIC.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    String user = request.getRemoteUser();
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
      Refusal.send(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          path + ": log in as " + PasswordFile.ADMIN,
          false);
    } else if (!PasswordFile.ADMIN.equals(user)) {
      Refusal.send(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          path + ": for " + PasswordFile.ADMIN + " only",
          false);
    } else {
      chain.doFilter(request, response);
    }
  }
}
