package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extraction streams: in a JVM of its own with a fixed heap, the used heap after GC is the same
 * once 10% and once 90% of a synthetic corpus is extracted. The number of articles is the system
 * property {@code actorgraph.heapArticles} (default {@value #DEFAULT_ARTICLES}, for CI; the figure
 * in docs/PERFORMANCE.md ran with many more), the heap {@code actorgraph.heapXmx} (default {@value
 * #DEFAULT_XMX}).
 */
class HeapFlatIT {

  static final int DEFAULT_ARTICLES = 200;
  static final String DEFAULT_XMX = "768m";

  /** Growth allowed between the two samples: GC noise, never a per-article leak at this scale. */
  private static final long SLACK = 48L << 20;

  @Test
  void heapAfterGcStaysFlatWhileArticlesStream() throws IOException, InterruptedException {
    int articles = Integer.getInteger("actorgraph.heapArticles", DEFAULT_ARTICLES);
    Path jar = Path.of("extractor/target/actorgraph.jar");
    assertTrue(Files.isRegularFile(jar), "run from the repository root after 'mvn package'");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("actorgraph.heapXmx", DEFAULT_XMX),
                    "-cp",
                    jar.toString(),
                    HeapProbe.class.getName(),
                    String.valueOf(articles)))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    String line = out.lines().filter(l -> l.startsWith("articles=")).findFirst().orElseThrow();
    System.out.println("HeapFlatIT: " + line);
    HeapProbe.Result r = HeapProbe.Result.parse(line);
    assertEquals(articles, r.articles());
    assertTrue(r.heapAt90() <= r.heapAt10() + SLACK, line);
  }
}
