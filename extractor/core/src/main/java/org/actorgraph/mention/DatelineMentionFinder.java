package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.NameCandidate;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.LeadLines;
import org.actorgraph.text.TokenSpan;

/**
 * Finds the news agencies and outlets that news writes around its text rather than in it:
 *
 * <ul>
 *   <li>the agency of a dateline: "CITY, Oct 2 (Agency) -", "City (Agency/Other) –", and an agency
 *       prefix "AGENCY-City (Country)"; the dateline's city, when the gazetteer does not know it,
 *       is a place (a known one is left to {@link GazetteerMentionFinder});
 *   <li>a closing credit line of slash-separated staff initials that ends with the agency
 *       ("AB/cd/AGENCY");
 *   <li>an outlet named by its web address: "Example24.news reported", "Credit: example.org".
 * </ul>
 *
 * <p>Design decision: what stands in a dateline's parentheses is an agency by its position alone,
 * so no list of agencies is needed; a name the gazetteer knows (a country, "(Freedonia)") is left
 * to the gazetteer.
 */
public final class DatelineMentionFinder implements MentionFinder {

  static final String FINDER = "rule:dateline";

  private static final Set<String> DASHES = Set.of("-", "--", "–", "—");
  private static final Set<String> CREDIT_CUES = Set.of("credit", "source", "photo", "via");
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}-]*(?:\\.[\\p{L}\\p{Nd}-]+)*\\.[a-z]{2,10}");
  private static final Pattern CREDIT_LINE = Pattern.compile("[A-Za-z]{1,6}(?:/[A-Za-z]{1,6}){2,}");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final int MAX_CITY_TOKENS = 3;
  private static final int MAX_PARENTHESIS = 10;
  private static final int MAX_DATELINE_TOKENS = 8;

  private final Gazetteer gazetteer;

  public DatelineMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    String body = article.body();
    List<Sentence> sentences = article.sentences();
    if (sentences.isEmpty()) {
      return found;
    }
    dateline(sentences, body, found);
    creditLine(sentences.get(sentences.size() - 1), body, found);
    for (Sentence s : sentences) {
      webAddresses(s, body, found);
    }
    return found;
  }

  /**
   * The city and agency of a dateline at the start of the article, or of the line after its
   * headline ({@link LeadLines}). Two sentences are read as one, since a sentence splitter may cut
   * a dateline after an abbreviated month ("Oct.").
   */
  private void dateline(List<Sentence> sentences, String body, List<Mention> found) {
    int d = datelineSentence(sentences, body);
    if (d < 0) {
      return;
    }
    List<Token> tokens = new ArrayList<>(sentences.get(d).tokens());
    List<Integer> sentenceOf = new ArrayList<>(tokens.stream().map(t -> d).toList());
    if (sentences.size() > d + 1 && tokens.size() < MAX_DATELINE_TOKENS) {
      tokens.addAll(sentences.get(d + 1).tokens());
      sentences.get(d + 1).tokens().forEach(t -> sentenceOf.add(d + 1));
    }
    List<String> words = Token.texts(tokens);
    int start = 0;
    if (words.size() > 2
        && ACRONYM.matcher(words.get(0)).matches()
        && words.get(1).equals("-")
        && joined(tokens, 0, 3)) {
      start = 2;
    }
    int cityEnd = start;
    while (cityEnd < words.size()
        && cityEnd - start < MAX_CITY_TOKENS
        && NameSpanRepairer.capitalised(words.get(cityEnd))) {
      cityEnd++;
    }
    if (cityEnd == start) {
      return;
    }
    int open = -1;
    int k = cityEnd;
    while (k < words.size() && words.get(k).equals(",")) {
      k++;
      while (k < words.size() && isDatelineWord(words.get(k))) {
        k++;
      }
    }
    if (k < words.size() && words.get(k).equals("(")) {
      open = k;
      k = words.subList(k, Math.min(words.size(), k + MAX_PARENTHESIS)).indexOf(")") + k + 1;
      if (k == open) {
        return;
      }
    }
    boolean prefixed = start == 2;
    boolean dash = k < words.size() && DASHES.contains(words.get(k)) && spaced(tokens, k);
    if (!dash && !(prefixed && open == cityEnd)) {
      return;
    }
    Line line = new Line(tokens, sentenceOf, body);
    if (prefixed) {
      found.add(line.mention(0, 1, EntityType.ORGANISATION));
    }
    if (gazetteer.longestMatchAt(words, start).isEmpty()) {
      CharSpan city =
          new CharSpan(tokens.get(start).span().start(), tokens.get(cityEnd - 1).span().end());
      if (city.of(body).indexOf('/') > 0) {
        found.addAll(slashedCities(city, body, sentenceOf.get(start)));
      } else {
        found.add(line.mention(start, cityEnd, EntityType.PLACE));
      }
    }
    if (open >= 0 && !prefixed) {
      agencies(line, words, open + 1, found);
    }
  }

  /**
   * The cities of a dateline filed from two places ("CITY/OTHER CITY (Agency) -"), each a place:
   * the gazetteer's entry when it knows the city by that name, else a place it does not know.
   */
  private List<Mention> slashedCities(CharSpan city, String body, int sentence) {
    List<Mention> out = new ArrayList<>();
    int from = city.start();
    for (String part : city.of(body).split("/", -1)) {
      String name = part.strip();
      if (!name.isEmpty()) {
        int at = from + part.indexOf(name);
        CharSpan chars = new CharSpan(at, at + name.length());
        Optional<GazetteerEntry> known =
            gazetteer.candidates(name).stream()
                .map(NameCandidate::entry)
                .filter(e -> e.type() == EntityType.PLACE)
                .findFirst();
        out.add(
            new Mention(
                chars,
                name,
                EntityType.PLACE,
                sentence,
                known.isPresent() ? "gazetteer" : FINDER,
                known.isPresent() ? 0.85 : 0.8,
                known.map(GazetteerEntry::key)));
      }
      from += part.length() + 1;
    }
    return out;
  }

  /** Tokens of the first sentences with the sentence each is in. */
  private record Line(List<Token> tokens, List<Integer> sentenceOf, String body) {
    Mention mention(int from, int to, EntityType type) {
      CharSpan chars =
          new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
      return Mention.unkeyed(chars, body, type, sentenceOf.get(from), FINDER, 0.8);
    }

    /** An organisation for each part of a token written "A/B". */
    List<Mention> slashed(int k) {
      Token t = tokens.get(k);
      List<Mention> out = new ArrayList<>();
      int from = t.span().start();
      for (String part : t.text().split("/", -1)) {
        if (!part.isEmpty()) {
          CharSpan chars = new CharSpan(from, from + part.length());
          out.add(
              new Mention(
                  chars,
                  part,
                  EntityType.ORGANISATION,
                  sentenceOf.get(k),
                  FINDER,
                  0.8,
                  Optional.empty()));
        }
        from += part.length() + 1;
      }
      return out;
    }
  }

  /** Each name between "(" and ")", separated by "/" or ",", that the gazetteer does not know. */
  private void agencies(Line line, List<String> words, int from, List<Mention> out) {
    int k = from;
    while (k < words.size() && !words.get(k).equals(")")) {
      int end = k;
      while (end < words.size() && NameSpanRepairer.capitalised(words.get(end))) {
        end++;
      }
      if (end == k || end >= words.size()) {
        return;
      }
      String sep = words.get(end);
      if (!sep.equals(")") && !sep.equals("/") && !sep.equals(",")) {
        return;
      }
      TokenSpan span = new TokenSpan(k, end);
      if (end - k == 1 && words.get(k).indexOf('/') > 0) {
        out.addAll(line.slashed(k)); // "NWP/FDA" written as one token
      } else if (gazetteer.longestMatchAt(words, k).filter(m -> m.span().equals(span)).isEmpty()
          && line.sentenceOf().get(k).equals(line.sentenceOf().get(end - 1))) {
        out.add(line.mention(k, end, EntityType.ORGANISATION));
      }
      k = sep.equals(")") ? end : end + 1;
    }
  }

  /** The index of the first sentence from where the dateline may stand on, or -1 if none. */
  static int datelineSentence(List<Sentence> sentences, String body) {
    int at = LeadLines.datelineStart(body);
    for (Sentence s : sentences) {
      if (s.span().start() >= at) {
        return s.index();
      }
    }
    return -1;
  }

  /** The agency closing a credit line of slash-separated initials ("AB/cd/AGENCY"). */
  private void creditLine(Sentence s, String body, List<Mention> found) {
    String text = s.span().of(body).strip();
    if (!CREDIT_LINE.matcher(text).matches()) {
      return;
    }
    List<Token> tokens = s.tokens();
    Token last = tokens.get(tokens.size() - 1);
    if (ACRONYM.matcher(last.text()).matches()) {
      found.add(
          new Mention(
              last.span(),
              last.text(),
              EntityType.ORGANISATION,
              s.index(),
              FINDER,
              0.8,
              Optional.empty()));
    }
  }

  /** Outlets named by their web address: capitalised, or after a credit word. */
  private void webAddresses(Sentence s, String body, List<Mention> found) {
    List<String> words = Token.texts(s.tokens());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.indexOf('.') < 0 || !WEB_ADDRESS.matcher(w).matches()) {
        continue;
      }
      boolean cued = i > 0 && CREDIT_CUES.contains(bare(words.get(i - 1)));
      if (cued
          || i > 1
              && words.get(i - 1).equals(":")
              && CREDIT_CUES.contains(bare(words.get(i - 2)))) {
        cued = true;
      }
      if (NameSpanRepairer.capitalised(w) || cued) {
        found.add(mention(s, new TokenSpan(i, i + 1), EntityType.ORGANISATION, body));
      }
    }
  }

  private static String bare(String w) {
    return NameSpanRepairer.lower(w.replaceAll("\\W+$", ""));
  }

  /** A word of a dateline's region or date: "Philippines", "Oct.", "2". */
  private static boolean isDatelineWord(String w) {
    return NameSpanRepairer.capitalised(w)
        || !w.isEmpty() && Character.isDigit(w.codePointAt(0))
        || w.equals(".");
  }

  /** Whether token {@code k} has a space before it (a dash of a dateline, not of a word). */
  private static boolean spaced(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k).span().start() > tokens.get(k - 1).span().end();
  }

  /** Whether tokens {@code [from, to)} are written without spaces between them. */
  private static boolean joined(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).span().start() != tokens.get(k - 1).span().end()) {
        return false;
      }
    }
    return true;
  }

  private static Mention mention(Sentence s, TokenSpan span, EntityType type, String body) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(chars, body, type, s.index(), FINDER, 0.8);
  }
}
