package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Gazetteer;
import org.actorgraph.resolve.PersonTitle;
import org.actorgraph.resolve.TokenMatch;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Wraps a statistical name finder and repairs or drops its spans with what the sentence shows:
 *
 * <ul>
 *   <li>a leading article or a title is cut off, and a name after a title is a person ("Turkish
 *       President Recep Tayyip Erdoğan", "[Secretary of] State Tony Blinken" become "Recep Tayyip
 *       Erdoğan" and "Tony Blinken");
 *   <li>a span ends before news phrasing: a lower-case word that is no name particle, a weekday or
 *       month, a sentence adverb ("CNN on Tuesday", "CNN Last") or punctuation;
 *   <li>a span grows over a hyphen that joins words ("Ko Wen" of "Ko Wen-je");
 *   <li>a span ending in a document word ("UN Security Council Resolution") keeps only a known name
 *       before it, or goes;
 *   <li>a one-word span the tagger does not read as a proper noun ("Data", "Heritage") goes;
 *   <li>a place the gazetteer does not know must stand after a locative preposition ("in Marea"),
 *       since the model's other place guesses are mostly wrong.
 * </ul>
 *
 * <p>Design decision: repairs happen here rather than in the merger, so the repaired span meets the
 * gazetteer's and rules' spans on equal terms (an equal span goes to the more trusted finder).
 */
public final class CheckedNameFinder implements MentionFinder {

  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "bin",
          "ibn", "bint", "al", "el", "la", "le", "di", "of", "and", "for", "y", "bu", "ul", "ben");
  private static final Set<String> PHRASING =
      Set.of(
          "last",
          "next",
          "this",
          "that",
          "earlier",
          "later",
          "on",
          "in",
          "at",
          "but",
          "and",
          "so",
          "again",
          "i",
          "we",
          "he",
          "she",
          "they",
          "it",
          "yesterday",
          "today",
          "tomorrow",
          "also",
          "meanwhile",
          "however",
          "when",
          "while",
          "after",
          "before",
          "since",
          "as",
          "if");
  private static final Set<String> DOCUMENT_WORDS =
      Set.of(
          "resolution",
          "resolutions",
          "agreement",
          "treaty",
          "accord",
          "accords",
          "convention",
          "act",
          "declaration",
          "memorandum",
          "protocol",
          "charter",
          "plan",
          "framework");
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "from",
          "into",
          "outside",
          "across",
          "around",
          "inside",
          "through",
          "via",
          "towards",
          "toward",
          "to",
          "of",
          "on",
          "for",
          "liberate",
          "liberating",
          "retake",
          "throughout",
          "within",
          "between",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "north",
          "south",
          "east",
          "west",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "besieged",
          "city",
          "town",
          "province",
          "region",
          "village",
          "district");

  private static final Set<String> GENERIC_WORDS =
      Set.of("state", "defence", "defense", "government", "security", "foreign", "interior");
  private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside");

  private final MentionFinder model;
  private final Gazetteer gazetteer;

  /**
   * @param model the statistical finder whose mentions are checked
   * @param gazetteer the titles, stop names and known names the checks use
   */
  public CheckedNameFinder(MentionFinder model, Gazetteer gazetteer) {
    this.model = model;
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Checked> checked = new ArrayList<>();
    Set<String> placesInContext = new HashSet<>();
    for (Mention m : model.find(article)) {
      if (m.sentence() < 0 || m.sentence() >= article.sentences().size()) {
        continue;
      }
      Sentence s = article.sentences().get(m.sentence());
      int start = s.tokenAt(m.span().start());
      int end = s.tokenAt(m.span().end());
      if (start < end) {
        check(s, start, end, m, article.body())
            .ifPresent(
                c -> {
                  checked.add(c);
                  if (c.locative()) {
                    placesInContext.add(c.mention().text());
                  }
                });
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Checked c : checked) {
      Mention m = c.mention();
      if (m.type() != EntityType.PLACE || c.known() || placesInContext.contains(m.text())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A repaired mention, whether the gazetteer knows its name and whether a locative precedes it.
   */
  private record Checked(Mention mention, boolean known, boolean locative) {}

  private Optional<Checked> check(Sentence s, int start, int end, Mention m, String body) {
    List<Token> tokens = s.tokens();
    List<String> words = tokens.stream().map(Token::text).toList();
    EntityType type = m.type();
    while (start < end && LEADING_DETERMINERS.contains(lower(words.get(start)))) {
      start++;
    }
    int afterTitle = afterTitle(words, start, end);
    if (afterTitle > start) {
      start = afterTitle;
      type = EntityType.PERSON;
    }
    end = phrasingEnd(words, start, end);
    end = hyphenEnd(tokens, end);
    while (end > start && isTrailingJunk(words.get(end - 1))) {
      end--;
    }
    end = beforeTrailingTitle(words, start, end, type);
    end = throughDocumentWord(words, start, end);
    if (start >= end || end - start == 1 && PARTICLES.contains(lower(words.get(start)))) {
      return Optional.empty();
    }
    String last = lower(words.get(end - 1));
    if (DOCUMENT_WORDS.contains(last)) {
      if (end - start < 2 || gazetteer.longestMatchAt(words, start).isEmpty()) {
        return Optional.empty();
      }
      end = gazetteer.longestMatchAt(words, start).get().span().end();
    }
    TokenSpan span = new TokenSpan(start, end);
    String text = s.charSpan(span).of(body);
    boolean known = gazetteer.byName(text).isPresent();
    if (gazetteer.isStopName(text)) {
      return Optional.empty();
    }
    if (end - start == 1 && !known && !"PROPN".equals(tokens.get(start).pos())) {
      return Optional.empty();
    }
    if (end - start == 1 && !known && isGenericHead(words.get(start))) {
      return Optional.empty();
    }
    if (type == EntityType.ORGANISATION && !known && namesAnEvent(words, start, end)) {
      return Optional.empty();
    }
    boolean locative = locative(words, start);
    if (type == EntityType.PERSON
        && locative
        && end - start <= 2
        && STRONG_LOCATIVE.contains(lower(words.get(start - 1)))
        && !(end < words.size() && isPossessive(words.get(end)))) {
      type = EntityType.PLACE;
    }
    CharSpan chars = s.charSpan(span);
    Mention checked =
        new Mention(
            chars, chars.of(body), type, s.index(), m.finder(), m.confidence(), Optional.empty());
    return Optional.of(new Checked(checked, known, locative));
  }

  /**
   * The end of an organisation or place span cut before a title that ends it ("U.S. Embassy
   * Chargé", "US Secretary of State"): the title names a person's post, not the body.
   */
  private int beforeTrailingTitle(List<String> words, int start, int end, EntityType type) {
    if (type == EntityType.PERSON) {
      return end;
    }
    for (int k = start + 1; k < end; k++) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, k);
      if (title.isPresent() && title.get().span().end() == end) {
        return k;
      }
    }
    return end;
  }

  /**
   * The end of a span that runs on past a document word ("UN Security Council Resolution 2254"): it
   * ends with the document word, which the caller then treats.
   */
  private static int throughDocumentWord(List<String> words, int start, int end) {
    for (int k = start + 1; k < end - 1; k++) {
      if (DOCUMENT_WORDS.contains(lower(words.get(k)))) {
        return k + 1;
      }
    }
    return end;
  }

  /**
   * Whether an unknown organisation span is headed by an action noun ("Cessation of Hostilities",
   * "MEK Resettlement"): its last word, or its first before "of", ends like a nominalised verb and
   * is no word that heads body names ("Commission", "Department", "Movement").
   */
  private boolean namesAnEvent(List<String> words, int start, int end) {
    String head = words.get(end - 1);
    if (end - start > 2 && lower(words.get(start + 1)).equals("of")) {
      head = words.get(start);
    }
    String h = lower(head);
    return (h.endsWith("tion") || h.endsWith("ment") || h.endsWith("ities"))
        && !isGenericHead(head)
        && !RuleMentionFinder.isOrganisationHead(head);
  }

  /** The first token after a title that starts before or inside the span, or {@code start}. */
  private int afterTitle(List<String> words, int start, int end) {
    for (int from = Math.max(0, start - 4); from < end - 1; from++) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, from);
      if (title.isPresent()
          && !title.get().value().ambiguous()
          && title.get().span().end() > start
          && title.get().span().end() < end
          && capitalised(words.get(title.get().span().end()))) {
        return title.get().span().end();
      }
    }
    return start;
  }

  private int phrasingEnd(List<String> words, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      String w = words.get(i);
      String lw = lower(w);
      boolean lowerCase = !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
      if ((lowerCase && !PARTICLES.contains(lw) && !words.get(i - 1).equals("-"))
          || (!lowerCase && PHRASING.contains(lw))
          || gazetteer.isStopName(w)
          || isBreakingPunctuation(w)) {
        return i;
      }
    }
    return end;
  }

  /** Extends the span over "-" + word joined without spaces ("Wen" + "-je"). */
  private static int hyphenEnd(List<Token> tokens, int end) {
    int e = end;
    while (e + 1 < tokens.size()
        && tokens.get(e).text().equals("-")
        && tokens.get(e).span().start() == tokens.get(e - 1).span().end()
        && tokens.get(e + 1).span().start() == tokens.get(e).span().end()
        && Character.isLetter(tokens.get(e + 1).text().codePointAt(0))) {
      e += 2;
    }
    return e;
  }

  /**
   * Whether a locative word stands before the span, possibly before a list of names that the span
   * ends ("in Qamenas, Sarmin and Talamenes").
   */
  /** A word that heads body names but alone names nothing ("Department", "Defence", "State"). */
  private boolean isGenericHead(String word) {
    return gazetteer.governmentBodyHead(word).isPresent() || GENERIC_WORDS.contains(lower(word));
  }

  private static boolean locative(List<String> words, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 6; i--) {
      String w = words.get(i);
      if (LOCATIVE.contains(lower(w))) {
        return true;
      }
      if (!(w.equals(",") || w.equals("and") || capitalised(w))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  private static boolean isTrailingJunk(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("-") || isBreakingPunctuation(w);
  }

  private static boolean isBreakingPunctuation(String w) {
    return !w.isEmpty()
        && !Character.isLetterOrDigit(w.codePointAt(0))
        && !w.equals("-")
        && !w.equals("&")
        && !w.equals(".");
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
