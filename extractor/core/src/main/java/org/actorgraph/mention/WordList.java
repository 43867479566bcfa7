package org.actorgraph.mention;

import java.util.List;
import org.actorgraph.text.WordFiles;

/**
 * Reads a word list shipped under {@code org/actorgraph/mention/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped. Entries are returned as written, in file order.
 */
final class WordList {

  private static final String DIRECTORY = "/org/actorgraph/mention/";

  private WordList() {}

  /** The entries of {@code file}; fails when the file is not on the class path. */
  static List<String> read(String file) {
    return WordFiles.read(DIRECTORY + file);
  }
}
