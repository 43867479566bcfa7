package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.text.CharSpan;

/**
 * Direct speech printed without quotation marks, as translated wire copy often gives it: {@code
 * Today we are signing two treaties. Our border is one of friendship, Doe said.}, {@code We will
 * not yield, the minister told reporters.}, {@code …, the agency quotes Doe.}
 *
 * <p>A paragraph with no quotation marks whose last sentence ends in an attribution (a comma, then
 * a name and a verb of speech, the verb and then the name, or "quotes" and the name) holds the
 * speaker's own words when they are in the first person: reported speech turns the speaker's "I"
 * and "we" into "he" and "they" (Oxford Learner's Dictionary, "reported speech"; Swan, Practical
 * English Usage, "indirect speech: pronouns"), so a first-person word marks the speaker's own
 * words, and a paragraph without one ({@code Talks will resume, the ministry said.}) is the
 * reporter's. The quotation is the whole paragraph when its first sentence is in the first person,
 * else the attribution's sentence alone.
 */
final class UnmarkedQuotes {

  /** Words of the first person; "US" is a country, so only lower-case "us" counts. */
  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|[Oo]urs|us|[Mm]y|me)\\b");

  /** Any quotation mark: a paragraph that has one is the marked quotations' to read. */
  private static final Pattern MARKS = Pattern.compile("[“”\"‘]");

  /**
   * The attribution at a paragraph's end: {@code , Doe said.}, {@code , the minister told reporters
   * on Monday.}, {@code , said Doe.}, {@code , Nova24 quotes Doe.}, {@code , the agency quoted Doe
   * as saying.}
   */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          ",\\s+(?:(?<name>[^,;:!?]{2,60}?)\\s+(?:"
              + QuoteFinder.VERBS
              + ")(?:\\s+[^,;:!?]{1,40}?)?"
              + "|(?:"
              + QuoteFinder.VERBS
              + ")\\s+(?<after>[^,;:!?]{2,60}?)"
              + "|[^,;:!?]{1,40}?\\s+quot(?:es|ed)\\s+(?<quoted>[^,;:!?]{2,60}?)(?:\\s+as\\s+saying)?)"
              + "\\.\\s*$");

  /** The fewest words a quotation without marks must have. */
  private static final int MIN_WORDS = 6;

  /**
   * One quotation without marks: its text's span and the name its attribution gives, with that
   * name's offset in the body.
   */
  record Unmarked(CharSpan text, String name, int nameStart) {}

  private UnmarkedQuotes() {}

  /** The quotations without marks of the article, in order. */
  static List<Unmarked> in(AnnotatedArticle article) {
    String body = article.body();
    List<Unmarked> found = new ArrayList<>();
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      paragraph(article, start, end).ifPresent(found::add);
      start = end + 1;
    }
    return found;
  }

  private static Optional<Unmarked> paragraph(AnnotatedArticle article, int start, int end) {
    String text = article.body().substring(start, end);
    if (text.isBlank() || MARKS.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher m = ATTRIBUTION.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String group = m.group("name") != null ? "name" : m.group("after") != null ? "after" : "quoted";
    int comma = start + m.start();
    int from = start + (text.length() - text.stripLeading().length());
    Optional<Sentence> first = article.sentenceOf(new CharSpan(from, from));
    Optional<Sentence> last = article.sentenceOf(new CharSpan(comma, comma));
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    if (!firstPerson(article.body(), from, Math.min(first.get().span().end(), comma))) {
      from = last.get().span().start();
      if (!firstPerson(article.body(), from, comma)) {
        return Optional.empty();
      }
    }
    String quoted = article.body().substring(from, comma);
    if (quoted.strip().split("\\s+").length < MIN_WORDS) {
      return Optional.empty();
    }
    return Optional.of(
        new Unmarked(new CharSpan(from, comma), m.group(group), start + m.start(group)));
  }

  private static boolean firstPerson(String body, int from, int to) {
    return FIRST_PERSON.matcher(body).region(from, Math.min(to, body.length())).find();
  }
}
