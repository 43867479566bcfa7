/**
 * The sink's persistent store: the TDB2 dataset with its Lucene text index exactly as {@code
 * fuseki-config/config.ttl} describes it, opened over a chosen data folder, and the one write the
 * pipeline needs, replacing an article's named graph in one transaction.
 *
 * <p>{@link org.actorgraph.store.StoreConfig} reads the configuration and points its locations at a
 * data folder; {@link org.actorgraph.store.ActorgraphStore} assembles and releases the dataset.
 * {@link org.actorgraph.store.StoreCompactor} compacts a closed store's TDB2 database, and {@link
 * org.actorgraph.store.BulkLoader} loads N-Quads with TDB2's bulk loader and indexes their text.
 */
package org.actorgraph.store;
