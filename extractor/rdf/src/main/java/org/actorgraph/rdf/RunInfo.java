package org.actorgraph.rdf;

import java.time.Instant;
import java.util.Objects;

/**
 * The extraction run an article graph comes from.
 *
 * @param iri the run's IRI
 * @param extractorVersion the extractor's version
 * @param startedAt when the run started
 */
public record RunInfo(String iri, String extractorVersion, Instant startedAt) {

  public RunInfo {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
