package org.actorgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a {@code .jsonl} file: one JSON object a line with {@code text} (required), {@code id},
 * {@code url}, {@code title}, {@code published}, {@code author}, {@code source}. A malformed line
 * is reported with its line number and the rest of the file is still read. Blank lines are skipped.
 */
public final class JsonLinesArticleReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxLineChars;

  public JsonLinesArticleReader(long maxLineChars) {
    this.maxLineChars = maxLineChars;
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNo = 0;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          readLine(file, lineNo, line, articles, problems);
        }
      }
    } catch (CharacterCodingException e) {
      problems.accept(
          new InputProblem(file + ":" + (lineNo + 1), "invalid UTF-8; rest of file skipped"));
    } catch (IOException e) {
      problems.accept(new InputProblem(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private void readLine(
      Path file,
      int lineNo,
      String line,
      Consumer<Article> articles,
      Consumer<InputProblem> problems) {
    String origin = file + ":" + lineNo;
    if (line.length() > maxLineChars) {
      problems.accept(
          new InputProblem(
              origin,
              "line too long (" + line.length() + " chars; the limit is " + maxLineChars + ")"));
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new InputProblem(origin, "malformed JSON: " + e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      problems.accept(new InputProblem(origin, "expected a JSON object"));
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      problems.accept(new InputProblem(origin, "missing or empty \"text\""));
      return;
    }
    articles.accept(toArticle(file, lineNo, node));
  }

  private static Article toArticle(Path file, int lineNo, JsonNode node) {
    String id = string(node, "id").orElse(TextArticleReader.idOf(file) + "-" + lineNo);
    String text = node.get("text").asText();
    Optional<String> url = string(node, "url");
    return new Article(
        id,
        file + ":" + lineNo,
        url,
        string(node, "title"),
        Dates.published(string(node, "published").flatMap(Dates::isoPrefix), url, text),
        string(node, "author"),
        string(node, "source"),
        text);
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
