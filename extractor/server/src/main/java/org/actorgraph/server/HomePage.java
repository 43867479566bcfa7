package org.actorgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The home page at {@code /} (and {@code /index.html}): the Fuseki UI's {@code index.html} with a
 * small fixed bar of links to what this server adds ({@link #LINKS}), so that the graph page and
 * the ontology can be found from the query editor. The UI's scripts and styles are served as they
 * are by the static file handler.
 */
final class HomePage extends HttpServlet {

  /** The bar's links, relative to {@code /}, as HTML (constant text, no data). */
  static final String LINKS =
      "<a href=\"explore/\">Graph explorer</a> · <a href=\"ns\">Ontology</a>";

  private static final String BAR =
      "<nav id=\"actorgraph-links\" style=\"position:fixed;right:12px;bottom:10px;z-index:2000;"
          + "background:#243b53;color:#fff;padding:6px 12px;border-radius:6px;"
          + "font:14px system-ui,sans-serif\">actorgraph: "
          + LINKS.replace("<a ", "<a style=\"color:#fff\" ")
          + "</nav>\n";

  private final byte[] page;

  /**
   * @param index the Fuseki UI's {@code index.html} on the class path
   */
  HomePage(String index) {
    String html = read(index);
    int body = html.lastIndexOf("</body>");
    String withBar = body < 0 ? html + BAR : html.substring(0, body) + BAR + html.substring(body);
    this.page = withBar.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private static String read(String resource) {
    try (InputStream in = HomePage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
