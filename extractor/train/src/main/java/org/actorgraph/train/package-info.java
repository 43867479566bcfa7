/**
 * Trains the project's English name finder from openly licensed corpora (WikiGold and Re-DocRED):
 * reads them into OpenNLP name samples with the types {@code person}, {@code organization} and
 * {@code location}, holds out whole documents, trains an OpenNLP {@code NameFinderME} with the
 * project's feature descriptor, scores it on the held-out documents and writes the model. {@link
 * org.actorgraph.train.NameFinderTrainer#train} is the entry point.
 *
 * <p>It also converts reference lexicons into the relate stage's data files: {@link
 * org.actorgraph.train.CameoVerbConverter} turns PETRARCH2's CAMEO verb dictionary, the CAMEO
 * codebook's category names and WordNet's nominalisations into {@code cameo-verbs.tsv} and {@code
 * cameo-nouns.tsv}; {@link org.actorgraph.train.ProperAdjectiveConverter} turns WordNet's
 * capitalised adjectives and kinds of person into the mention stage's {@code
 * proper_adjectives.txt}. {@code actorgraph build-lexicons} runs them all.
 */
package org.actorgraph.train;
