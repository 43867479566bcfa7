package org.actorgraph.server.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapingTurnsMarkupAndQuotesIntoCharacterReferences() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39; {{ x }} &amp;amp;",
        Html.escape("<script>alert(\"x\")</script> 'q' {{ x }} &amp;"));
  }

  @Test
  void textLinksAndTitlesAreEscapedRawMarkupIsNot() {
    String page =
        new Html("<i>title</i>")
            .raw("<p>")
            .text("a < b")
            .link("/id/x?a=1&b=\"2\"", "<b>label</b>")
            .raw("</p>")
            .page();

    assertTrue(page.contains("<title>&lt;i&gt;title&lt;/i&gt; · actorgraph</title>"), page);
    assertTrue(page.contains("<p>a &lt; b<a href=\"/id/x?a=1&amp;b=&quot;2&quot;\">"), page);
    assertTrue(page.contains("&lt;b&gt;label&lt;/b&gt;</a></p>"), page);
    assertFalse(page.contains("<b>"), page);
    assertTrue(page.endsWith("</html>\n"));
  }
}
