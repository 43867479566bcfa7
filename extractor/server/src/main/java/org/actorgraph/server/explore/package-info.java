/**
 * The graph page at {@code /explore}: a Cytoscape.js view of the actors' network with a small JSON
 * API behind it ({@code /explore/api/search}, {@code /explore/api/neighbours}, {@code
 * /explore/api/evidence}, {@code /explore/api/vocabulary}). Queries live in resource {@code .rq}
 * files next to these classes; request values reach them only as bound variables or VALUES data.
 */
package org.actorgraph.server.explore;
