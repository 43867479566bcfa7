package org.actorgraph.server;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/** What the server's own servlets share: the served store, and plain-text answers. */
final class ServedStore {

  /** The read service over the store (the admin service serves the same dataset). */
  private static final String DATASET = "/kg";

  private ServedStore() {}

  /** The dataset the server serves at {@code /kg}. */
  static DatasetGraph dataset(ServletContext context) {
    DataAccessPoint dap = DataAccessPointRegistry.get(context).get(DATASET);
    if (dap == null) {
      throw new IllegalStateException(DATASET + ": no such dataset on this server");
    }
    return dap.getDataService().getDataset();
  }

  /** Answers {@code text} as UTF-8 plain text with {@code status}. */
  static void sendText(HttpServletResponse response, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
