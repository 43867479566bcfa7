package org.actorgraph.server.linked;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Installs the linked-data addresses on an embedded Fuseki server:
 *
 * <ul>
 *   <li>{@code /id/...}: the data IRIs, dereferenced ({@link IdServlet});
 *   <li>{@code /.well-known/void}: the VoID and DCAT description ({@link VoidServlet});
 *   <li>{@code /dump.nq.gz}: the whole store as gzipped N-Quads ({@link DumpServlet});
 *   <li>on the public service ({@code /kg}): the Graph Store Protocol's default graph as the union
 *       and the SPARQL service description ({@link KgReadFilter});
 *   <li>CORS on all of these ({@link CorsFilter}), and on nothing else.
 * </ul>
 *
 * All of them read the dataset of the public service, inside read transactions.
 */
public final class LinkedData {

  private LinkedData() {}

  /** Adds the servlets and filters to {@code builder}. */
  public static void install(FusekiServer.Builder builder, LinkedDataSettings settings) {
    DatasetLookup lookup = new DatasetLookup(settings.service());
    String service = lookup.serviceName();
    builder.addFilter(service + "/*", new CorsFilter());
    builder.addFilter(service + "/*", new KgReadFilter(lookup));
    builder.addFilter(IriMapping.PATH + "*", new CorsFilter());
    builder.addFilter(VoidServlet.PATH, new CorsFilter());
    builder.addFilter(DumpServlet.PATH, new CorsFilter());
    builder.addServlet(IriMapping.PATH + "*", new IdServlet(settings.base(), lookup));
    builder.addServlet(VoidServlet.PATH, new VoidServlet(settings, lookup));
    builder.addServlet(DumpServlet.PATH, new DumpServlet(lookup));
  }
}
