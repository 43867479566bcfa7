/**
 * The extractor on Apache Flink: {@link org.actorgraph.flink.ExtractJob} reads articles from files
 * or Kafka, runs the standard pipeline in {@link org.actorgraph.flink.ExtractFunction}, and writes
 * one message per article graph (key: graph IRI; value: N-Quads) to Kafka exactly once, or gzipped
 * N-Quads files. See docs/FLINK.md.
 */
package org.actorgraph.flink;
