package org.actorgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks shared by the readers: size limits, binary content and UTF-8 decoding. */
final class TextChecks {

  private TextChecks() {}

  /**
   * Reads a whole file as strict UTF-8, or explains why it cannot be an article.
   *
   * @return the text, or empty after reporting the problem
   */
  static Optional<String> readUtf8(
      Path file, long maxBytes, java.util.function.Consumer<InputProblem> problems) {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size == 0) {
        problems.accept(new InputProblem(origin, "empty file"));
        return Optional.empty();
      }
      if (size > maxBytes) {
        problems.accept(
            new InputProblem(
                origin,
                "file too large ("
                    + size
                    + " bytes; the limit is "
                    + maxBytes
                    + ", see --max-article-bytes)"));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(bytes, origin, problems);
    } catch (IOException e) {
      problems.accept(new InputProblem(origin, "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Decodes strict UTF-8 and rejects binary content, naming the first bad byte offset. */
  static Optional<String> decode(
      byte[] bytes, String origin, java.util.function.Consumer<InputProblem> problems) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        problems.accept(new InputProblem(origin, "binary file (NUL byte at offset " + i + ")"));
        return Optional.empty();
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(origin, "invalid UTF-8 near byte " + firstBadByte(bytes)));
      return Optional.empty();
    }
  }

  private static int firstBadByte(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
