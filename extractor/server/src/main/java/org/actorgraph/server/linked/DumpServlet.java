package org.actorgraph.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * {@code GET /dump.nq.gz}: every quad of the store (one named graph per article) as gzipped
 * N-Quads, streamed from one read transaction, so the dump is a consistent snapshot and is never
 * held in memory: quads go from the store's index through the N-Quads writer and gzip to the socket
 * as they are read.
 */
final class DumpServlet extends HttpServlet {

  static final String PATH = "/dump.nq.gz";
  private static final int BUFFER = 1 << 16;

  private final DatasetLookup lookup;

  DumpServlet(DatasetLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DatasetGraph dataset = lookup.dataset(getServletContext());
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/gzip");
    response.setHeader("Content-Disposition", "attachment; filename=\"actorgraph.nq.gz\"");
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    dataset.begin(TxnType.READ);
    try (OutputStream out =
        new GZIPOutputStream(
            new BufferedOutputStream(response.getOutputStream(), BUFFER), BUFFER)) {
      StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
      writer.start();
      Iterator<Quad> quads = dataset.find();
      while (quads.hasNext()) {
        writer.quad(quads.next());
      }
      writer.finish();
    } finally {
      dataset.end();
    }
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doGet(request, response);
  }
}
