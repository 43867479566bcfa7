/**
 * Fuseki replicas fed from Kafka. A {@link org.actorgraph.replica.ReplicaFeeder} consumes the
 * article-graph topic (the wire form of {@link org.actorgraph.pipeline.ArticleGraphMessages}) with
 * its own consumer group and applies each poll's messages to a TDB2 store as "replace this
 * article's graph" or "remove this article", committing the Kafka offsets only after the store has
 * committed. A {@link org.actorgraph.replica.Replica} is an embedded Fuseki server whose store such
 * a feeder writes; {@link org.actorgraph.replica.ReplicaCommand} runs one from the command line.
 * See docs/REPLICAS.md.
 */
package org.actorgraph.replica;
