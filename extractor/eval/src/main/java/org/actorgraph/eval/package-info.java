/**
 * Evaluation: compares what the extractor took from an article with a hand-made gold file, as
 * {@code /work/shared/eval/README.md} (the gold format and its scoring rules) prescribes.
 *
 * <p>The flow: {@link org.actorgraph.eval.GoldReader} reads {@code NAME.gold.json} into an {@link
 * org.actorgraph.eval.EvalDocument}; {@link org.actorgraph.eval.RdfDump} reads the article's
 * extracted named graph into the same shape (and {@link org.actorgraph.eval.DumpWriter} writes it
 * out as JSON in the gold file's shape); {@link org.actorgraph.eval.Scorer} matches the two and
 * counts; {@link org.actorgraph.eval.EvaluationReport} sums the counts over articles
 * (micro-average) and prints them; {@link org.actorgraph.eval.Evaluation} runs it all over a
 * directory of articles with an extraction function supplied by the caller.
 */
package org.actorgraph.eval;
