package org.actorgraph.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the articles of one input file.
 *
 * <p>Each article read is handed to {@code articles}; each problem (a malformed line, an unreadable
 * file) to {@code problems}, after which reading goes on with the rest of the file where that makes
 * sense.
 */
public interface ArticleReader {

  void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems);
}
