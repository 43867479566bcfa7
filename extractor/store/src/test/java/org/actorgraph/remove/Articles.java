package org.actorgraph.remove;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two invented articles: Jane Doe appears in both, John Roe and Sylvania only in the first. */
final class Articles {

  static final String FIRST_URL = "https://news.freedonia.example/2025/talks";

  private Articles() {}

  static Path write(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "URL: "
            + FIRST_URL
            + "\nDATE: 2025-03-10\nTITLE: Freedonia and Sylvania talk\n\n"
            + "Jane Doe, the president of Freedonia, met John Roe, the foreign minister of"
            + " Sylvania, in Port Aster on Monday. Jane Doe also met Anna Smith in Port Aster."
            + " Doe said the talks were useful.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "URL: https://other.ruritania.example/visit\nDATE: 2025-04-02\nTITLE: Jane Doe visits\n\n"
            + "Jane Doe, the president of Freedonia, visited Ruritania on Tuesday. She met Anna"
            + " Smith, the prime minister of Ruritania.\n");
    return in;
  }
}
