/**
 * Stage 2: OpenNLP sentence detection, tokenisation, part-of-speech tagging and lemmatisation,
 * turning an {@link org.actorgraph.ingest.Article} into an {@link
 * org.actorgraph.annotate.AnnotatedArticle}.
 */
package org.actorgraph.annotate;
