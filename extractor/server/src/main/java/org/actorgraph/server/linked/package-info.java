/**
 * Linked data on the running server: the data IRIs dereferenced under {@code /id/} (Turtle,
 * N-Triples, JSON-LD, HTML), the dataset's VoID and DCAT description at {@code /.well-known/void},
 * the gzipped N-Quads dump at {@code /dump.nq.gz}, the union graph as the Graph Store Protocol's
 * default graph and the SPARQL service description on {@code /kg}, and CORS on these public
 * addresses. {@link org.actorgraph.server.linked.LinkedData} installs them.
 */
package org.actorgraph.server.linked;
