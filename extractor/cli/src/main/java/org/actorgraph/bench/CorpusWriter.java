package org.actorgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.actorgraph.ingest.Article;

/**
 * Writes articles in the formats the ingest stage reads: one JSON object a line ({@code .jsonl}:
 * {@code id, url, title, published, source, text}) or one {@code .txt} file each with {@code
 * SOURCE:}, {@code URL:}, {@code TITLE:} and {@code DATE:} headers. Both consume a stream one
 * article at a time.
 */
public final class CorpusWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusWriter() {}

  /** Writes the articles to {@code file}, one JSON line each; returns how many. */
  public static long writeJsonLines(Stream<Article> articles, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return writeJsonLines(articles, out);
    }
  }

  /** Writes the articles to {@code out}, one JSON line each; returns how many. */
  public static long writeJsonLines(Stream<Article> articles, Writer out) throws IOException {
    long n = 0;
    BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
    for (Iterator<Article> it = articles.iterator(); it.hasNext(); n++) {
      w.write(jsonLine(it.next()));
      w.write('\n');
    }
    w.flush();
    return n;
  }

  /** Writes each article to {@code dir/<id>.txt}; returns how many. */
  public static long writeTextFiles(Stream<Article> articles, Path dir) throws IOException {
    Files.createDirectories(dir);
    long n = 0;
    for (Iterator<Article> it = articles.iterator(); it.hasNext(); n++) {
      Article a = it.next();
      Files.writeString(dir.resolve(a.id() + ".txt"), text(a), StandardCharsets.UTF_8);
    }
    return n;
  }

  /** The article as one JSON object (no line break). */
  public static String jsonLine(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    put(o, "url", a.url());
    put(o, "title", a.title());
    put(o, "published", a.published());
    put(o, "source", a.source());
    put(o, "author", a.author());
    o.put("text", a.body());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article as a {@code .txt} file: headers, a blank line, the body. */
  public static String text(Article a) {
    StringBuilder s = new StringBuilder();
    a.source().ifPresent(v -> s.append("SOURCE: ").append(v).append('\n'));
    a.url().ifPresent(v -> s.append("URL: ").append(v).append('\n'));
    a.title().ifPresent(v -> s.append("TITLE: ").append(v).append('\n'));
    a.published().ifPresent(v -> s.append("DATE: ").append(v).append('\n'));
    a.author().ifPresent(v -> s.append("AUTHOR: ").append(v).append('\n'));
    return s.append('\n').append(a.body()).toString();
  }

  private static void put(ObjectNode o, String field, Optional<String> value) {
    value.ifPresent(v -> o.put(field, v));
  }
}
