package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * Builds resolved articles for relation tests: the real annotator, and entities given by hand as
 * label, type and surface forms, so a finder is tested apart from mention finding.
 */
final class TestArticles {

  private final Map<String, Object[]> entities = new LinkedHashMap<>();

  /** Declares an entity; every occurrence of each name (whole words) becomes a mention. */
  TestArticles entity(String label, EntityType type, String... names) {
    entities.put(label, new Object[] {type, names});
    return this;
  }

  /**
   * Declares an entity the gazetteer knows: its mentions carry {@code key}, and a country has the
   * ISO code {@code iso} (null for none).
   */
  TestArticles known(String label, EntityType type, String key, String iso, String... names) {
    entities.put(label, new Object[] {type, names, null, key, iso});
    return this;
  }

  /** Declares a national government body the gazetteer knows by {@code key}. */
  TestArticles knownBody(String label, String key, String... names) {
    entities.put(label, new Object[] {EntityType.ORGANISATION, names, "GovernmentBody", key, null});
    return this;
  }

  TestArticles international(String label, String... names) {
    entities.put(label, new Object[] {EntityType.ORGANISATION, names, "InternationalOrganisation"});
    return this;
  }

  TestArticles armed(String label, String... names) {
    entities.put(label, new Object[] {EntityType.ORGANISATION, names, "ArmedGroup"});
    return this;
  }

  TestArticles company(String label, String... names) {
    entities.put(label, new Object[] {EntityType.ORGANISATION, names, "Company"});
    return this;
  }

  /** Declares an entity whose mentions {@code finder} proposed (no subtype, no key). */
  TestArticles foundBy(String finder, String label, EntityType type, String... names) {
    entities.put(label, new Object[] {type, names, null, null, null, finder});
    return this;
  }

  TestArticles party(String label, String... names) {
    entities.put(label, new Object[] {EntityType.ORGANISATION, names, "PoliticalParty"});
    return this;
  }

  ResolvedArticle resolve(String body) {
    return resolve(Article.of("t", body));
  }

  /** The memberships the structure finder reads in {@code body}, as "Member memberOf Body". */
  Set<String> memberships(String body) {
    return new StructureFinder(Capitals.none())
        .find(resolve(body)).stream()
            .filter(f -> f instanceof Fact.Membership)
            .map(f -> (Fact.Membership) f)
            .map(m -> m.member().label() + " memberOf " + m.organisation().label())
            .collect(Collectors.toSet());
  }

  ResolvedArticle resolve(Article article) {
    AnnotatedArticle annotated = OpenNlpAnnotator.forThisThread().annotate(article);
    String body = annotated.body();
    List<Entity> out = new ArrayList<>();
    List<CharSpan> taken = new ArrayList<>();
    for (Map.Entry<String, Object[]> e : entities.entrySet()) {
      EntityType type = (EntityType) e.getValue()[0];
      String[] names = (String[]) e.getValue()[1];
      Optional<String> key =
          e.getValue().length > 3
              ? Optional.ofNullable((String) e.getValue()[3])
              : Optional.empty();
      String finder = e.getValue().length > 5 ? (String) e.getValue()[5] : "test";
      Optional<String> iso =
          e.getValue().length > 4
              ? Optional.ofNullable((String) e.getValue()[4])
              : Optional.empty();
      List<Mention> mentions = new ArrayList<>();
      for (String name : names) {
        int at = body.indexOf(name);
        while (at >= 0) {
          CharSpan span = new CharSpan(at, at + name.length());
          boolean word =
              (at == 0 || !Character.isLetter(body.charAt(at - 1)))
                  && (span.end() == body.length() || !Character.isLetter(body.charAt(span.end())));
          if (word && taken.stream().noneMatch(span::overlaps)) {
            int sentence =
                annotated
                    .sentenceOf(span)
                    .orElseThrow(() -> new IllegalStateException(name))
                    .index();
            mentions.add(new Mention(span, name, type, sentence, finder, 0.9, key));
            taken.add(span);
          }
          at = body.indexOf(name, at + 1);
        }
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      if (!mentions.isEmpty()) {
        Optional<String> subtype =
            e.getValue().length > 2
                ? Optional.ofNullable((String) e.getValue()[2])
                : Optional.empty();
        out.add(
            new Entity(
                "urn:test:" + e.getKey().replace(' ', '_'),
                type,
                subtype,
                e.getKey(),
                List.of(names),
                Optional.empty(),
                iso,
                mentions,
                0.9));
      }
    }
    return new ResolvedArticle(annotated, "urn:test:article", out);
  }

  /** A role lexicon of a few titles, enough for the sentences of the tests. */
  static RoleLexicon roles() {
    return (tokens, i) -> {
      String w = tokens.get(i).text();
      if (w.equals("President") || w.equals("president") || w.equals("leader")) {
        return Optional.of(new RoleLexicon.Role(w.toLowerCase(), 1, true));
      }
      if ((w.equals("Foreign") || w.equals("Defence"))
          && i + 1 < tokens.size()
          && tokens.get(i + 1).text().equals("Minister")) {
        return Optional.of(new RoleLexicon.Role(w.toLowerCase() + " minister", 2, false));
      }
      if (w.equals("Minister")) {
        return Optional.of(new RoleLexicon.Role("minister", 1, false));
      }
      return Optional.empty();
    };
  }

  static String label(Entity e) {
    return e.label();
  }
}
