package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.DependencyTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {

  @Test
  void aSentenceIsParsedOnceAndReadBackFromTheFile(@TempDir Path dir) {
    AtomicInteger calls = new AtomicInteger();
    DependencyParser flat =
        s -> {
          calls.incrementAndGet();
          List<Integer> heads = new ArrayList<>();
          List<String> words = new ArrayList<>();
          for (int i = 0; i < s.tokens().size(); i++) {
            heads.add(i == 0 ? DependencyTree.ROOT : 0);
            words.add(s.tokens().get(i).text().toLowerCase());
          }
          return new DependencyTree(heads, words, words, words);
        };
    Path file = dir.resolve("parses.tsv");
    List<String> words = List.of("Jane", "Doe", "visited", "Sylvania");
    DependencyTree first;
    try (ParseCache cache = new ParseCache(flat, file)) {
      first = cache.tree("doc/0", words);
      cache.tree("doc/0", words);
    }
    try (ParseCache again = new ParseCache(flat, file)) {
      assertEquals(first, again.tree("doc/0", words));
    }
    assertEquals(1, calls.get());
  }
}
