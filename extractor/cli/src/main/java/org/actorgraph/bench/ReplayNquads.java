package org.actorgraph.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Replays extracted articles as further articles, to fill a large benchmark store faster than
 * extraction can: every article graph of an N-Quads file is written again, once per copy, under a
 * new article IRI (and so new mention, sentence and view IRIs, which hang off it), a new {@code
 * ag:articleId} ({@code s12-0000042} becomes {@code s12-r3-0000042}) and a new URL; entities and
 * facts keep their IRIs, so each copy adds one more article that names the same actors and states
 * the same facts, as a wire story reprinted by another outlet does.
 *
 * <p>Run: {@code java -cp actorgraph.jar org.actorgraph.bench.ReplayNquads IN.nq[.gz] FIRST LAST
 * OUT.nq[.gz]} writes copies FIRST..LAST (FIRST at least 1). Line-based: it relies on {@code
 * extract -f nquads} writing one quad per line with the article IRI spelled out.
 *
 * <p>Design decision: used only for the 100k-article store of docs/PERFORMANCE.md, where extracting
 * 100k articles on the shared two-core machine would take hours; the store then has the entity and
 * fact counts of the extracted articles and the article, mention and view counts of 100k articles.
 */
public final class ReplayNquads {

  private static final Pattern ARTICLE = Pattern.compile("/article/([0-9a-f]{16})");
  private static final Pattern ID = Pattern.compile("\"s(\\d+)-(\\d+)\"");
  private static final Pattern URL = Pattern.compile("(/synthetic/\\d+)/(\\d+)\"");

  private ReplayNquads() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: ReplayNquads IN.nq[.gz] FIRST LAST OUT.nq[.gz]");
      System.exit(2);
    }
    int first = Integer.parseInt(args[1]);
    int last = Integer.parseInt(args[2]);
    if (first < 1 || last < first) {
      throw new IllegalArgumentException(
          "copies " + first + ".." + last + ": need 1 <= FIRST <= LAST");
    }
    long lines = 0;
    try (BufferedWriter out = writer(Path.of(args[3]))) {
      for (int copy = first; copy <= last; copy++) {
        try (BufferedReader in = reader(Path.of(args[0]))) {
          String line;
          while ((line = in.readLine()) != null) {
            out.write(copy(line, copy));
            out.write('\n');
            lines++;
          }
        }
      }
    }
    System.err.printf(Locale.ROOT, "%d quads written to %s%n", lines, args[3]);
  }

  /** One N-Quads line as copy number {@code copy} of its article. */
  static String copy(String line, int copy) {
    Matcher a = ARTICLE.matcher(line);
    StringBuilder s = new StringBuilder(line.length() + 16);
    while (a.find()) {
      a.appendReplacement(s, "/article/" + articleHash(a.group(1), copy));
    }
    a.appendTail(s);
    String out = s.toString();
    if (out.contains("#articleId>")) {
      out = ID.matcher(out).replaceFirst("\"s$1-r" + copy + "-$2\"");
    } else if (out.contains("#url>")) {
      out = URL.matcher(out).replaceFirst("$1/r" + copy + "/$2\"");
    }
    return out;
  }

  /** A new 16-hex-digit article hash, the same for the same article and copy. */
  static String articleHash(String hex, int copy) {
    long h = Long.parseUnsignedLong(hex, 16) ^ (0x9E3779B97F4A7C15L * copy);
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return String.format(Locale.ROOT, "%016x", h);
  }

  private static BufferedReader reader(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    if (p.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static BufferedWriter writer(Path p) throws IOException {
    OutputStream out = Files.newOutputStream(p);
    if (p.toString().endsWith(".gz")) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}
