package org.actorgraph.flink;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Inputs;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;

/**
 * Reads one article file (a {@link org.apache.flink.connector.file.src.FileSource} split) with our
 * own {@link Inputs}, the readers {@code actorgraph extract} uses: every article it holds and every
 * problem with it become {@link ArticleInput}s. A checkpoint records how many of a file's inputs
 * were emitted; a restored reader skips those.
 *
 * <p>Design decision: our readers take a local path, so a file on a remote file system (s3://,
 * hdfs://) is first copied to a local temporary file of the same name (the name gives a {@code
 * .txt} article its id) and its origins are renamed back. A file is read whole before its first
 * article is emitted: split large {@code .jsonl} backfills into files of some thousand lines.
 */
public final class ArticleFileFormat implements BulkFormat<ArticleInput, FileSourceSplit> {

  private static final long serialVersionUID = 1L;

  private final long maxArticleBytes;

  /** A format that refuses articles (or JSON lines) over {@code maxArticleBytes}. */
  public ArticleFileFormat(long maxArticleBytes) {
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public Reader<ArticleInput> createReader(Configuration config, FileSourceSplit split) {
    return new FileReader(split, 0);
  }

  @Override
  public Reader<ArticleInput> restoreReader(Configuration config, FileSourceSplit split) {
    long done =
        split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new FileReader(split, done);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<ArticleInput> getProducedType() {
    return TypeInformation.of(ArticleInput.class);
  }

  /** Reads every input of {@code file}. */
  List<ArticleInput> read(Path file) throws IOException {
    Inputs inputs = new Inputs(maxArticleBytes);
    List<ArticleInput> out = new ArrayList<>();
    URI uri = file.toUri();
    if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
      inputs.read(
          java.nio.file.Path.of(uri.getPath()),
          a -> out.add(ArticleInput.of(a)),
          p -> out.add(ArticleInput.problem(p)));
      return out;
    }
    java.nio.file.Path dir = Files.createTempDirectory("actorgraph-flink-");
    java.nio.file.Path local = dir.resolve(file.getName());
    try {
      try (InputStream in = file.getFileSystem().open(file)) {
        Files.copy(in, local);
      }
      String localName = local.toString();
      inputs.read(local, a -> out.add(ArticleInput.of(a)), p -> out.add(ArticleInput.problem(p)));
      out.replaceAll(i -> i.withOrigin(i.origin().replace(localName, file.toString())));
    } finally {
      Files.deleteIfExists(local);
      Files.deleteIfExists(dir);
    }
    return out;
  }

  /** Emits the inputs of one file after the first {@code skip}, in one batch. */
  private final class FileReader implements BulkFormat.Reader<ArticleInput> {
    private final FileSourceSplit split;
    private final long skip;
    private boolean done;

    FileReader(FileSourceSplit split, long skip) {
      this.split = split;
      this.skip = skip;
    }

    @Override
    public BulkFormat.RecordIterator<ArticleInput> readBatch() throws IOException {
      if (done) {
        return null;
      }
      done = true;
      List<ArticleInput> all = read(split.path());
      List<ArticleInput> rest = all.subList((int) Math.min(skip, all.size()), all.size());
      ArrayResultIterator<ArticleInput> batch = new ArrayResultIterator<>();
      batch.set(
          rest.toArray(new ArticleInput[0]), rest.size(), CheckpointedPosition.NO_OFFSET, skip);
      return batch;
    }

    @Override
    public void close() {}
  }
}
