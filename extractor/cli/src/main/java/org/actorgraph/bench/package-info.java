/**
 * Scale tools: a synthetic news corpus built from the lexicons the extractor ships ({@link
 * org.actorgraph.bench.SyntheticCorpus}), and the measurements of the {@code benchmark} command
 * (query latencies, store sizes, peak heap).
 *
 * <p>Nothing here is used by the extraction pipeline itself.
 */
package org.actorgraph.bench;
