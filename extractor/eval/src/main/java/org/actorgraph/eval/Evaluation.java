package org.actorgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an evaluation over a directory of articles: what {@code actorgraph evaluate --gold DIR
 * [--json FILE] [--dump DIR]} calls.
 *
 * <p>For each {@code NAME.txt} in the directory (in name order) it calls the extraction function,
 * reads the article's named graph from the returned dataset with {@link RdfDump#readArticle}
 * (article id {@code NAME}), writes it to {@code DUMPDIR/NAME.json} with {@link DumpWriter} when a
 * dump directory is given, and scores it with {@link Scorer} against {@code NAME.gold.json} when
 * that exists (an article without gold is still extracted and dumped).
 *
 * <p>Errors: a gold file without its {@code NAME.txt}, or a gold file that does not read, stops the
 * run before any extraction ({@link EvalInputException}). A failing extraction (the function
 * throws, or its graph does not read) is logged and recorded in the report, and the article is
 * scored as an empty extraction, so failures lower recall instead of vanishing; the run goes on.
 * The returned datasets are not closed: the function owns them.
 */
public final class Evaluation {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);
  private static final String TEXT = ".txt";
  private static final String GOLD = ".gold.json";

  private Evaluation() {}

  /** Runs with the default {@link Scorer}. */
  public static EvaluationReport run(
      Path goldDir, Function<Path, Dataset> extractArticle, Optional<Path> dumpDir) {
    return run(goldDir, extractArticle, dumpDir, new Scorer());
  }

  /**
   * Extracts, dumps and scores every article of {@code goldDir}.
   *
   * @param goldDir a directory of {@code NAME.txt} articles and {@code NAME.gold.json} gold files
   * @param extractArticle turns an article file into a dataset holding the article's named graph
   * @param dumpDir where to write each extraction as {@code NAME.json}, if anywhere
   * @param scorer the scorer
   * @throws EvalInputException when the directory, a gold file or the pairing is wrong
   */
  public static EvaluationReport run(
      Path goldDir, Function<Path, Dataset> extractArticle, Optional<Path> dumpDir, Scorer scorer) {
    Map<String, Path> articles = articles(goldDir);
    Map<String, EvalDocument> golds = new LinkedHashMap<>();
    for (String name : articles.keySet()) {
      Path gold = goldDir.resolve(name + GOLD);
      if (Files.isRegularFile(gold)) {
        golds.put(name, GoldReader.read(gold));
      }
    }
    List<ArticleScore> scores = new ArrayList<>();
    for (Map.Entry<String, Path> article : articles.entrySet()) {
      scores.add(
          evaluate(article.getKey(), article.getValue(), golds, extractArticle, dumpDir, scorer));
    }
    return new EvaluationReport(scores);
  }

  private static ArticleScore evaluate(
      String name,
      Path file,
      Map<String, EvalDocument> golds,
      Function<Path, Dataset> extractArticle,
      Optional<Path> dumpDir,
      Scorer scorer) {
    EvalDocument extracted;
    Optional<String> failure = Optional.empty();
    try {
      Dataset dataset = extractArticle.apply(file);
      if (dataset == null) {
        throw new EvalInputException(name, "the extraction returned no dataset");
      }
      extracted = RdfDump.readArticle(dataset, name);
    } catch (RuntimeException | StackOverflowError e) {
      // a runaway recursion on one article's parse fails that article, as in extract, not the run
      LOG.warn("{}: extraction failed: {}", file, e.toString());
      failure = Optional.of(e.getMessage() != null ? e.getMessage() : e.toString());
      extracted = empty(name);
    }
    if (failure.isEmpty() && dumpDir.isPresent()) {
      DumpWriter.write(extracted, dumpDir.get().resolve(name + ".json"));
    }
    EvalDocument gold = golds.get(name);
    if (gold == null) {
      LOG.info("{}: no {}{}; extracted, not scored", file, name, GOLD);
      return ArticleScore.unscored(name, failure);
    }
    return scorer.score(gold, extracted, failure);
  }

  private static EvalDocument empty(String name) {
    return new EvalDocument(
        name, Optional.empty(), List.of(), List.of(), List.of(), List.of(), Set.of());
  }

  /** The {@code NAME.txt} files by name; checks that every gold file has its article. */
  private static Map<String, Path> articles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new EvalInputException(dir.toString(), "not a directory");
    }
    Map<String, Path> articles = new LinkedHashMap<>();
    Set<String> unpaired = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
      for (Path f : sorted) {
        String name = f.getFileName().toString();
        if (name.endsWith(TEXT)) {
          articles.put(name.substring(0, name.length() - TEXT.length()), f);
        }
      }
      for (Path f : sorted) {
        String name = f.getFileName().toString();
        if (name.endsWith(GOLD)
            && !articles.containsKey(name.substring(0, name.length() - GOLD.length()))) {
          unpaired.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (!unpaired.isEmpty()) {
      throw new EvalInputException(
          dir.toString(),
          "gold files without their article (NAME.txt): " + String.join(", ", unpaired));
    }
    if (articles.isEmpty()) {
      throw new EvalInputException(dir.toString(), "no NAME.txt articles");
    }
    return articles;
  }
}
