package org.actorgraph.flink;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.actorgraph.rdf.RunInfo;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The extractor as a Flink job: articles from a folder of files (a backfill) or a Kafka topic (a
 * feed), extracted one by one by {@link ExtractFunction}, and each article graph written to a Kafka
 * topic exactly once and/or to gzipped N-Quads part files. Checkpointing is always on: a restarted
 * job neither loses nor duplicates an article graph. Options: {@link JobOptions#USAGE};
 * docs/FLINK.md says how to submit it.
 *
 * <p>Exit codes of {@link #main}: 0 the job ran (or {@code --help}), 2 bad options; a job that
 * fails throws.
 */
public final class ExtractJob {

  /** The exit code for bad options. */
  public static final int USAGE = 2;

  private ExtractJob() {}

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.print(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("actorgraph-flink: " + e.getMessage());
      System.err.print(JobOptions.USAGE);
      System.exit(USAGE);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    define(env, options, newRun(options));
    env.execute("actorgraph extract");
  }

  /** A new extraction run under the options' base IRI. */
  public static RunInfo newRun(JobOptions options) {
    String version = ExtractJob.class.getPackage().getImplementationVersion();
    return new RunInfo(
        options.baseIri() + "run/" + UUID.randomUUID(),
        version == null ? "dev" : version,
        Instant.now());
  }

  /** Adds the whole job to {@code env}: checkpointing, source, extraction, sinks. */
  public static void define(StreamExecutionEnvironment env, JobOptions options, RunInfo run) {
    env.enableCheckpointing(options.checkpointInterval().toMillis());
    // every record is immutable: chained operators may pass it on without a copy
    env.getConfig().enableObjectReuse();
    sinks(extract(articles(env, options), options, run), options);
  }

  /** The source the options name. */
  public static DataStream<ArticleInput> articles(
      StreamExecutionEnvironment env, JobOptions options) {
    if (options.inputDir() != null) {
      FileSource<ArticleInput> files =
          FileSource.forBulkFileFormat(
                  new ArticleFileFormat(options.maxArticleBytes()), new Path(options.inputDir()))
              .setFileEnumerator(ArticleFileEnumerator::new)
              .build();
      return env.fromSource(files, WatermarkStrategy.noWatermarks(), "article files")
          .uid("article-files");
    }
    KafkaSourceBuilder<ArticleInput> kafka =
        KafkaSource.<ArticleInput>builder()
            .setBootstrapServers(options.bootstrap())
            .setTopics(options.inputTopic())
            .setGroupId(options.groupId())
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new ArticleMessageDeserializer(options.maxArticleBytes()))
            .setProperty("isolation.level", "read_committed");
    if (options.untilLatest()) {
      kafka.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(kafka.build(), WatermarkStrategy.noWatermarks(), "article topic")
        .uid("article-topic");
  }

  /** Extraction: one article graph per article; bad articles are logged, counted and skipped. */
  public static DataStream<GraphMessage> extract(
      DataStream<ArticleInput> articles, JobOptions options, RunInfo run) {
    return articles
        .flatMap(new ExtractFunction(options.extractorConfig(), run))
        .name("extract")
        .uid("extract");
  }

  /** The sinks the options name. */
  public static void sinks(DataStream<GraphMessage> graphs, JobOptions options) {
    if (options.outputTopic() != null) {
      KafkaSink<GraphMessage> kafka =
          KafkaSink.<GraphMessage>builder()
              .setBootstrapServers(options.bootstrap())
              .setRecordSerializer(new GraphMessageSerializer(options.outputTopic()))
              .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
              .setTransactionalIdPrefix(options.transactionalIdPrefix())
              // the broker's default transaction.max.timeout.ms; Kafka's client default is larger
              .setProperty("transaction.timeout.ms", "900000")
              .build();
      graphs.sinkTo(kafka).name("graph topic").uid("graph-topic");
    }
    if (options.outputDir() != null) {
      FileSink<GraphMessage> files =
          FileSink.forBulkFormat(new Path(options.outputDir()), GzipNQuadsWriter.factory())
              .withOutputFileConfig(
                  OutputFileConfig.builder()
                      .withPartPrefix("articles")
                      .withPartSuffix(".nq.gz")
                      .build())
              .withRollingPolicy(OnCheckpointRollingPolicy.build())
              .build();
      graphs.sinkTo(files).name("graph files").uid("graph-files");
    }
  }
}
