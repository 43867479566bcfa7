package org.actorgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.actorgraph.store.StoreSummary;
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

  private static final int SHOWN_DIFFERENCES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(SummaryServlet.class);

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DatasetGraph dsg = ServedStore.dataset(getServletContext());
    long start = System.nanoTime();
    StoreSummary.Result r = Txn.calculateWrite(dsg, () -> StoreSummary.rebuild(dsg));
    String text =
        String.format(
            "summarised %d article graphs: %d summary triples in %.1f s%n",
            r.articles(), r.triples(), (System.nanoTime() - start) / 1e9);
    LOG.info("{}", text.strip());
    ServedStore.sendText(response, HttpServletResponse.SC_OK, text);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> diffs =
        StoreSummary.check(ServedStore.dataset(getServletContext()), SHOWN_DIFFERENCES);
    if (diffs.isEmpty()) {
      ServedStore.sendText(
          response, HttpServletResponse.SC_OK, "the summary agrees with the article graphs\n");
    } else {
      ServedStore.sendText(
          response,
          HttpServletResponse.SC_CONFLICT,
          "the summary is out of date (POST to rebuild it):\n" + String.join("\n", diffs) + "\n");
    }
  }
}
