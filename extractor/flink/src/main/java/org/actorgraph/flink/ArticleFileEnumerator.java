package org.actorgraph.flink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.actorgraph.ingest.Inputs;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Lists the article files under the given paths, as {@code actorgraph extract} does: folders are
 * searched recursively and only {@code .txt}, {@code .html}, {@code .htm} and {@code .jsonl} files
 * in them are taken (hidden files, starting with {@code .} or {@code _}, are not); a file named
 * directly is always taken. One split per file: an article file is read whole.
 */
final class ArticleFileEnumerator implements FileEnumerator {

  private int nextId;

  @Override
  public Collection<FileSourceSplit> enumerateSplits(Path[] paths, int minDesiredSplits)
      throws IOException {
    List<FileSourceSplit> splits = new ArrayList<>();
    for (Path p : paths) {
      FileSystem fs = p.getFileSystem();
      FileStatus status = fs.getFileStatus(p);
      if (status.isDir()) {
        addFolder(fs, status.getPath(), splits);
      } else {
        splits.add(split(status));
      }
    }
    return splits;
  }

  private void addFolder(FileSystem fs, Path folder, List<FileSourceSplit> splits)
      throws IOException {
    FileStatus[] children = fs.listStatus(folder);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (child.isDir()) {
        addFolder(fs, child.getPath(), splits);
      } else if (Inputs.isArticleFileName(name)) {
        splits.add(split(child));
      }
    }
  }

  private FileSourceSplit split(FileStatus file) {
    return new FileSourceSplit(
        String.valueOf(nextId++),
        file.getPath(),
        0,
        file.getLen(),
        file.getModificationTime(),
        file.getLen());
  }
}
