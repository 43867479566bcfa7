package org.actorgraph.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.bench.SyntheticArticle;
import org.actorgraph.bench.SyntheticCorpus;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;

/**
 * The fixed inputs of the benchmarks: {@code samples} (the articles of the repository's {@code
 * samples/} folder, found from the working directory or its parents, or named by the system
 * property {@code actorgraph.samples}) or {@code synthetic} ({@value #SYNTHETIC_ARTICLES} articles
 * of {@link SyntheticCorpus} with seed {@value #SEED}, about 500 words each).
 */
public final class Corpus {

  /** How many synthetic articles one corpus holds. */
  public static final int SYNTHETIC_ARTICLES = 8;

  /** The synthetic corpus's seed. */
  public static final long SEED = 1;

  private Corpus() {}

  /**
   * The articles of corpus {@code name} ({@code samples} or {@code synthetic}), in a fixed order.
   */
  public static List<Article> named(String name) {
    return switch (name) {
      case "samples" -> samples(samplesFolder());
      case "synthetic" ->
          new SyntheticCorpus(SEED)
              .articles(SYNTHETIC_ARTICLES)
              .map(SyntheticArticle::article)
              .toList();
      default ->
          throw new IllegalArgumentException(
              "corpus (" + name + ") must be 'samples' or 'synthetic'");
    };
  }

  /** Every article file of {@code folder}, sorted by name. */
  static List<Article> samples(Path folder) {
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES);
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>(inputs.expand(List.of(folder), problems::add));
    files.sort(null);
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      inputs.read(f, articles::add, problems::add);
    }
    if (!problems.isEmpty() || articles.isEmpty()) {
      throw new IllegalStateException(
          folder + ": no articles read" + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
    }
    return List.copyOf(articles);
  }

  /** {@code samples/} in the working directory or the nearest parent that has one. */
  static Path samplesFolder() {
    String named = System.getProperty("actorgraph.samples");
    if (named != null) {
      return Path.of(named);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples")) && Files.isDirectory(p.resolve("extractor"))) {
        return p.resolve("samples");
      }
    }
    throw new IllegalStateException(
        "no samples/ folder above " + Path.of("").toAbsolutePath() + " (-Dactorgraph.samples=DIR)");
  }
}
