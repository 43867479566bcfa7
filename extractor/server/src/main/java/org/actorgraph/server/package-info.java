/**
 * The SPARQL server: Fuseki main with the services of {@code fuseki-config/config.ttl} over a data
 * folder, the Fuseki UI (query editor) at {@code /}, and hooks for extra servlets and filters.
 */
package org.actorgraph.server;
