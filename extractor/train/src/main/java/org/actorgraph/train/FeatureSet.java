package org.actorgraph.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The feature generator descriptors a name finder can be trained with. */
public enum FeatureSet {
  /** OpenNLP's default descriptor: token and token-class windows of +/-2, bigrams, map. */
  DEFAULT("ner-default-features.xml"),
  /**
   * The project's descriptor: the defaults with a +/-3 lower-cased token window, the token itself,
   * prefixes and suffixes up to 4 characters and the token's shape class.
   */
  RICH("ner-rich-features.xml");

  private final String resource;

  FeatureSet(String resource) {
    this.resource = resource;
  }

  /** The descriptor's XML, as OpenNLP's {@code TokenNameFinderFactory} takes it. */
  public byte[] descriptor() {
    try (InputStream in = FeatureSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "feature descriptor " + resource + " is not on the class path next to FeatureSet");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read feature descriptor " + resource, e);
    }
  }
}
