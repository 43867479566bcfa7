package org.actorgraph.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.extract.Extraction;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.relate.Evidence;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.Names;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * The hand-built input of the golden tests: a short article written for them, annotated by the real
 * {@link OpenNlpAnnotator}, with entities and evidence placed by searching the body for their text,
 * so that every offset is the annotator's and the body's, not typed by hand.
 */
final class GoldenArticle {

  static final String BODY =
      """
      President Daniel Noboa of Ecuador met Gustavo Petro in Quito on 3 March 2025.
      Ecuador is a member of the United Nations.
      The Ministry of Defence of Ecuador is based in Quito.
      "We will work together. Colombia is our friend," Noboa said.
      Ecuador and Colombia signed the Quito Memorandum on security.
      Noboa defeated Luisa González in the election.
      Former president Rafael Correa did not attend.
      """;

  static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

  final AnnotatedArticle annotated;
  final String iri;
  final Entity noboa;
  final Entity ecuador;
  final Entity petro;
  final Entity quito;
  final Entity un;
  final Entity ministry;
  final Entity colombia;
  final Entity gonzalez;
  final Entity correa;

  GoldenArticle() {
    Article article =
        new Article(
            "golden-ecuador",
            "test:golden",
            Optional.of("https://example.org/news/ecuador-colombia"),
            Optional.of("Noboa meets Petro in Quito"),
            Optional.of("2025-03-03"),
            Optional.of("A. Reporter"),
            Optional.of("Example News"),
            BODY);
    annotated = OpenNlpAnnotator.forThisThread().annotate(article);
    iri = IRIS.article(article);
    noboa = entity(EntityType.PERSON, null, "Q56240979", null, "Daniel Noboa", "Noboa");
    ecuador = entity(EntityType.COUNTRY, null, "Q736", "EC", "Ecuador");
    petro = entity(EntityType.PERSON, null, null, null, "Gustavo Petro");
    quito = entity(EntityType.PLACE, "City", "Q2900", null, "Quito");
    un =
        entity(
            EntityType.ORGANISATION, "InternationalOrganisation", "Q1065", null, "United Nations");
    ministry = entity(EntityType.ORGANISATION, "GovernmentBody", null, null, "Ministry of Defence");
    colombia = entity(EntityType.COUNTRY, null, "Q739", "CO", "Colombia");
    gonzalez = entity(EntityType.PERSON, null, null, null, "Luisa González");
    correa = entity(EntityType.PERSON, null, "Q8975", null, "Rafael Correa");
  }

  /**
   * An entity with a mention at every occurrence of each of its names (the first is its label, the
   * others its aliases), skipping occurrences inside a longer name already taken.
   */
  private Entity entity(
      EntityType type, String subtype, String qid, String iso, String label, String... aliases) {
    List<String> names = new ArrayList<>(List.of(label));
    names.addAll(Arrays.asList(aliases));
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      for (int at = BODY.indexOf(name); at >= 0; at = BODY.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
          mentions.add(
              new Mention(span, name, type, sentenceAt(at).index(), "test", 0.9, Optional.empty()));
        }
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new Entity(
        IRIS.entity(type, qid, Names.normalise(label)),
        type,
        Optional.ofNullable(subtype),
        label,
        aliases.length == 0 ? List.of() : List.of(aliases),
        Optional.ofNullable(qid),
        Optional.ofNullable(iso),
        mentions,
        0.95);
  }

  private Sentence sentenceAt(int offset) {
    return annotated.sentenceOf(new CharSpan(offset, offset + 1)).orElseThrow();
  }

  /** The whole sentence that contains {@code text}, as evidence. */
  Evidence sentenceWith(String text) {
    Sentence s = sentenceAt(BODY.indexOf(text));
    return new Evidence(s.index(), s.span());
  }

  /** Exactly the span of {@code text}, as evidence (it may run over more than one sentence). */
  Evidence span(String text) {
    int at = BODY.indexOf(text);
    return new Evidence(sentenceAt(at).index(), new CharSpan(at, at + text.length()));
  }

  /** The extraction of this article with only {@code entities} and {@code facts}. */
  Extraction extraction(List<Entity> entities, List<Fact> facts) {
    return new Extraction(new ResolvedArticle(annotated, iri, entities), facts);
  }
}
