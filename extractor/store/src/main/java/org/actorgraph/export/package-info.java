/**
 * The actor network for graph-visualisation tools: actors as nodes, relationships as typed,
 * weighted, dated edges, read from the store (or a SPARQL endpoint) with the queries of this
 * package's resources and written as GraphML, GEXF 1.3, Cytoscape.js JSON or two CSV tables.
 *
 * <p>{@link org.actorgraph.export.NetworkReader} turns the graph's facts into an {@link
 * org.actorgraph.export.ActorNetwork} under an {@link org.actorgraph.export.ExportFilter}; one
 * {@link org.actorgraph.export.NetworkWriter} per {@link org.actorgraph.export.ExportFormat}
 * streams it out.
 */
package org.actorgraph.export;
