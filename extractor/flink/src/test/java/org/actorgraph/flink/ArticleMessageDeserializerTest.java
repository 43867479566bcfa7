package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.Inputs;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ArticleMessageDeserializerTest {

  private final ArticleMessageDeserializer deserializer =
      new ArticleMessageDeserializer(Inputs.DEFAULT_MAX_BYTES);

  @Test
  void aMessageIsReadAsATxtArticleNamedByItsKey() {
    ArticleInput in =
        one(
            "port-aster-1",
            "TITLE: Talks in Port Aster\nDATE: 2025-03-02\nURL: https://news.example/1\n\n"
                + "Jane Doe met John Roe in Port Aster.\n");
    assertFalse(in.isProblem(), in.problem());
    Article a = in.toArticle();
    assertEquals("port-aster-1", a.id());
    assertEquals("articles-1@42", a.origin());
    assertEquals("Talks in Port Aster", a.title().orElseThrow());
    assertEquals("2025-03-02", a.published().orElseThrow());
    assertEquals("https://news.example/1", a.url().orElseThrow());
    assertEquals("Jane Doe met John Roe in Port Aster.\n", a.body());
  }

  @Test
  void aMessageThatIsNotAnArticleBecomesAProblemNamingItsOffset() {
    assertProblem(one(null, "Jane Doe met John Roe."), "no message key");
    assertProblem(one("  ", "Jane Doe met John Roe."), "blank message key");
    assertProblem(one("x", null), "article x: no message value");
    assertProblem(one("x", "TITLE: only a title\n\n"), "article x: no article text");
  }

  private static void assertProblem(ArticleInput in, String message) {
    assertTrue(in.isProblem(), "a problem: " + in);
    assertEquals("articles-1@42", in.origin());
    assertTrue(in.problem().startsWith(message), in.problem());
  }

  private ArticleInput one(String key, String value) {
    List<ArticleInput> out = new ArrayList<>();
    deserializer.deserialize(
        new ConsumerRecord<>("articles", 1, 42, bytes(key), bytes(value)),
        new ListCollector<>(out));
    assertEquals(1, out.size(), "one input per message: " + out);
    return out.get(0);
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }
}
