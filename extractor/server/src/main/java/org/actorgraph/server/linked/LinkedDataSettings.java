package org.actorgraph.server.linked;

import java.util.Objects;
import java.util.Optional;
import org.actorgraph.resolve.Iris;

/**
 * Settings of the linked-data addresses.
 *
 * @param base the base of the data IRIs served under {@code /id/}; default {@value
 *     Iris#DEFAULT_BASE} (must be the base the store's data was extracted with)
 * @param service the Fuseki service whose dataset is read and described; default {@code /kg}, the
 *     public read-only one
 * @param title the dataset's title in its description
 * @param licence the IRI of the data's licence, if the deployment states one (the dataset
 *     description then says {@code dct:license}; without one it says in {@code dct:rights} that
 *     each article's licence applies)
 */
public record LinkedDataSettings(
    String base, String service, String title, Optional<String> licence) {

  /** What the description says when no licence is set. */
  static final String NO_LICENCE =
      "No licence has been stated for this dataset: the text of each article, and what was"
          + " extracted from it, stays under the terms of the article's source.";

  public LinkedDataSettings {
    new Iris(base);
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(licence, "licence");
    licence.ifPresent(
        l -> {
          if (!l.matches("https?://\\S+")) {
            throw new IllegalArgumentException(
                "licence: expected an http(s) IRI (found " + l + ")");
          }
        });
  }

  /** The defaults: the default base, {@code /kg}, no licence stated. */
  public static LinkedDataSettings defaults() {
    return new LinkedDataSettings(
        Iris.DEFAULT_BASE, "/kg", "actorgraph knowledge graph", Optional.empty());
  }

  /** These settings with data IRIs under {@code base}. */
  public LinkedDataSettings withBase(String base) {
    return new LinkedDataSettings(base, service, title, licence);
  }

  /** These settings with the data's licence IRI. */
  public LinkedDataSettings withLicence(String licenceIri) {
    return new LinkedDataSettings(base, service, title, Optional.of(licenceIri));
  }
}
