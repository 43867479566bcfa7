package org.actorgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns command-line inputs (files, folders searched recursively, or {@code -} for standard input)
 * into articles, choosing the reader by file extension: {@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}. Files of other kinds inside a folder are skipped; named explicitly, they are a
 * problem.
 */
public final class Inputs {

  /** The default limit on one article file, and on one JSON line. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final TextArticleReader text;
  private final HtmlArticleReader html;
  private final JsonLinesArticleReader jsonLines;
  private final long maxBytes;

  public Inputs(long maxBytes) {
    this.maxBytes = maxBytes;
    this.text = new TextArticleReader(maxBytes);
    this.html = new HtmlArticleReader(maxBytes);
    this.jsonLines = new JsonLinesArticleReader(maxBytes);
  }

  /** The article files under {@code paths}, folders expanded recursively and sorted. */
  public List<Path> expand(List<Path> paths, Consumer<InputProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (p.toString().equals("-")) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(Inputs::isArticleFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(new InputProblem(p.toString(), "cannot list folder: " + e.getMessage()));
        }
      } else if (!Files.exists(p)) {
        problems.accept(new InputProblem(p.toString(), "no such file or folder"));
      } else if (!isArticleFile(p)) {
        problems.accept(
            new InputProblem(p.toString(), "unknown file kind (expected .txt, .html or .jsonl)"));
      } else {
        files.add(p);
      }
    }
    return files;
  }

  static boolean isArticleFile(Path p) {
    return isArticleFileName(p.getFileName().toString());
  }

  /**
   * Whether a file of this name is one of the kinds read from a folder ({@code .txt}, {@code
   * .html}/{@code .htm}, {@code .jsonl}); for callers that list folders themselves.
   */
  public static boolean isArticleFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".jsonl");
  }

  /** Reads one file (from {@link #expand}) into articles. */
  public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      jsonLines.read(file, articles, problems);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      html.read(file, articles, problems);
    } else {
      text.read(file, articles, problems);
    }
  }

  /** Reads standard input as one {@code .txt}-style article with id {@code stdin}. */
  public void readStdin(
      InputStream in, Consumer<Article> articles, Consumer<InputProblem> problems) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        problems.accept(
            new InputProblem("stdin", "input too large (limit " + maxBytes + " bytes)"));
        return;
      }
      if (bytes.length == 0) {
        problems.accept(new InputProblem("stdin", "empty input"));
        return;
      }
      TextChecks.decode(bytes, "stdin", problems)
          .flatMap(t -> TextArticleReader.parse("stdin", "stdin", t, problems))
          .ifPresent(articles);
    } catch (IOException e) {
      problems.accept(new InputProblem("stdin", "cannot read: " + e.getMessage()));
    }
  }
}
