package org.actorgraph.annotate;

/**
 * Parses one sentence into a dependency tree over its own tokens (no re-tokenisation).
 * Implementations are thread-safe; {@link Nlp4jDependencyParser} is the standard one.
 */
public interface DependencyParser {

  /** The tree of {@code sentence}, one head and label per token of {@link Sentence#tokens()}. */
  DependencyTree parse(Sentence sentence);
}
