package org.actorgraph.server.linked;

import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds the dataset that a Fuseki service (by default the public, read-only {@code /kg}) serves,
 * from the servlet context once the server runs, so that the linked-data servlets read exactly what
 * SPARQL on that service reads.
 */
final class DatasetLookup {

  private final String serviceName;
  private volatile DatasetGraph dataset;

  /** A lookup of the dataset of the service named {@code serviceName}, e.g. {@code "/kg"}. */
  DatasetLookup(String serviceName) {
    this.serviceName = serviceName.startsWith("/") ? serviceName : "/" + serviceName;
  }

  /** The service's name with its leading slash, e.g. {@code /kg}. */
  String serviceName() {
    return serviceName;
  }

  /** The dataset, looked up the first time. */
  DatasetGraph dataset(ServletContext context) {
    DatasetGraph found = dataset;
    if (found == null) {
      DataAccessPoint dap = DataAccessPointRegistry.get(context).get(serviceName);
      if (dap == null) {
        throw new IllegalStateException(
            serviceName + ": no such service in the Fuseki configuration");
      }
      found = dap.getDataService().getDataset();
      dataset = found;
    }
    return found;
  }
}
