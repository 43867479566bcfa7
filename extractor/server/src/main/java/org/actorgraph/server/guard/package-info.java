/**
 * What makes the server safe to expose: the admin password file (generated, private, never the
 * public demo password on an open interface), admin-only {@code /$/} endpoints, and bounds on the
 * public SPARQL endpoint (query size, result rows, a timeout the client sees, no {@code SERVICE}).
 */
package org.actorgraph.server.guard;
