package org.actorgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The export formats, with their file extension, media type and writer. */
public enum ExportFormat {
  GRAPHML("graphml", "application/graphml+xml", GraphMlWriter::new),
  GEXF("gexf", "application/gexf+xml", GexfWriter::new),
  CYJS("cyjs", "application/json", CytoscapeJsonWriter::new),
  /** Two tables; as one stream, a zip of {@code nodes.csv} and {@code edges.csv}. */
  CSV("zip", "application/zip", CsvWriter::new);

  private final String extension;
  private final String mediaType;
  private final Supplier<NetworkWriter> writer;

  ExportFormat(String extension, String mediaType, Supplier<NetworkWriter> writer) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.writer = writer;
  }

  /** The name users type: graphml, gexf, cyjs or csv. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The extension of a single-file export (csv: {@code zip}). */
  public String extension() {
    return extension;
  }

  /** The media type of a single-stream export. */
  public String mediaType() {
    return mediaType;
  }

  /** A new writer for this format. */
  public NetworkWriter writer() {
    return writer.get();
  }

  /**
   * The format named {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (f.id().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected " + names() + ")");
  }

  /** The formats' names, comma separated. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }
}
