package org.actorgraph.lexicon;

import java.util.Locale;

/** The kinds of named thing the extractor finds; scoring and the graph use these four. */
public enum EntityType {
  PERSON,
  COUNTRY,
  ORGANISATION,
  PLACE;

  /** The name used in gold files and reports: {@code Person}, {@code Country}, ... */
  public String label() {
    String lower = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
