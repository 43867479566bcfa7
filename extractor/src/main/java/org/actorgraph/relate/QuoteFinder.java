package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * Finds direct quotations and their speakers: {@code “…,” Noboa said}, {@code “…,” he said}, {@code
 * X told CNN: “…”}, {@code he replied, “…”}, including quotations that run over several sentences.
 * A quotation counts only when a speech verb attributes it next to its quotation marks, so scare
 * quotes ("a “strategic alliance”") are not quotes. A pronoun speaker is the last person named
 * before the quotation.
 */
public final class QuoteFinder implements RelationFinder {

  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{2,}?)[”\"]");

  private static final String VERBS =
      "said|says|say|told|tells|added|adds|replied|replies|stated|states|declared|declares|"
          + "insisted|insists|explained|explains|noted|notes|wrote|writes|asked|asks|warned|warns|"
          + "continued|argued|argues|stressed|stresses|emphasised|emphasized|announced|announces";

  /** After the closing mark: {@code , he said} / {@code , Noboa told X} / {@code , said Noboa}. */
  private static final Pattern AFTER =
      Pattern.compile(
          "^[,.!?]?\\s*(?:(?<name>[\\p{L}][\\p{L}.’'\\- ]{0,60}?)\\s+(?:"
              + VERBS
              + ")\\b|(?:"
              + VERBS
              + ")\\s+(?<name2>[\\p{Lu}][\\p{L}.’'\\- ]{0,60}?)[,.])");

  /** Before the opening mark: {@code he replied, “} / {@code Noboa told CNN: “}. */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?<name>[\\p{L}][\\p{L}.’'\\- ]{0,60}?)\\s+(?:" + VERBS + ")\\b[^“”\"]{0,40}?[,:]\\s*$");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

  private static final int MIN_WORDS = 3;

  @Override
  public List<Fact> find(ResolvedArticle article) {
    String body = article.annotated().body();
    List<Fact> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(body);
    while (m.find()) {
      String text = m.group(1).strip();
      if (text.split("\\s+").length < MIN_WORDS) {
        continue;
      }
      CharSpan whole = new CharSpan(m.start(), m.end());
      speaker(article, body, whole)
          .ifPresent(
              speaker -> {
                String cleaned = text.replaceAll("[,\\s]+$", "");
                quotes.add(
                    new Fact.Quote(
                        speaker.entity,
                        cleaned,
                        speaker.confidence,
                        List.of(evidence(article.annotated(), whole))));
              });
    }
    return quotes;
  }

  private record Speaker(Entity entity, double confidence) {}

  private Optional<Speaker> speaker(ResolvedArticle article, String body, CharSpan quote) {
    String after = body.substring(quote.end(), Math.min(body.length(), quote.end() + 80));
    Matcher a = AFTER.matcher(after);
    if (a.find()) {
      String group = a.group("name") != null ? "name" : "name2";
      int start = quote.end() + a.start(group);
      return resolve(article, a.group(group), start, quote);
    }
    int from = Math.max(0, quote.start() - 120);
    String before = body.substring(from, quote.start());
    int newline = before.lastIndexOf('\n');
    if (newline >= 0) {
      before = before.substring(newline + 1);
      from = quote.start() - before.length();
    }
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      return resolve(article, b.group("name"), from + b.start("name"), quote);
    }
    return Optional.empty();
  }

  /** The entity the attribution names: a mention inside it, or a pronoun's antecedent. */
  private Optional<Speaker> resolve(
      ResolvedArticle article, String name, int nameStart, CharSpan quote) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    if (PRONOUNS.contains(last) || PRONOUNS.contains(words[0])) {
      return lastPersonBefore(article, quote.start()).map(e -> new Speaker(e, 0.85));
    }
    CharSpan nameSpan = new CharSpan(nameStart, nameStart + name.length());
    return article.mentionsWithin(nameSpan).stream()
        .filter(
            l -> l.entity().type() == EntityType.PERSON || l.entity().type() != EntityType.PLACE)
        .reduce((x, y) -> y)
        .map(l -> new Speaker(l.entity(), 0.9));
  }

  private static Optional<Entity> lastPersonBefore(ResolvedArticle article, int offset) {
    return article.mentionsWithin(new CharSpan(0, offset)).stream()
        .filter(l -> l.entity().type() == EntityType.PERSON)
        .reduce((x, y) -> y)
        .map(ResolvedArticle.Located::entity);
  }

  static Evidence evidence(AnnotatedArticle article, CharSpan span) {
    Sentence s =
        article
            .sentenceOf(span)
            .orElseThrow(() -> new IllegalStateException("no sentence holds " + span));
    return new Evidence(s.index(), span);
  }
}
