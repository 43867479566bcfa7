package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

class ArticleMemoTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania");
  }

  @Test
  void anArticleAskedAboutAgainIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    ArticleMemo<String> memo =
        new ArticleMemo<>(a -> calls.incrementAndGet() + ":" + a.annotated().body());
    ResolvedArticle a = world().resolve("Freedonia voted.");
    assertEquals("1:Freedonia voted.", memo.of(a));
    assertEquals("1:Freedonia voted.", memo.of(a));
    assertEquals(1, calls.get());
  }

  @Test
  void anotherArticleGetsItsOwnValueNotTheLastOne() {
    ArticleMemo<String> memo = new ArticleMemo<>(a -> a.annotated().body());
    ResolvedArticle a = world().resolve("Freedonia voted.");
    ResolvedArticle b = world().resolve("Sylvania voted.");
    ResolvedArticle sameTextAsA = world().resolve("Freedonia voted.");
    assertEquals("Freedonia voted.", memo.of(a));
    assertEquals("Sylvania voted.", memo.of(b));
    assertEquals("Freedonia voted.", memo.of(a));
    assertEquals("Freedonia voted.", memo.of(sameTextAsA));
  }

  @Test
  void eachThreadKeepsItsOwnArticle() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    ArticleMemo<String> memo =
        new ArticleMemo<>(
            a -> {
              calls.incrementAndGet();
              return a.annotated().body();
            });
    ResolvedArticle a = world().resolve("Freedonia voted.");
    ResolvedArticle b = world().resolve("Sylvania voted.");
    List<String> other = new ArrayList<>();
    assertEquals("Freedonia voted.", memo.of(a));
    Thread t = new Thread(() -> other.add(memo.of(b)));
    t.start();
    t.join();
    assertEquals(List.of("Sylvania voted."), other);
    assertEquals("Freedonia voted.", memo.of(a));
    assertEquals(2, calls.get());
  }

  @Test
  void theArticleCountryOfOneArticleIsNotAnothersAfterIt() {
    ResolvedArticle free = world().resolve("Freedonia voted. Freedonia counted. Freedonia won.");
    ResolvedArticle sylv = world().resolve("Sylvania voted. Sylvania counted. Sylvania won.");
    assertEquals("Freedonia", ArticleCountry.of(free).orElseThrow().label());
    assertEquals("Sylvania", ArticleCountry.of(sylv).orElseThrow().label());
    assertEquals("Freedonia", ArticleCountry.of(free).orElseThrow().label());
  }
}
