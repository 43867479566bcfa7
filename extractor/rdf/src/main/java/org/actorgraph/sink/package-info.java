/**
 * Stage 7: stores article graphs in files (TriG, N-Quads, Turtle, JSON-LD), a TDB2 store (one
 * transaction per article) or a remote SPARQL store through the Graph Store Protocol.
 */
package org.actorgraph.sink;
