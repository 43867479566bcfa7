package org.actorgraph.server.linked;

import java.util.Map;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;

/** The dataset description ({@link VoidServlet}) as an HTML page. */
final class VoidPage {

  private VoidPage() {}

  static String html(
      Model description, String root, DatasetStatistics.Numbers numbers, LinkedDataSettings s) {
    Html h = new Html(s.title());
    h.raw("<p class=\"small\">This description as ");
    h.link("?format=ttl", "Turtle").raw(" · ").link("?format=jsonld", "JSON-LD").raw(" · ");
    h.link("?format=nt", "N-Triples").raw(" (VoID and DCAT)</p>\n<table>\n");
    row(h, "triples", Long.toString(numbers.triples()));
    row(h, "articles", Long.toString(numbers.instances(AG.Article)));
    h.raw("<tr><th>SPARQL endpoint</th><td>");
    h.link(root + s.service() + "/sparql", root + s.service() + "/sparql").raw("</td></tr>\n");
    h.raw("<tr><th>dump</th><td>");
    h.link(root + DumpServlet.PATH, root + DumpServlet.PATH).raw(" (gzipped N-Quads)</td></tr>\n");
    row(h, "data IRIs", s.base() + "… (served at " + root + IriMapping.PATH + "…)");
    h.raw("<tr><th>licence</th><td>");
    s.licence().ifPresentOrElse(l -> h.link(l, l), () -> h.text(LinkedDataSettings.NO_LICENCE));
    h.raw("</td></tr>\n");
    numbers.modified().ifPresent(t -> row(h, "last extraction", t.getLiteralLexicalForm()));
    h.raw("<tr><th>vocabularies</th><td>")
        .text(String.join(" · ", numbers.vocabularies()))
        .raw("</td></tr>\n</table>\n");
    counts(h, "Instances per class", numbers.classes(), description);
    counts(h, "Triples per property", numbers.properties(), description);
    return h.page();
  }

  private static void row(Html h, String name, String value) {
    h.raw("<tr><th>").text(name).raw("</th><td>").text(value).raw("</td></tr>\n");
  }

  private static void counts(Html h, String title, Map<Node, Long> counts, Model prefixes) {
    h.element("h2", title);
    h.raw("<table>\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.<Node, Long>comparingByValue().reversed())
        .forEach(
            e -> {
              String name =
                  e.getKey().isURI()
                      ? prefixes.shortForm(e.getKey().getURI())
                      : e.getKey().toString();
              row(h, name, Long.toString(e.getValue()));
            });
    h.raw("</table>\n");
  }
}
