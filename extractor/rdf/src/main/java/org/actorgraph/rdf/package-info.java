/**
 * Stage 6: maps an extraction onto the actorgraph ontology, streaming quads of the article's named
 * graph into a Jena {@link org.apache.jena.riot.system.StreamRDF}.
 */
package org.actorgraph.rdf;
