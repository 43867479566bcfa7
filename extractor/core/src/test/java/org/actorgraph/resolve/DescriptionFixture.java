package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;

/**
 * Test support for the resolvers that read descriptions ({@link CountryDescriptions}, {@link
 * OrganisationDescriptions}): an article whose names are mentions wherever they stand, resolved,
 * and read back as the descriptions found.
 */
final class DescriptionFixture {

  /** A name of the article, mentioned as the gazetteer would: its type and gazetteer key. */
  record Named(String name, EntityType type, Optional<String> key) {}

  private DescriptionFixture() {}

  /**
   * Resolves {@code body} with {@code resolver}, each of whose {@code names} is a mention wherever
   * it stands, and returns each description found ({@code "The country@42"}) with the label of the
   * entity it was made a mention of. Fails when a description became one of an entity's names.
   */
  static Map<String, String> described(EntityResolver resolver, String body, List<Named> names) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (Named n : names) {
      String name = n.name();
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        mentions.add(
            new Mention(
                span,
                name,
                n.type(),
                a.sentenceOf(span).orElseThrow().index(),
                "gazetteer",
                0.9,
                n.key()));
      }
    }
    ResolvedArticle resolved = resolver.resolve(a, mentions);
    Map<String, String> out = new TreeMap<>();
    for (Entity e : resolved.entities()) {
      assertFalse(
          e.aliases().stream().anyMatch(n -> n.toLowerCase().startsWith("the ")),
          "a description became a name of " + e.label() + ": " + e.aliases());
      for (Mention m : e.mentions()) {
        if (m.finder().equals("description")) {
          out.put(m.text() + "@" + m.span().start(), e.label());
        }
      }
    }
    return out;
  }
}
