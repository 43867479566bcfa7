package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Inputs;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileFormatTest {

  private final ArticleFileFormat format = new ArticleFileFormat(Inputs.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  @Test
  void aFileGivesItsArticlesAndProblemsInOrderWithTheirPositions() throws Exception {
    FileSourceSplit split = split(feed(), null);
    List<String> read = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    readAll(format.createReader(new Configuration(), split), read, positions);
    assertEquals(List.of("a", "problem feed.jsonl:2", "c"), read);
    assertEquals(List.of(1L, 2L, 3L), positions, "records after the file's start");
  }

  @Test
  void aRestoredReaderSkipsWhatTheCheckpointSaysWasEmitted() throws Exception {
    FileSourceSplit split =
        split(feed(), new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2));
    List<String> read = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    readAll(format.restoreReader(new Configuration(), split), read, positions);
    assertEquals(List.of("c"), read);
    assertEquals(List.of(3L), positions);
  }

  @Test
  void folderListingTakesArticleFilesOnly() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("README.md"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.html"), "x");
    List<String> names =
        new ArticleFileEnumerator()
            .enumerateSplits(new org.apache.flink.core.fs.Path[] {path(dir)}, 1).stream()
                .map(s -> s.path().getName())
                .toList();
    assertEquals(List.of("a.txt", "b.html"), names);
  }

  private Path feed() throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \"Jane Doe spoke.\"}\n"
            + "{broken\n"
            + "{\"id\": \"c\", \"text\": \"John Roe spoke.\"}\n");
    return f;
  }

  private static FileSourceSplit split(Path f, CheckpointedPosition position) throws Exception {
    long len = Files.size(f);
    return new FileSourceSplit("0", path(f), 0, len, 0, len, new String[0], position);
  }

  private static org.apache.flink.core.fs.Path path(Path p) {
    return new org.apache.flink.core.fs.Path(p.toUri());
  }

  private static void readAll(
      BulkFormat.Reader<ArticleInput> reader, List<String> read, List<Long> positions)
      throws Exception {
    BulkFormat.RecordIterator<ArticleInput> batch;
    while ((batch = reader.readBatch()) != null) {
      RecordAndPosition<ArticleInput> r;
      while ((r = batch.next()) != null) {
        ArticleInput in = r.getRecord();
        read.add(
            in.isProblem()
                ? "problem " + in.origin().substring(in.origin().lastIndexOf('/') + 1)
                : in.id());
        positions.add(r.getRecordSkipCount());
      }
      batch.releaseBatch();
    }
    assertNull(reader.readBatch());
    reader.close();
  }
}
