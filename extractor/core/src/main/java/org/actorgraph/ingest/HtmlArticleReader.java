package org.actorgraph.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an {@code .html} article with jsoup: the main text from {@code <article>}, {@code <main>}
 * or the body (navigation, scripts, headers, footers and asides removed), one paragraph a line, and
 * the metadata from the usual meta tags (Open Graph, {@code article:published_time}, canonical
 * link).
 */
public final class HtmlArticleReader implements ArticleReader {

  private static final String BLOCKS = "p, h1, h2, h3, h4, li, blockquote, pre";

  private final long maxBytes;

  public HtmlArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
    TextChecks.readUtf8(file, maxBytes, problems)
        .flatMap(html -> parse(TextArticleReader.idOf(file), file.toString(), html, problems))
        .ifPresent(articles);
  }

  static Optional<Article> parse(
      String id, String origin, String html, Consumer<InputProblem> problems) {
    Document doc = Jsoup.parse(html);
    Optional<String> title = meta(doc, "meta[property=og:title]").or(() -> nonBlank(doc.title()));
    Optional<String> url =
        meta(doc, "link[rel=canonical]", "href").or(() -> meta(doc, "meta[property=og:url]"));
    Optional<String> published =
        meta(doc, "meta[property=article:published_time]")
            .or(() -> meta(doc, "meta[itemprop=datePublished]"))
            .or(() -> meta(doc, "meta[name=date]"))
            .or(() -> meta(doc, "meta[name=pubdate]"))
            .or(() -> meta(doc, "meta[name=publish-date]"))
            .or(() -> meta(doc, "meta[name=dc.date.issued]"))
            .or(() -> meta(doc, "meta[name=DC.date.issued]"))
            .or(() -> meta(doc, "time[datetime]", "datetime"))
            .flatMap(Dates::isoPrefix);
    Optional<String> author =
        meta(doc, "meta[name=author]").or(() -> meta(doc, "meta[property=article:author]"));
    Optional<String> publisher = meta(doc, "meta[property=og:site_name]");
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    String body = text(root);
    if (body.isBlank()) {
      problems.accept(new InputProblem(origin, "no article text found in the HTML"));
      return Optional.empty();
    }
    return Optional.of(
        new Article(
            id,
            origin,
            url,
            title,
            Dates.published(published, url, body),
            author,
            publisher,
            body));
  }

  private static String text(Element root) {
    StringBuilder out = new StringBuilder();
    for (Element block : root.select(BLOCKS)) {
      if (!block.select(BLOCKS).stream().filter(e -> e != block).findAny().isPresent()) {
        String line = block.text().strip();
        if (!line.isEmpty()) {
          out.append(line).append('\n');
        }
      }
    }
    return out.length() > 0 ? out.toString() : root.text();
  }

  private static Optional<String> meta(Document doc, String css) {
    return meta(doc, css, "content");
  }

  private static Optional<String> meta(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? Optional.empty() : nonBlank(e.attr(attribute));
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
