/**
 * Taking data out: selecting article graphs by article IRI, source URL or site, or publication date
 * range, and removing them in one transaction from the local store or a remote one. Every fact
 * lives in its article's graph, so removing the graph removes the facts it alone supports, and the
 * text index follows.
 */
package org.actorgraph.remove;
