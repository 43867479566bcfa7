package org.actorgraph.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .txt} article: optional header lines {@code SOURCE:}, {@code TITLE:}, {@code
 * DATE:}, {@code AUTHOR:}, {@code URL:} then one blank line, then the body. Without headers the
 * whole file is the body. A {@code SOURCE:} that is a URL is taken as the article's URL, otherwise
 * as its publisher.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Pattern HEADER = Pattern.compile("(SOURCE|TITLE|DATE|AUTHOR|URL):(.*?)\r?");

  private final long maxBytes;

  public TextArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
    TextChecks.readUtf8(file, maxBytes, problems)
        .flatMap(text -> parse(idOf(file), file.toString(), text, problems))
        .ifPresent(articles);
  }

  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Parses header lines and body; reports a body that is empty after the headers. */
  static Optional<Article> parse(
      String id, String origin, String text, Consumer<InputProblem> problems) {
    Map<String, String> headers = new HashMap<>();
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      String line = eol < 0 ? text.substring(pos) : text.substring(pos, eol);
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        break;
      }
      headers.put(m.group(1), m.group(2).strip());
      pos = eol < 0 ? text.length() : eol + 1;
    }
    if (!headers.isEmpty()) {
      while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
        pos++;
      }
    }
    String body = text.substring(pos);
    if (body.isBlank()) {
      problems.accept(new InputProblem(origin, "no article text (empty body)"));
      return Optional.empty();
    }
    String source = headers.get("SOURCE");
    Optional<String> url = Optional.ofNullable(headers.get("URL"));
    Optional<String> publisher = Optional.empty();
    if (source != null) {
      if (source.startsWith("http://") || source.startsWith("https://")) {
        url = url.or(() -> Optional.of(source));
      } else {
        publisher = Optional.of(source);
      }
    }
    return Optional.of(
        new Article(
            id,
            origin,
            url,
            Optional.ofNullable(headers.get("TITLE")).filter(s -> !s.isEmpty()),
            Dates.published(Dates.isoPrefix(headers.get("DATE")), url, body),
            Optional.ofNullable(headers.get("AUTHOR")).filter(s -> !s.isEmpty()),
            publisher,
            body));
  }
}
