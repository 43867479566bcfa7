package org.actorgraph.flink;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.resolve.Iris;

/**
 * The options of {@link ExtractJob}: one source (a folder of article files, or a Kafka topic), one
 * or two sinks (a Kafka topic, a folder of gzipped N-Quads files), and the extractor's settings.
 * {@link #parse} rejects an unknown option, a missing value or a bad combination with a message
 * that names it.
 *
 * @param inputDir article files to read once (a backfill), or null
 * @param inputTopic a Kafka topic of articles (see {@link ArticleMessageDeserializer}), or null
 * @param bootstrap the Kafka bootstrap servers; required with a Kafka source or sink
 * @param groupId the Kafka consumer group of the source
 * @param untilLatest whether the Kafka source stops at the offsets that are latest when it starts
 * @param outputTopic the Kafka topic the article graphs go to, exactly once, or null
 * @param transactionalIdPrefix the prefix of the Kafka sink's transactional ids, unique per job
 * @param outputDir the folder the gzipped N-Quads part files go to, or null
 * @param checkpointInterval how often a checkpoint is taken (and Kafka transactions and part files
 *     committed)
 * @param baseIri the base of every data IRI
 * @param maxArticleBytes the largest article (or JSON line) accepted
 * @param parse whether the dependency parser runs
 */
public record JobOptions(
    String inputDir,
    String inputTopic,
    String bootstrap,
    String groupId,
    boolean untilLatest,
    String outputTopic,
    String transactionalIdPrefix,
    String outputDir,
    Duration checkpointInterval,
    String baseIri,
    long maxArticleBytes,
    boolean parse) {

  /** The usage text, also shown by {@code --help}. */
  public static final String USAGE =
      """
      Usage: flink run -c org.actorgraph.flink.ExtractJob actorgraph-flink-VERSION-job.jar SOURCE SINK... [OPTION]...
      Extracts articles into article graphs (one N-Quads message or file record per article).
      Source (exactly one):
        --input-dir DIR            article files (.txt, .html, .jsonl), read once; any Flink file system
        --input-topic TOPIC        Kafka topic of articles: key = article id, value = .txt article
      Sinks (at least one):
        --output-topic TOPIC       Kafka topic of article graphs, exactly once (key IRI, value N-Quads)
        --output-dir DIR           gzipped N-Quads part files, committed on each checkpoint
      Options:
        --bootstrap-servers HOSTS  Kafka bootstrap servers (required with a Kafka source or sink)
        --group-id ID              Kafka consumer group of the source (default: actorgraph-extract)
        --until-latest             stop the Kafka source at the offsets latest when the job starts
        --transactional-id-prefix P  Kafka sink transactional id prefix, unique per job
                                   (default: actorgraph-extract)
        --checkpoint-interval D    e.g. 500ms, 10s, 1m (default: 10s)
        --base IRI                 base of the data IRIs (default: %s)
        --max-article-bytes N      largest article or JSON line accepted (default: %d)
        --no-parse                 skip the dependency parser (faster, fewer interactions)
        --help                     show this and exit
      """
          .formatted(Iris.DEFAULT_BASE, Inputs.DEFAULT_MAX_BYTES);

  public JobOptions {
    if ((inputDir == null) == (inputTopic == null)) {
      throw new IllegalArgumentException("give exactly one source: --input-dir or --input-topic");
    }
    if (outputDir == null && outputTopic == null) {
      throw new IllegalArgumentException(
          "give at least one sink: --output-topic and/or --output-dir");
    }
    if ((inputTopic != null || outputTopic != null) && bootstrap == null) {
      throw new IllegalArgumentException("a Kafka source or sink needs --bootstrap-servers");
    }
    if (checkpointInterval.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(
          "--checkpoint-interval (" + checkpointInterval + ") must be at least 10ms");
    }
    new ExtractorConfig(baseIri, 1, maxArticleBytes, parse);
  }

  /** The extractor settings these options give (one thread: Flink runs the tasks in parallel). */
  public ExtractorConfig extractorConfig() {
    return new ExtractorConfig(baseIri, 1, maxArticleBytes, parse);
  }

  /**
   * Reads command-line arguments.
   *
   * @throws IllegalArgumentException naming the option at fault
   */
  public static JobOptions parse(String... args) {
    Builder b = new Builder();
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String opt = rest.remove(0);
      switch (opt) {
        case "--input-dir" -> b.inputDir = value(opt, rest);
        case "--input-topic" -> b.inputTopic = value(opt, rest);
        case "--bootstrap-servers" -> b.bootstrap = value(opt, rest);
        case "--group-id" -> b.groupId = value(opt, rest);
        case "--until-latest" -> b.untilLatest = true;
        case "--output-topic" -> b.outputTopic = value(opt, rest);
        case "--transactional-id-prefix" -> b.transactionalIdPrefix = value(opt, rest);
        case "--output-dir" -> b.outputDir = value(opt, rest);
        case "--checkpoint-interval" -> b.checkpointInterval = duration(opt, value(opt, rest));
        case "--base" -> b.baseIri = value(opt, rest);
        case "--max-article-bytes" -> b.maxArticleBytes = number(opt, value(opt, rest));
        case "--no-parse" -> b.parse = false;
        default -> throw new IllegalArgumentException("unknown option '" + opt + "'");
      }
    }
    return b.build();
  }

  private static String value(String opt, List<String> rest) {
    if (rest.isEmpty() || rest.get(0).startsWith("--")) {
      throw new IllegalArgumentException(opt + " needs a value");
    }
    return rest.remove(0);
  }

  private static long number(String opt, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(opt + ": expected a whole number (found '" + v + "')");
    }
  }

  /** {@code 500ms}, {@code 10s}, {@code 2m}, or an ISO-8601 duration ({@code PT10S}). */
  static Duration duration(String opt, String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("p")) {
        return Duration.parse(v.strip());
      } else if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      } else if (s.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
      } else if (s.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
      }
      throw new NumberFormatException("no unit");
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          opt + ": expected a duration like 500ms, 10s or 1m (found '" + v + "')");
    }
  }

  private static final class Builder {
    String inputDir;
    String inputTopic;
    String bootstrap;
    String groupId = "actorgraph-extract";
    boolean untilLatest;
    String outputTopic;
    String transactionalIdPrefix = "actorgraph-extract";
    String outputDir;
    Duration checkpointInterval = Duration.ofSeconds(10);
    String baseIri = Iris.DEFAULT_BASE;
    long maxArticleBytes = Inputs.DEFAULT_MAX_BYTES;
    boolean parse = true;

    JobOptions build() {
      return new JobOptions(
          inputDir,
          inputTopic,
          bootstrap,
          groupId,
          untilLatest,
          outputTopic,
          transactionalIdPrefix,
          outputDir,
          checkpointInterval,
          baseIri,
          maxArticleBytes,
          parse);
    }
  }
}
