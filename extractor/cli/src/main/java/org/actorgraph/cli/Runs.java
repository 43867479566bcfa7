package org.actorgraph.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.GraphSink;

/** Makes the record of one extraction run, and runs the standard pipeline into a sink. */
final class Runs {

  private Runs() {}

  static RunInfo newRun(ExtractorConfig config) {
    return new RunInfo(
        config.baseIri() + "run/" + UUID.randomUUID(), Version.current(), Instant.now());
  }

  /** Extracts {@code inputs} with the standard pipeline into {@code sink}, showing progress. */
  static BatchRun.Summary extractInto(ExtractorConfig config, List<Path> inputs, GraphSink sink) {
    return extractInto(config, inputs, sink, null);
  }

  /**
   * {@link #extractInto(ExtractorConfig, List, GraphSink)} in batches of {@code batch} articles, or
   * of the size the sink asks for if {@code batch} is null.
   */
  static BatchRun.Summary extractInto(
      ExtractorConfig config, List<Path> inputs, GraphSink sink, Integer batch) {
    BatchRun run =
        batch == null
            ? new BatchRun(Pipeline.standard(config), newRun(config), config.threads())
            : new BatchRun(Pipeline.standard(config), newRun(config), config.threads(), batch);
    return run.run(
        new Inputs(config.maxArticleBytes()), inputs, System.in, sink, new ProgressBar(System.err));
  }
}
