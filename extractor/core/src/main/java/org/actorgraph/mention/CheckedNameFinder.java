package org.actorgraph.mention;

import static org.actorgraph.mention.NameSpanRepairer.capitalised;
import static org.actorgraph.mention.NameSpanRepairer.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GivenNames;
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
 *   <li>a one-word span the tagger does not read as a proper noun ("Data", "Heritage") goes, and so
 *       does a span with no capital letter ("an anti-gay law");
 *   <li>a place the gazetteer does not know must stand after a locative preposition ("in Marea"),
 *       since the model's other place guesses are mostly wrong, or have a strong type cue ({@link
 *       TypeCues}: "Marea's residents", or "Asterpetro's shareholders", which makes the resolver
 *       retype the place an organisation);
 *   <li>a place in a title's remit ("Minister for the Middle East") goes ({@link TitleRemits});
 *   <li>an organisation named like a person with a particle ("Jan de Vries") is a person ({@link
 *       ParticleNames});
 *   <li>two names the gazetteer knows joined by "and" ("The European Union and Mercosur") are no
 *       one name: the gazetteer finds each;
 *   <li>a person, or a place the gazetteer does not know, named like a news outlet ({@code
 *       outlet_words.txt}: "Radio Aster", "said on Al-Aster TV") is an organisation.
 * </ul>
 *
 * <p>Design decision: repairs happen here rather than in the merger, so the repaired span meets the
 * gazetteer's and rules' spans on equal terms (an equal span goes to the more trusted finder).
 *
 * <p>The trimming rules (the first four) live in {@link NameSpanRepairer}; this class makes the
 * keep/drop decisions on the repaired span.
 */
public final class CheckedNameFinder implements MentionFinder {

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
  static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "central",
          "northern",
          "southern",
          "eastern",
          "western");

  /** Capitalised words that describe rather than name ("Marine", "Catholic"). */
  private static final Set<String> DESCRIPTIVE = Set.copyOf(WordList.read("proper_adjectives.txt"));

  /** The indefinite article. */
  private static final Set<String> INDEFINITE = Set.of("a", "an");

  private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside");

  private static final Set<String> OUTLET_LAST = outletWords("last:");
  private static final Set<String> OUTLET_FIRST = outletWords("first:");

  private final MentionFinder model;
  private final Gazetteer gazetteer;
  private final NameSpanRepairer repairer;
  private final TitleRemits remits;
  private final ParticleNames particleNames;

  /**
   * @param model the statistical finder whose mentions are checked
   * @param gazetteer the titles, stop names and known names the checks use
   */
  public CheckedNameFinder(MentionFinder model, Gazetteer gazetteer) {
    this.model = model;
    this.gazetteer = gazetteer;
    this.repairer = new NameSpanRepairer(gazetteer);
    this.remits = new TitleRemits(gazetteer);
    this.particleNames = new ParticleNames(gazetteer);
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
      if (m.type() != EntityType.PLACE
          || c.known()
          || c.cued()
          || placesInContext.contains(m.text())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A repaired mention, whether the gazetteer knows its name, whether a locative precedes it and
   * whether a strong type cue stands next to it.
   */
  private record Checked(Mention mention, boolean known, boolean locative, boolean cued) {}

  private Optional<Checked> check(Sentence s, int start, int end, Mention m, String body) {
    List<Token> tokens = s.tokens();
    Optional<NameSpanRepairer.Repaired> repaired = repairer.repair(tokens, start, end, m.type());
    if (repaired.isEmpty()) {
      return Optional.empty();
    }
    TokenSpan span = repaired.get().span();
    EntityType type = repaired.get().type();
    String text = s.charSpan(span).of(body);
    boolean known = gazetteer.byName(text).isPresent();
    List<String> words = Token.texts(tokens);
    Optional<TokenSpan> person = known ? Optional.empty() : personAfterKnownName(words, span);
    if (person.isPresent()) {
      span = person.get();
      type = EntityType.PERSON;
      text = s.charSpan(span).of(body);
      known = gazetteer.byName(text).isPresent();
    }
    if (dropped(tokens, span, type, text, known)
        || !known && (joinsKnownNames(words, span) || dashJoinsKnownNames(tokens, span))) {
      return Optional.empty();
    }
    boolean locative = locative(words, span.start());
    if (readsAsPlace(words, span, type, locative)) {
      type = EntityType.PLACE;
    }
    if ((type == EntityType.PERSON || type == EntityType.PLACE && !known && !isStrait(words, span))
        && span.end() - span.start() >= 2
        && isOutletName(words, span)) {
      type = EntityType.ORGANISATION;
    }
    if (type == EntityType.ORGANISATION && !known && particleNames.reads(tokens, span)) {
      type = EntityType.PERSON;
    }
    CharSpan chars = withoutTrailingMarks(s.charSpan(span), body);
    Mention checked = Mention.unkeyed(chars, body, type, s.index(), m.finder(), m.confidence());
    boolean cued = TypeCues.hasStrongCue(tokens, span.start(), span.end());
    return Optional.of(new Checked(checked, known, locative, cued));
  }

  /**
   * {@code U.S. special envoy for Sudan Tom Perriello}, {@code Ambassador to the United Nations
   * Linda Thomas-Greenfield}: a span that runs the known name of a title's remit into a person's
   * name, which opens with a given name and has two words or more, is that person; the gazetteer
   * finds the known name itself.
   */
  private Optional<TokenSpan> personAfterKnownName(List<String> words, TokenSpan span) {
    if (!remits.remitStartsAt(words, span.start())) {
      return Optional.empty();
    }
    int rest =
        gazetteer.longestMatchAt(words, span.start()).map(m -> m.span().end()).orElse(span.start());
    if (rest <= span.start()
        || span.end() - rest < 2
        || !GivenNames.isGivenName(words.get(rest))
        || !capitalised(words.get(span.end() - 1))) {
      return Optional.empty();
    }
    return Optional.of(new TokenSpan(rest, span.end()));
  }

  /**
   * Whether a repaired span names nothing: a stop name, a lone word the tagger does not read as a
   * proper noun or that heads body names, an unknown span with no capital letter, or an unknown
   * organisation named like an event.
   */
  private boolean dropped(
      List<Token> tokens, TokenSpan span, EntityType type, String text, boolean known) {
    int start = span.start();
    int end = span.end();
    List<String> words = Token.texts(tokens);
    if (gazetteer.isStopName(text) || gazetteer.title(text).isPresent()) {
      return true; // "Sunday", or a title the splitter cut from its name ("Gen" of "Gen. Doe")
    }
    if (gazetteer.isStopName(words.get(start))
        && end - start > 1
        && Character.isDigit(words.get(start + 1).codePointAt(0))) {
      return true; // a date: "Oct. 28"
    }
    if (isRegionAdjective(words, start, end)) {
      return true;
    }
    if (remits.covers(words, start, end)) {
      return true; // "Minister for the Middle East": the place names the office
    }
    if (end - start == 1 && !known && !"PROPN".equals(tokens.get(start).pos())) {
      return true;
    }
    if (!known && text.codePoints().noneMatch(Character::isUpperCase)) {
      return true; // "an anti-gay law": a name has a capital somewhere ("al-Shabaab", "eBay")
    }
    if (end - start == 1 && !known && isGenericHead(words.get(start))) {
      return true;
    }
    if (type == EntityType.PERSON && !known && namedAfterTitled(words, start, end)) {
      return true; // "Sheikh Jane Road", "Prince Jane's County": a thing named after the holder
    }
    return type == EntityType.ORGANISATION
        && !known
        && (namesAnEvent(words, start, end) || describesOne(words, start, end));
  }

  /**
   * Whether an organisation's span is made of describing words alone ({@code
   * proper_adjectives.txt}: "The Marine was killed") or ends in one after an indefinite article ("A
   * US Marine was killed"): such words name a kind of person or thing, and "a" counts one of them.
   */
  private static boolean describesOne(List<String> words, int start, int end) {
    if (!DESCRIPTIVE.contains(words.get(end - 1))) {
      return false;
    }
    return end - start == 1
        || start > 0 && INDEFINITE.contains(words.get(start - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a title the span leaves out ends right before it, and the two name a thing after the
   * title's holder ({@link RuleMentionFinder#namedAfterTitled}).
   */
  private boolean namedAfterTitled(List<String> words, int start, int end) {
    for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
      int title = k;
      boolean endsHere =
          gazetteer.titleAt(words, title).filter(t -> t.span().end() == start).isPresent();
      if (endsHere) {
        return RuleMentionFinder.namedAfterTitled(gazetteer, words, title, start, end);
      }
    }
    return false;
  }

  /**
   * Whether a span is an adjective of nationality or region rather than a name: demonyms joined by
   * a hyphen ("Freedonian-Sylvanian talks") or a compass word and an adjective in "-an" ("West
   * Asterian leaders").
   */
  private boolean isRegionAdjective(List<String> words, int start, int end) {
    if (end - start == 3 && words.get(start + 1).equals("-")) {
      return gazetteer.byDemonym(words.get(start)).isPresent()
          && gazetteer.byDemonym(words.get(end - 1)).isPresent();
    }
    return end - start == 2
        && COMPASS.contains(lower(words.get(start)))
        && lower(words.get(start + 1)).endsWith("an")
        && end < words.size()
        && Character.isLowerCase(words.get(end).codePointAt(0));
  }

  /**
   * Whether a short person span right after "in", "near" or "outside" is a place ("in Marea"),
   * unless a possessive follows it.
   */
  private static boolean readsAsPlace(
      List<String> words, TokenSpan span, EntityType type, boolean locative) {
    int start = span.start();
    int end = span.end();
    return type == EntityType.PERSON
        && locative
        && end - start <= 2
        && STRONG_LOCATIVE.contains(lower(words.get(start - 1)))
        && !(end < words.size() && isPossessive(words.get(end)));
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

  /** A word that heads body names but alone names nothing ("Department", "Defence", "State"). */
  private boolean isGenericHead(String word) {
    return gazetteer.governmentBodyHead(word).isPresent() || GENERIC_WORDS.contains(lower(word));
  }

  /**
   * Whether a locative word stands before the span, possibly before a list of names that the span
   * ends ("in Qamenas, Sarmin and Talamenes").
   */
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

  /**
   * Whether a span is two names the gazetteer knows joined by "and" ("The European Union and
   * Mercosur signed", where the model takes the sentence's opening words for one name): each is
   * found by the gazetteer, and the span would hide both.
   */
  private boolean joinsKnownNames(List<String> words, TokenSpan span) {
    for (int k = span.start() + 1; k < span.end() - 1; k++) {
      if (words.get(k).equals("and")) {
        int and = k;
        return knownFromTo(words, span.start(), and) && knownFromTo(words, and + 1, span.end());
      }
    }
    return false;
  }

  /**
   * Whether a span is two names the gazetteer knows on either side of a dash written as a hyphen
   * with a space on each side ("Leaders of BRICS - Brazil, Russia, ... - met"): a dash sets off a
   * phrase, while a hyphen inside a name has no spaces ("Guinea-Bissau").
   */
  private boolean dashJoinsKnownNames(List<Token> tokens, TokenSpan span) {
    List<String> words = Token.texts(tokens);
    for (int k = span.start() + 1; k < span.end() - 1; k++) {
      if (words.get(k).equals("-")
          && tokens.get(k - 1).span().end() < tokens.get(k).span().start()
          && tokens.get(k).span().end() < tokens.get(k + 1).span().start()) {
        return knownFromTo(words, span.start(), k) && knownFromTo(words, k + 1, span.end());
      }
    }
    return false;
  }

  /** Whether the gazetteer knows the words from {@code start} to {@code end} (a "the" aside). */
  private boolean knownFromTo(List<String> words, int start, int end) {
    int from = start < end && words.get(start).equalsIgnoreCase("the") ? start + 1 : start;
    return gazetteer.longestMatchAt(words, from).filter(m -> m.span().end() == end).isPresent();
  }

  /**
   * Whether a place's name ends in "Channel", a strait as well as a broadcaster ("the English
   * Channel").
   */
  private static boolean isStrait(List<String> words, TokenSpan span) {
    return words.get(span.end() - 1).equals("Channel");
  }

  /** Whether a word ends outlet names ("Times", "Herald"). */
  static boolean isOutletLastWord(String word) {
    return OUTLET_LAST.contains(word);
  }

  /** Whether a name starts or ends with a word of outlet names ("Radio Aster", "Aster Times"). */
  private static boolean isOutletName(List<String> words, TokenSpan span) {
    return OUTLET_FIRST.contains(words.get(span.start()))
        || OUTLET_LAST.contains(words.get(span.end() - 1));
  }

  private static Set<String> outletWords(String prefix) {
    Set<String> out = new HashSet<>();
    for (String line : WordList.read("outlet_words.txt")) {
      if (line.startsWith(prefix)) {
        out.add(line.substring(prefix.length()).strip());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The span without a possessive or a sentence's full stop written inside its last token
   * ("Freedonia‘s", "Doe." at the end of a line the splitter did not cut).
   */
  static CharSpan withoutTrailingMarks(CharSpan span, String body) {
    String text = span.of(body);
    int cut = 0;
    if (text.length() > 3
        && text.charAt(text.length() - 1) == 's'
        && isApostrophe(text.charAt(text.length() - 2))) {
      cut = 2;
    } else if (text.length() - text.lastIndexOf(' ') > 6
        && text.endsWith(".")
        && Character.isLowerCase(text.charAt(text.length() - 2))
        && Character.isLowerCase(text.charAt(text.length() - 3))
        && Character.isLowerCase(text.charAt(text.length() - 4))) {
      cut = 1;
    }
    return cut == 0 ? span : new CharSpan(span.start(), span.end() - cut);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘';
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }
}
