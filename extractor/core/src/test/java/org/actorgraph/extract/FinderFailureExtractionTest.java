package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.ingest.Article;
import org.actorgraph.mention.CompositeMentionFinder;
import org.actorgraph.mention.Mention;
import org.actorgraph.mention.MentionFinder;
import org.actorgraph.relate.CompositeRelationFinder;
import org.actorgraph.relate.Fact;
import org.actorgraph.relate.RelationFinder;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** A finder that throws on an article costs only its own findings, not the article's. */
class FinderFailureExtractionTest {

  private static final String TEXT =
      "Freedonian President Jane Doe met Sylvanian Foreign Minister John Roe in Port Aster on"
          + " Monday. \"We agreed on the border,\" Doe said.";

  private static final class BrokenRelations implements RelationFinder {
    @Override
    public List<Fact> find(ResolvedArticle article) {
      throw new IllegalStateException("a rule met text it did not foresee");
    }
  }

  private static final class BrokenMentions implements MentionFinder {
    @Override
    public List<Mention> find(AnnotatedArticle article) {
      throw new IllegalArgumentException("no such span");
    }
  }

  private static Extraction whole() {
    return WholeExtractor.NO_PARSE.extract(Article.of("t", TEXT));
  }

  @Test
  void aFailingRelationFinderCostsOnlyItsOwnFacts() {
    Extractor standard = WholeExtractor.NO_PARSE;
    Extractor broken =
        new Extractor(
            standard.iris(),
            standard.mentionFinder(),
            standard.resolver(),
            new CompositeRelationFinder(List.of(new BrokenRelations(), standard.relationFinder())));
    Extraction expected = whole();
    Extraction got = broken.extract(Article.of("t", TEXT));
    assertFalse(expected.facts().isEmpty());
    assertEquals(expected.facts(), got.facts());
    assertEquals(List.of(), expected.failures());
    assertEquals(
        List.of(
            "BrokenRelations failed: java.lang.IllegalStateException: a rule met text it did not"
                + " foresee"),
        got.failures());
  }

  @Test
  void aFailingMentionFinderCostsOnlyItsOwnMentions() {
    Extractor standard = WholeExtractor.NO_PARSE;
    Extractor broken =
        new Extractor(
            standard.iris(),
            new CompositeMentionFinder(List.of(new BrokenMentions(), standard.mentionFinder())),
            standard.resolver(),
            standard.relationFinder());
    Extraction got = broken.extract(Article.of("t", TEXT));
    assertEquals(whole().resolved().entities(), got.resolved().entities());
    assertEquals(
        List.of("BrokenMentions failed: java.lang.IllegalArgumentException: no such span"),
        got.failures());
  }

  @Test
  void aFinderRunOnItsOwnStillThrows() {
    ResolvedArticle article = whole().resolved();
    CompositeRelationFinder finders = new CompositeRelationFinder(List.of(new BrokenRelations()));
    assertThrows(IllegalStateException.class, () -> finders.find(article));
  }
}
