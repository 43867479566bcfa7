package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES);

  private void readAll(Path... paths) {
    for (Path f : inputs.expand(List.of(paths), problems::add)) {
      inputs.read(f, articles::add, problems::add);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void readsTextHeadersAndBody() throws IOException {
    write(
        "a.txt",
        "SOURCE: https://example.org/a\nTITLE: A title\nDATE: 2025-04-15\nAUTHOR: Jo\n\nBody one.\n");
    readAll(dir);
    assertEquals(List.of(), problems);
    Article a = articles.get(0);
    assertEquals("a", a.id());
    assertEquals(Optional.of("https://example.org/a"), a.url());
    assertEquals(Optional.of("A title"), a.title());
    assertEquals(Optional.of("2025-04-15"), a.published());
    assertEquals(Optional.of("Jo"), a.author());
    assertEquals("Body one.\n", a.body());
  }

  @Test
  void aSourceThatIsNotAUrlIsThePublisher() throws IOException {
    write("b.txt", "SOURCE: CNN Brasil\n\nText.");
    readAll(dir);
    assertEquals(Optional.of("CNN Brasil"), articles.get(0).source());
    assertEquals(Optional.empty(), articles.get(0).url());
  }

  @Test
  void withoutHeadersTheWholeFileIsTheBody() throws IOException {
    write("c.txt", "Note: this is text.\nMore.");
    readAll(dir);
    assertEquals("Note: this is text.\nMore.", articles.get(0).body());
  }

  @Test
  void badFilesAreReportedByNameAndTheRestIsRead() throws IOException {
    write("1-empty.txt", "");
    Files.write(dir.resolve("2-binary.txt"), new byte[] {'a', 0, 1, 2, 3});
    Files.write(
        dir.resolve("3-latin1.txt"), "caf\u00e9 con leche".getBytes(StandardCharsets.ISO_8859_1));
    write("4-good.txt", "Daniel Noboa spoke.");
    write("5-headers-only.txt", "TITLE: x\n\n");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("6-big.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    readAll(dir);
    assertEquals(1, articles.size());
    assertEquals("4-good", articles.get(0).id());
    assertEquals(5, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().endsWith("1-empty.txt: empty file"));
    assertTrue(problems.get(1).message().startsWith("binary file"), problems.get(1).message());
    assertTrue(problems.get(2).message().startsWith("invalid UTF-8 near byte 3"));
    assertTrue(problems.get(3).message().contains("empty body"));
    assertTrue(problems.get(4).message().startsWith("file too large (52428800 bytes"));
    assertTrue(problems.get(4).origin().endsWith("6-big.txt"));
  }

  @Test
  void malformedJsonLinesAreReportedWithTheirLineNumber() throws IOException {
    write(
        "feed.jsonl",
        "{\"id\":\"x1\",\"url\":\"https://e.org/1\",\"title\":\"T\",\"published\":\"2024-06-19T10:00:00Z\",\"text\":\"One.\"}\n"
            + "{\"id\": \"x2\", \"text\": \n"
            + "\n"
            + "[1,2]\n"
            + "{\"id\":\"x4\"}\n"
            + "{\"id\":\"x5\",\"text\":\"Five.\"}\n");
    readAll(dir);
    assertEquals(List.of("x1", "x5"), articles.stream().map(Article::id).toList());
    assertEquals(Optional.of("2024-06-19"), articles.get(0).published());
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).origin().endsWith("feed.jsonl:2"));
    assertTrue(problems.get(0).message().startsWith("malformed JSON"));
    assertTrue(problems.get(1).origin().endsWith("feed.jsonl:4"));
    assertTrue(problems.get(2).message().contains("\"text\""));
  }

  @Test
  void readsTheMainTextAndMetadataOfHtml() throws IOException {
    write(
        "page.html",
        "<html><head><title>Site | T</title><meta property='og:title' content='Real title'>"
            + "<link rel='canonical' href='https://e.org/p'>"
            + "<meta property='article:published_time' content='2024-07-08T09:00:00+02:00'>"
            + "<script>var x = 1;</script></head><body><nav>Home News</nav>"
            + "<article><h1>Real title</h1><p>First <b>para</b>.</p><p>Second.</p></article>"
            + "<footer>Copyright</footer></body></html>");
    readAll(dir);
    Article a = articles.get(0);
    assertEquals(Optional.of("Real title"), a.title());
    assertEquals(Optional.of("https://e.org/p"), a.url());
    assertEquals(Optional.of("2024-07-08"), a.published());
    assertEquals("Real title\nFirst para.\nSecond.\n", a.body());
  }

  @Test
  void readsStandardInput() {
    inputs.readStdin(
        new ByteArrayInputStream("TITLE: t\n\nHello.".getBytes(StandardCharsets.UTF_8)),
        articles::add,
        problems::add);
    assertEquals("stdin", articles.get(0).id());
    assertEquals("Hello.", articles.get(0).body());
  }

  @Test
  void namesAMissingInput() {
    readAll(dir.resolve("nope.txt"));
    assertEquals("no such file or folder", problems.get(0).message());
  }
}
