package org.actorgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.actorgraph.store.StoreSummary;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /$/summarise}, for the admin only (under {@code /$/}): the store summary that {@code
 * actors}, {@code facts-by-number-of-sources} and {@code co-occurrence-network} read, for the
 * served store. Writes through the server ({@code load --remote}, {@code remove --remote}, SPARQL
 * Update) do not keep it; {@code POST} rebuilds it from every article graph in one write
 * transaction (other writers wait, readers go on), {@code GET} compares it with a rebuild and
 * answers 200 when they agree, 409 with the first differences when not.
 */
final class SummaryServlet extends HttpServlet {

  /** The Jetty path spec to install this servlet under. */
  static final String PATH_SPEC = "/$/summarise";

  private static final String DATASET = "/kg";

  private static final int SHOWN_DIFFERENCES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(SummaryServlet.class);

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DatasetGraph dsg = dataset();
    long start = System.nanoTime();
    StoreSummary.Result r = Txn.calculateWrite(dsg, () -> StoreSummary.rebuild(dsg));
    String text =
        String.format(
            "summarised %d article graphs: %d summary triples in %.1f s%n",
            r.articles(), r.triples(), (System.nanoTime() - start) / 1e9);
    LOG.info("{}", text.strip());
    send(response, HttpServletResponse.SC_OK, text);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> diffs = StoreSummary.check(dataset(), SHOWN_DIFFERENCES);
    if (diffs.isEmpty()) {
      send(response, HttpServletResponse.SC_OK, "the summary agrees with the article graphs\n");
    } else {
      send(
          response,
          HttpServletResponse.SC_CONFLICT,
          "the summary is out of date (POST to rebuild it):\n" + String.join("\n", diffs) + "\n");
    }
  }

  private DatasetGraph dataset() {
    DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
    DataAccessPoint dap = registry.get(DATASET);
    if (dap == null) {
      throw new IllegalStateException(DATASET + ": no such dataset on this server");
    }
    return dap.getDataService().getDataset();
  }

  private static void send(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
