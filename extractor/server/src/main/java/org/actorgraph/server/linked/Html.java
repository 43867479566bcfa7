package org.actorgraph.server.linked;

/**
 * Builds an HTML page: every piece of graph content goes through {@link #text} (escaped for element
 * content and attribute values alike), so that a label holding {@code <script>}, quotes or {@code
 * {{ }}} shows as those characters and never becomes markup. The page carries no script at all, and
 * its markup is also well-formed XML (void elements closed with {@code />}), which the tests check.
 */
final class Html {

  private static final String STYLE =
      "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}"
          + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .5em;"
          + "text-align:left;vertical-align:top}mark{background:#ffe58a}"
          + ".iri{font-family:monospace;color:#555;word-break:break-all}"
          + ".body{white-space:pre-wrap}.s:target{background:#e8f0ff}"
          + ".ev{margin:.2em 0 .2em 1.5em;color:#333}.small{font-size:85%;color:#555}";

  private final StringBuilder out = new StringBuilder(4096);

  /** Starts a page with {@code title} (escaped) as its title and first heading. */
  Html(String title) {
    this(title, java.util.Map.of());
  }

  /**
   * Starts a page with {@code title} as its title and first heading, and a {@code <link
   * rel="alternate">} in its head for each media type and address of {@code alternates}.
   */
  Html(String title, java.util.Map<String, String> alternates) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(title))
        .append(" · actorgraph</title>\n");
    alternates.forEach(
        (type, href) ->
            out.append("<link rel=\"alternate\" type=\"")
                .append(escape(type))
                .append("\" href=\"")
                .append(escape(href))
                .append("\"/>\n"));
    out.append("<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
  }

  /**
   * {@code s} escaped for HTML element content and quoted attribute values: {@code & < > " '}
   * become character references.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Appends markup written by this package (never graph content). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends {@code s}, escaped. */
  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Appends a link to {@code href} showing {@code label}; both escaped. */
  Html link(String href, String label) {
    out.append("<a href=\"")
        .append(escape(href))
        .append("\">")
        .append(escape(label))
        .append("</a>");
    return this;
  }

  /** Appends {@code <tag>text</tag>} with {@code text} escaped. */
  Html element(String tag, String text) {
    out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag);
    out.append(">\n");
    return this;
  }

  /** The finished page. */
  String page() {
    return out + "</body>\n</html>\n";
  }
}
