/**
 * Stage 1: reads {@code .txt}, {@code .html} and {@code .jsonl} files, folders and standard input
 * into {@link org.actorgraph.ingest.Article} records, reporting each bad input as an {@link
 * org.actorgraph.ingest.InputProblem} that names the file (and line) and goes on with the rest.
 */
package org.actorgraph.ingest;
