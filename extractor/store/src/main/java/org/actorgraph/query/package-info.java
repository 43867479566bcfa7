/** The ready SPARQL queries of {@code queries/} and how parameters are bound into them. */
package org.actorgraph.query;
