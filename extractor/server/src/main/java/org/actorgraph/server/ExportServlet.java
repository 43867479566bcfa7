package org.actorgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.actorgraph.export.ActorNetwork;
import org.actorgraph.export.ExportFilter;
import org.actorgraph.export.ExportFormat;
import org.actorgraph.export.NetworkReader;
import org.actorgraph.export.SparqlSource;
import org.actorgraph.export.UnknownActorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor network as a file at {@code /export/{format}} ({@code graphml}, {@code gexf}, {@code
 * cyjs}, or {@code csv} as a zip of {@code nodes.csv} and {@code edges.csv}), read from the public
 * dataset {@code /kg}, with the filters of {@link ExportFilter} as query parameters: {@code kinds},
 * {@code cameo}, {@code minConfidence}, {@code from}, {@code to}, {@code actor}, {@code depth},
 * e.g. {@code /export/gexf?actor=Ecuador&depth=2&minConfidence=0.7}.
 *
 * <p>A bad parameter is a 400 whose text names it; an unknown format a 404. The network is read
 * before anything is sent, then streamed.
 */
final class ExportServlet extends HttpServlet {

  /** The Jetty path spec this servlet is installed under. */
  static final String PATH_SPEC = "/export/*";

  /** The dataset read: the public, read-only one. */
  private static final Logger LOG = LoggerFactory.getLogger(ExportServlet.class);

  /** What {@code /export} answers: the formats and parameters. */
  private static final String INDEX =
      "The network of actors and relationships as a file:\n"
          + "  /export/graphml  GraphML (Gephi, yEd, Cytoscape)\n"
          + "  /export/gexf     GEXF 1.3 (Gephi)\n"
          + "  /export/cyjs     Cytoscape.js elements JSON (Cytoscape)\n"
          + "  /export/csv      zip of nodes.csv and edges.csv (Gephi, neo4j-admin import)\n"
          + "Parameters: kinds (Interaction,Position,Membership,PartWhole,Location,Agreement,"
          + "Contest), cameo (roots 01-20), minConfidence (0-1), from, to (YYYY-MM-DD),"
          + " actor (IRI or name), depth (1-"
          + ExportFilter.MAX_DEPTH
          + ", with actor).\n"
          + "Example: /export/gexf?actor=Ecuador&depth=2&minConfidence=0.7\n";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String name = path.startsWith("/") ? path.substring(1) : path;
    if (name.isEmpty()) {
      ServedStore.sendText(response, HttpServletResponse.SC_OK, INDEX);
      return;
    }
    ExportFormat format;
    try {
      format = ExportFormat.parse(name);
    } catch (IllegalArgumentException e) {
      error(response, HttpServletResponse.SC_NOT_FOUND, "/export/" + name + ": " + e.getMessage());
      return;
    }
    ActorNetwork network;
    try {
      ExportFilter filter = ExportFilter.parse(options(request), false);
      network =
          new NetworkReader(SparqlSource.local(ServedStore.dataset(getServletContext())))
              .read(filter);
    } catch (UnknownActorException e) {
      error(response, HttpServletResponse.SC_BAD_REQUEST, "actor: " + e.getMessage());
      return;
    } catch (IllegalArgumentException e) {
      error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(
        format.mediaType() + (format == ExportFormat.CSV ? "" : "; charset=utf-8"));
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"actorgraph"
            + (format == ExportFormat.CSV ? "-csv" : "")
            + "."
            + format.extension()
            + "\"");
    response.setHeader("Access-Control-Allow-Origin", "*");
    OutputStream out = response.getOutputStream();
    format.writer().write(network, out);
    out.flush();
    LOG.debug("Exported {} as {}", request.getQueryString(), format.id());
  }

  private static Map<ExportFilter.Option, String> options(HttpServletRequest request) {
    Map<ExportFilter.Option, String> values = new EnumMap<>(ExportFilter.Option.class);
    for (ExportFilter.Option o : ExportFilter.Option.values()) {
      String[] given = request.getParameterValues(o.http());
      if (given != null) {
        values.put(o, String.join(",", given));
      }
    }
    return values;
  }

  private static void error(HttpServletResponse response, int status, String message)
      throws IOException {
    ServedStore.sendText(response, status, message + "\n");
  }
}
