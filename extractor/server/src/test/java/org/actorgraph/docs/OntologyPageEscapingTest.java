package org.actorgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.vocab.AG;
import org.actorgraph.vocab.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The ontology page (served at {@code /ns}) shows labels and comments as text: a term whose label
 * holds markup, quotes and template braces comes out escaped, and the page runs no script that
 * could evaluate {@code {{ }}}.
 */
class OntologyPageEscapingTest {

  private static final String HOSTILE =
      "Jane <script>alert(\"x\")</script> O'Roe {{ 7*7 }} <img src=x onerror=alert(1)>";

  @Test
  void aLabelWithMarkupQuotesAndBracesIsShownAsText() {
    Model ontology = Ontology.ontology();
    Resource term = ontology.createResource(AG.NS + "Hostile");
    term.addProperty(RDF.type, OWL2.Class)
        .addProperty(RDFS.label, HOSTILE)
        .addProperty(RDFS.comment, "Comment: " + HOSTILE);

    String html = OntologyPage.html(ontology, Ontology.cameo());
    Document page = Jsoup.parse(html);

    assertFalse(html.contains("<script>alert"), "raw script tag in the page");
    assertFalse(html.contains("<img src=x"), "raw img tag in the page");
    assertTrue(page.select("script").isEmpty(), "the page runs no script");
    assertTrue(page.select("img[onerror]").isEmpty());
    Element heading =
        page.select("h3").stream()
            .filter(h -> h.text().contains("O'Roe"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no heading for the hostile term"));
    assertTrue(heading.text().startsWith(HOSTILE), heading.text());
    assertTrue(page.text().contains("Comment: " + HOSTILE), "comment shown as text");
    assertTrue(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Roe {{ 7*7 }}"));
    assertEquals(1, page.select("h3:containsOwn({{ 7*7 }})").size());
  }
}
