package org.actorgraph.cli;

import java.time.Instant;
import java.util.UUID;
import org.actorgraph.pipeline.ExtractorConfig;
import org.actorgraph.rdf.RunInfo;

/** Makes the record of one extraction run. */
final class Runs {

  private Runs() {}

  static RunInfo newRun(ExtractorConfig config) {
    return new RunInfo(
        config.baseIri() + "run/" + UUID.randomUUID(), Version.current(), Instant.now());
  }
}
