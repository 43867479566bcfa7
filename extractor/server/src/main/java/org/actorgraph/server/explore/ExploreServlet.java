package org.actorgraph.server.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph page at {@code /explore/} and its JSON API ({@link ExploreApi}) over the dataset of the
 * server's {@code /kg} service:
 *
 * <ul>
 *   <li>{@code /explore} redirects to {@code /explore/}, the page ({@code explore.html}), whose
 *       script and style are under {@code /explore/static/}, with Cytoscape.js from its WebJar at
 *       {@code /explore/static/cytoscape.min.js} (no CDN: the page works offline);
 *   <li>{@code /explore/api/vocabulary}, {@code search?q=}, {@code neighbours?actor=} and {@code
 *       evidence?actor=} answer JSON; a bad parameter gets 400 with {@code {"error": ...}}.
 * </ul>
 *
 * The page inserts every text from the graph with {@code textContent}, and sends a Content Security
 * Policy that allows scripts from this server only.
 */
public final class ExploreServlet extends HttpServlet {

  /** The Jetty path spec to install this servlet under (it also answers {@code /explore}). */
  public static final String PATH_SPEC = "/explore/*";

  private static final Logger LOG = LoggerFactory.getLogger(ExploreServlet.class);
  private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/";
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
  private static final Map<String, String> STATIC =
      Map.of(
          "explore.js", "text/javascript",
          "explore.css", "text/css");

  private final String base;
  private final ObjectMapper json = new ObjectMapper();
  private volatile ExploreApi api;

  /**
   * @param base the data IRIs' base (links to IRIs under it go to {@code /id/...})
   */
  public ExploreServlet(String base) {
    this.base = base;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (path.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", request.getContextPath() + "/explore/");
    } else if (path.equals("/")) {
      response.setHeader("Content-Security-Policy", CSP);
      send(response, "text/html", resource("explore.html"));
    } else if (path.equals("/static/cytoscape.min.js")) {
      response.setHeader("Cache-Control", "max-age=86400");
      send(response, "text/javascript", Cytoscape.BYTES);
    } else if (path.startsWith("/static/") && STATIC.containsKey(path.substring(8))) {
      send(response, STATIC.get(path.substring(8)), resource(path.substring(8)));
    } else if (path.startsWith("/api/")) {
      api(path.substring(5), request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "/explore" + path + ": not found");
    }
  }

  private void api(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Function<String, String> parameter = request::getParameter;
    response.setHeader("Cache-Control", "no-store");
    Object body;
    try {
      body =
          switch (name) {
            case "vocabulary" -> api().vocabulary();
            case "search" -> api().search(parameter);
            case "neighbours" -> api().neighbours(parameter);
            case "evidence" -> api().evidence(parameter);
            default -> null;
          };
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      send(response, "application/json", json.writeValueAsBytes(Map.of("error", e.getMessage())));
      return;
    } catch (QueryCancelledException e) {
      LOG.warn("/explore/api/{}: stopped after {} s", name, ExploreQueries.TIMEOUT_SECONDS);
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      String why = "the query took longer than " + ExploreQueries.TIMEOUT_SECONDS + " s";
      send(response, "application/json", json.writeValueAsBytes(Map.of("error", why)));
      return;
    }
    if (body == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      send(
          response,
          "application/json",
          json.writeValueAsBytes(Map.of("error", name + ": no such API")));
      return;
    }
    send(response, "application/json", json.writeValueAsBytes(body));
  }

  private ExploreApi api() {
    ExploreApi a = api;
    if (a == null) {
      synchronized (this) {
        if (api == null) {
          api = new ExploreApi(new ExploreQueries(dataset()), base);
        }
        a = api;
      }
    }
    return a;
  }

  /** The dataset of the {@code /kg} service (or of the first service if there is none). */
  private DatasetGraph dataset() {
    DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
    DataAccessPoint kg = registry.get("/kg");
    if (kg == null) {
      List<DataAccessPoint> all = registry.accessPoints();
      if (all.isEmpty()) {
        throw new IllegalStateException("/explore: the server has no dataset");
      }
      kg = all.get(0);
      LOG.info("/explore: no /kg service, using {}", kg.getName());
    }
    return kg.getDataService().getDataset();
  }

  private static void send(HttpServletResponse response, String type, byte[] body)
      throws IOException {
    response.setContentType(type + "; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static byte[] resource(String name) {
    return bytes(ExploreServlet.class.getResourceAsStream(name), name);
  }

  /** Cytoscape.js, read once when first asked for. */
  private static final class Cytoscape {
    static final byte[] BYTES = cytoscape();
  }

  /** Cytoscape.js from the WebJar, whatever its version (read from the WebJar's pom.properties). */
  private static byte[] cytoscape() {
    ClassLoader loader = ExploreServlet.class.getClassLoader();
    Properties pom = new Properties();
    String props = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    try (InputStream in = loader.getResourceAsStream(props)) {
      if (in == null) {
        throw new IllegalStateException(props + ": Cytoscape.js WebJar not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(props, e);
    }
    String file = CYTOSCAPE + pom.getProperty("version") + "/dist/cytoscape.min.js";
    return bytes(loader.getResourceAsStream(file), file);
  }

  private static byte[] bytes(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException(name + ": missing from the class path");
    }
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
