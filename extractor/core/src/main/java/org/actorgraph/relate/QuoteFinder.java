package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * Finds direct quotations and their speakers: {@code “…,” Noboa said}, {@code “…,” he said}, {@code
 * X told CNN: “…”}, {@code he replied, “…”}, including quotations that run over several sentences.
 * A quotation counts only when a speech verb attributes it next to its quotation marks, so scare
 * quotes ("a “strategic alliance”") are not quotes; speech printed without marks is read by {@link
 * UnmarkedQuotes}. A pronoun speaker is the last person named before the quotation whose known
 * gender allows the pronoun ({@link PersonGender}).
 */
public final class QuoteFinder implements RelationFinder {

  /**
   * A quotation in double marks, in curly single marks (or opened by a single mark, curly or
   * straight, and closed by a double one, a typing slip), its single-mark text holding apostrophes
   * inside words only; or in straight single marks when it opens with a capital after a space and
   * ends in punctuation ({@code 'We need peace,' Doe wrote}), which an apostrophe does not, or when
   * it follows a colon and ends its line, as a headline quotes ({@code Doe: 'We need peace'}). A
   * quotation does not run into a paragraph that opens with a mark: news leaves a quotation that
   * goes on in the next paragraph open at the end of its own ({@code “The rest is weeks away.}
   * newline {@code “We will sign,” he added.}), and that open part is a quotation of its own. The
   * text between the marks is read in runs (possessive), not a character at a time, so a mark left
   * open before a long text does not overflow the regular expression engine's stack.
   */
  private static final Pattern QUOTED =
      Pattern.compile(
          "[“\"](?=[^“”\"]{2})((?:[^“”\"\n]++|\n(?!\\s*[“\"]))+?)[”\"]"
              + "|(?<=^|\\s)[“\"]([^“”\"\n]{2,}?)(?=\\s*\n\\s*[“\"])"
              + "|‘((?:[^“”\"‘’]++|’(?=\\p{L}))+?)[”\"’]"
              + "|(?<![\\p{L}\\d])'(\\p{Lu}[^'“”\"]{2,}?[,.!?])'(?![\\p{L}\\d])"
              + "|(?<![\\p{L}\\d])'([^'‘’“”\"]{2,}?)[”\"]"
              + "|(?<=:[ \\t])'(\\p{Lu}[^'‘’“”\"\n]{2,}?)'(?=[ \\t]*(?:\n|$))");

  /** The text inside the marks of a {@link #QUOTED} match, whichever marks it has. */
  private static String quoted(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("a quotation without text: " + m.group());
  }

  /**
   * Verbs that attribute a quotation, as written, one alternation ({@code quote_verbs.txt}, also
   * read by {@link UnmarkedQuotes}).
   */
  static final String VERBS = String.join("|", WordLists.lines("quote_verbs.txt"));

  /**
   * Prepositions that open a phrase of place, time or occasion after a speaker named after the verb
   * ({@code , said Jane Doe after the talks}, {@code at a news conference}, {@code in Lima}): the
   * name ends before them as it does before a comma.
   */
  private static final String PLACE_OR_TIME =
      "(?:after|at|in|on|during|before|while|as|following|outside|from)";

  /**
   * After the closing mark: {@code , he said} / {@code , Noboa told X} / {@code , said Noboa} /
   * {@code , said opposition leader Jane Doe} (lower-case words before a capital) / {@code ,
   * according to Jane Doe, the ministry's spokeswoman.} / {@code , Doe, the Freedonian foreign
   * minister, said} (the apposition names the speaker when the name before it names no one: {@code
   * , the minister, Jane Doe, said}). The name does not run past a sentence's end ({@code ” on
   * Monday. John Doe said} names no speaker of the quotation before it; a capital's full stop, as
   * in {@code J. Doe} or {@code U.S.}, is no end), nor past a full stop right after the mark. A
   * name after the verb ends at a comma, a full stop or a phrase of {@link #PLACE_OR_TIME}, and is
   * no such phrase ({@code , said in Lima}), which may come before it ({@code , said on Friday Jane
   * Doe}).
   */
  private static final Pattern AFTER =
      Pattern.compile(
          "^[,.!?]?[ \\t]*(?:(?<name>[\\p{L}](?:(?!\\p{Ll}\\.\\s)[\\p{L}.’'\\- ]){0,60}?)(?:,(?<appos>[^,“”\"]{1,60}),)?\\s+(?:"
              + VERBS
              + ")\\b|(?:"
              + VERBS
              + "|according\\s+to)\\s+(?:"
              + PLACE_OR_TIME
              + "\\s+\\p{Lu}[\\p{L}’'.\\-]*\\s+(?=\\p{Lu}))?(?!"
              + PLACE_OR_TIME
              + "\\s)(?<name2>(?:[\\p{Lu}]|the\\s+\\p{Ll}|(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}\\p{Lu})"
              + "[\\p{L}.’'\\- ]{0,60}?)"
              + "(?:(?:,(?<appos2>[^,“”\"]{1,60}))?[,.]|\\s+"
              + PLACE_OR_TIME
              + "\\s))");

  /**
   * Before the opening mark: {@code he replied, “} / {@code Noboa told CNN: “} / {@code Roe, a
   * spokesman for the Union, told CNN: “}; the verb and the mark in one sentence. Without a comma
   * or colon ({@code the Ministry said “Freedonia condemns…”}) only a quotation that opens with a
   * capital counts, not a phrase quoted inside the reporter's sentence. As after the quotation, the
   * name does not run back past a sentence's end.
   */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?<name>\\b(?!\\p{Ll}\\.\\s)[\\p{L}](?:(?!\\p{Ll}\\.\\s)[\\p{L}.’'\\- ]){0,60}?)(?:,(?<appos>[^,“”\"]{1,60}),)?\\s+(?:"
              + VERBS
              + ")\\b(?:(?![.!?]\\s)[^“”\"]){0,40}?(?<mark>[,:])?\\s*$");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

  /**
   * A name alone before a colon that opens its line, the quotation after it ending the line: how a
   * headline quotes ({@code Doe: 'We need peace'}, {@code Freedonia: “We will not pay”}).
   */
  private static final Pattern LINE_SPEAKER =
      Pattern.compile("^\\s*(?<name>\\p{Lu}[\\p{L}.’'\\- ]{1,40}?):\\s*$");

  /** {@code According to the Ministry, the pact “…”}: the source named after "according to". */
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording to\\s+(?<name>[^,;“”\"]{2,60}?)\\s*,[^“”\";]{0,60}$");

  private static final String DOCUMENT = "(?:" + String.join("|", ReportedQuotes.DOCUMENTS) + ")";

  /**
   * {@code , the communiqué said} / {@code , said the statement} / {@code , the statement read}.
   */
  private static final Pattern DOCUMENT_AFTER =
      Pattern.compile(
          "^[,.!?]?[ \\t]*(?:(?:(?:the|a|an|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
              + DOCUMENT
              + "\\s+(?:"
              + VERBS
              + "|read|reads)\\b|(?:"
              + VERBS
              + "|read|reads)\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
              + DOCUMENT
              + "\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MIN_WORDS = 2;

  private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");

  /** Quotations attributed away from their marks must be this long, to pass over scare quotes. */
  private static final int MIN_REPORTED_WORDS = 6;

  /**
   * The confidence of a quotation printed without marks ({@link UnmarkedQuotes}): its first-person
   * words tell it from reported speech, not its marks.
   */
  private static final double UNMARKED = 0.7;

  /** How close (characters) a quotation must follow another for "he said" to mean its speaker. */
  private static final int RECENT = 600;

  /** The longest attribution between the two parts of a split quotation, in characters. */
  private static final int CONTINUATION_GAP = 60;

  private final RelationFinder positions;
  private final Capitals capitals;
  private final ReportedQuotes reported;
  private final TitledSpeakers titled;

  /**
   * @param roles the titles that name speakers ("the Russian leader said")
   * @param positions the finder whose positions tell who holds those titles
   * @param capitals capitals that stand for their countries
   */
  public QuoteFinder(RoleLexicon roles, RelationFinder positions, Capitals capitals) {
    this.positions = positions;
    this.capitals = capitals;
    this.reported = new ReportedQuotes(roles);
    this.titled = new TitledSpeakers(roles);
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    ActorPhrases.Holders holders =
        InteractionFinder.holders(positions.find(article), capitals.standIns(article));
    String body = article.annotated().body();
    List<Fact> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(body);
    Optional<Entity> recent = Optional.empty();
    int recentEnd = -1;
    Optional<Speaker> last = Optional.empty();
    boolean lastOpen = false;
    List<Open> waiting = new ArrayList<>();
    while (m.find()) {
      String text = quoted(m).strip();
      if (text.split("\\s+").length < MIN_WORDS || namedPhrase(body, m.start(), text)) {
        continue;
      }
      CharSpan whole = new CharSpan(m.start(), m.end());
      boolean open = m.group(2) != null;
      Optional<Speaker> speaker =
          lastOpen && goesOnIn(body, recentEnd, whole)
              ? last
              : attribute(article, holders, whole, text, recent, recentEnd, last);
      if (speaker.isEmpty()) {
        if (!waiting.isEmpty() && !goesOnIn(body, waiting.get(waiting.size() - 1).end(), whole)) {
          waiting.clear();
        }
        if (open) {
          waiting.add(new Open(text, whole));
        }
        continue;
      }
      if (!waiting.isEmpty() && goesOnIn(body, waiting.get(waiting.size() - 1).end(), whole)) {
        waiting.forEach(
            w -> quotes.addAll(quotes(article, w.text(), w.span(), speaker.get(), 0.7)));
      }
      waiting.clear();
      quotes.addAll(quotes(article, text, whole, speaker.get(), speaker.get().confidence));
      recent =
          Optional.of(speaker.get().entity)
              .filter(e -> e.type() == EntityType.PERSON && speaker.get().with().isEmpty());
      recentEnd = whole.end();
      last = speaker;
      lastOpen = open;
    }
    for (UnmarkedQuotes.Unmarked u : UnmarkedQuotes.in(article.annotated())) {
      String text = body.substring(u.text().start(), u.text().end()).strip();
      resolve(article, holders, u.name(), u.nameStart(), u.text(), Optional.empty())
          .ifPresent(
              sp ->
                  quotes.addAll(
                      quotes(article, text, u.text(), sp, Math.min(sp.confidence(), UNMARKED))));
    }
    return quotes;
  }

  /** An article right before an opening mark: the marks enclose a noun phrase of the sentence. */
  private static final Pattern ARTICLE_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}’'])(?:a|an|the)\\s+$");

  /**
   * Whether a quotation is a phrase the reporter's own sentence names in scare quotes: fewer than
   * {@link #MIN_REPORTED_WORDS} words after an article ({@code agreed on a “permanent cessation of
   * hostilities”, the mediator said}, {@code hailed a “close friendship”}). The article makes the
   * marked words a noun phrase of the sentence, whose attribution is the reporter's for the whole
   * sentence; a speaker's words quoted after an article run longer ({@code said that the “new
   * document will form the basis of our ties”}).
   */
  private static boolean namedPhrase(String body, int open, String text) {
    return text.split("\\s+").length < MIN_REPORTED_WORDS
        && ARTICLE_BEFORE.matcher(body.substring(Math.max(0, open - 8), open)).find();
  }

  /**
   * The speaker of one quotation: the rest of a split quotation, an attribution next to its marks,
   * a reporting clause it opens in, or, for a sentence quoted on its own, the speaker just before.
   */
  private Optional<Speaker> attribute(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      CharSpan whole,
      String text,
      Optional<Entity> recent,
      int recentEnd,
      Optional<Speaker> last) {
    String body = article.annotated().body();
    Optional<Entity> previous =
        whole.start() - recentEnd <= RECENT
                && !newSubject(article, recentEnd, whole.start(), recent)
            ? recent
            : Optional.<Entity>empty();
    boolean fragment = text.split("\\s+").length < MIN_REPORTED_WORDS;
    Optional<Speaker> speaker =
        continued(body, last, recentEnd, whole, text)
            .or(() -> speaker(article, holders, body, whole, previous))
            .or(
                () ->
                    fragment
                        ? Optional.empty()
                        : reported
                            .speaker(article, holders, whole.start())
                            .map(e -> new Speaker(e, 0.75)));
    if (speaker.isEmpty() && previous.isPresent() && standsAlone(body, whole, text)) {
      return previous.map(e -> new Speaker(e, 0.7));
    }
    return speaker;
  }

  /**
   * Who said a quotation: one actor, or the first of those who said it together ({@code the two
   * sides said in a joint statement}), the others in {@code with}.
   */
  private record Speaker(Entity entity, double confidence, List<Entity> with) {
    Speaker {
      with = List.copyOf(with);
    }

    Speaker(Entity entity, double confidence) {
      this(entity, confidence, List.of());
    }
  }

  /** A quotation left open at its paragraph's end, whose speaker the next paragraph may name. */
  private record Open(String text, CharSpan span) {
    int end() {
      return span.end();
    }
  }

  /** One quote for each of the speaker's actors: a joint statement is said by all of them. */
  private static List<Fact.Quote> quotes(
      ResolvedArticle article, String text, CharSpan span, Speaker speaker, double confidence) {
    List<Fact.Quote> said = new ArrayList<>();
    for (Entity e : concat(speaker.entity, speaker.with)) {
      said.add(
          new Fact.Quote(
              e,
              text.replaceAll("[,\\s]+$", ""),
              confidence,
              List.of(evidence(article.annotated(), span))));
    }
    return said;
  }

  private static List<Entity> concat(Entity first, List<Entity> rest) {
    List<Entity> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  /**
   * Whether a quotation opens the paragraph right after one left open at {@code openEnd}: {@code
   * “The rest is weeks away.} newline {@code “We will sign,” Doe said.} are one speaker's, and so
   * are the paragraphs of a statement quoted paragraph by paragraph.
   */
  private static boolean goesOnIn(String body, int openEnd, CharSpan next) {
    return openEnd >= 0
        && openEnd <= next.start()
        && body.substring(openEnd, next.start()).isBlank();
  }

  /**
   * {@code “It is over.”} after another quotation: a whole sentence of its own (a capital first, a
   * full stop last, nothing of the reporter's sentence before it), which news gives to the speaker
   * quoted just before.
   */
  private static boolean standsAlone(String body, CharSpan quote, String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || !closesSentence(body, quote)) {
      return false;
    }
    int k = quote.start() - 1;
    while (k >= 0 && body.charAt(k) != '\n' && Character.isWhitespace(body.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?\n”\"".indexOf(body.charAt(k)) >= 0;
  }

  /** The most words of a clause that introduces a quotation after a colon. */
  private static final int INTRODUCER_WORDS = 12;

  /**
   * {@code Doe was blunt: “We will not pay.”} / {@code Doe put it plainly: “…”}: a short clause
   * whose subject is a person, ended by a colon right before a quotation that opens with a capital,
   * introduces that person's words without a verb of speech; the person opens the sentence, after
   * at most a title ({@code The Freedonian president, Jane Doe, was blunt: “…”}), and is the
   * clause's only person.
   */
  private static Optional<Entity> introducer(ResolvedArticle article, CharSpan quote) {
    Optional<Sentence> s =
        article.annotated().sentenceOf(new CharSpan(quote.start(), quote.start()));
    if (s.isEmpty() || s.get().span().start() >= quote.start()) {
      return Optional.empty();
    }
    CharSpan clause = new CharSpan(s.get().span().start(), quote.start());
    String text = article.annotated().body().substring(clause.start(), clause.end());
    if (!text.strip().endsWith(":")
        || text.split("\\s+").length > INTRODUCER_WORDS
        || text.matches("(?s).*[“”\"‘’\n].*")) {
      return Optional.empty();
    }
    List<ResolvedArticle.Located> people =
        article.mentionsWithin(clause).stream()
            .filter(l -> l.entity().type() == EntityType.PERSON)
            .toList();
    if (people.isEmpty()
        || people.stream().map(ResolvedArticle.Located::entity).distinct().count() != 1) {
      return Optional.empty();
    }
    List<org.actorgraph.annotate.Token> tokens = s.get().tokens();
    int first = s.get().tokenAt(people.get(0).mention().span().start());
    for (int i = 0; i < first; i++) {
      if (tokens.get(i).pos().matches("VERB|AUX|ADP|SCONJ|PRON")) {
        return Optional.empty();
      }
    }
    return Optional.of(people.get(0).entity());
  }

  /** Whether nothing but spaces follows a quotation on its line. */
  private static boolean endsLine(String body, CharSpan quote) {
    int k = quote.end();
    while (k < body.length() && body.charAt(k) != '\n' && Character.isWhitespace(body.charAt(k))) {
      k++;
    }
    return k == body.length() || body.charAt(k) == '\n';
  }

  /**
   * Whether the quotation ends its own sentence with a full stop inside the marks ({@code “It is
   * over.”}, or before the paragraph's end when it goes on in the next): news then starts a new
   * sentence, and a name after it is no attribution.
   */
  private static boolean closesSentence(String body, CharSpan quote) {
    int k = quote.end() - 1;
    if ("”\"’'".indexOf(body.charAt(k)) >= 0) {
      k--;
    }
    while (k > quote.start() && Character.isWhitespace(body.charAt(k))) {
      k--;
    }
    return k > quote.start() && body.charAt(k) == '.';
  }

  /**
   * {@code "The talks failed," Doe added, "and we will leave."}: a quotation that starts in lower
   * case right after the attribution that closed the one before (a short stretch ending in a comma,
   * no sentence end) goes on with that quotation's speaker.
   */
  private static Optional<Speaker> continued(
      String body, Optional<Speaker> last, int lastEnd, CharSpan quote, String text) {
    if (last.isEmpty()
        || text.isEmpty()
        || !Character.isLowerCase(text.charAt(0))
        || quote.start() - lastEnd > CONTINUATION_GAP
        || quote.start() < lastEnd) {
      return Optional.empty();
    }
    String gap = body.substring(lastEnd, quote.start()).strip();
    return gap.endsWith(",") && !gap.matches(".*[.!?;:\n].*") ? last : Optional.empty();
  }

  private Optional<Speaker> speaker(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      String body,
      CharSpan quote,
      Optional<Entity> previous) {
    String after = body.substring(quote.end(), Math.min(body.length(), quote.end() + 80));
    if (DOCUMENT_AFTER.matcher(after).find()) {
      Optional<Sentence> s =
          article.annotated().sentenceOf(new CharSpan(quote.start(), quote.start()));
      if (s.isPresent()) {
        return ReportedQuotes.issuer(article, SentenceActors.of(article, s.get()), quote.start())
            .map(e -> new Speaker(e, 0.7));
      }
    }
    Matcher a = AFTER.matcher(after);
    // a full stop after the mark ends the sentence as one inside it does: 'were "unfair". Roe said'
    if (!closesSentence(body, quote) && !after.startsWith(".") && a.find()) {
      boolean first = a.group("name") != null;
      Optional<Speaker> named =
          named(
              article,
              holders,
              a,
              first ? "name" : "name2",
              first ? "appos" : "appos2",
              quote.end(),
              quote,
              previous);
      if (named.isPresent()) {
        return named;
      }
    }
    int from = Math.max(0, quote.start() - 120);
    String before = body.substring(from, quote.start());
    int newline = before.lastIndexOf('\n');
    if (newline >= 0) {
      before = before.substring(newline + 1);
      from = quote.start() - before.length();
    }
    Matcher b = BEFORE.matcher(before);
    boolean sentence =
        quote.start() + 1 < body.length() && Character.isUpperCase(body.charAt(quote.start() + 1));
    if (b.find() && (b.group("mark") != null || sentence)) {
      return named(article, holders, b, "name", "appos", from, quote, previous);
    }
    Matcher h = LINE_SPEAKER.matcher(before);
    if (h.find() && endsLine(body, quote)) {
      return resolve(article, holders, h.group("name"), from + h.start("name"), quote, previous);
    }
    if (sentence) {
      Optional<Entity> introducer = introducer(article, quote);
      if (introducer.isPresent()) {
        return introducer.map(e -> new Speaker(e, 0.75));
      }
    }
    Matcher c = ACCORDING.matcher(before);
    if (c.find()) {
      return resolve(article, holders, c.group("name"), from + c.start("name"), quote, previous);
    }
    return Optional.empty();
  }

  /**
   * The speaker an attribution's name and its apposition set off by commas name: {@code Doe, the
   * Freedonian foreign minister, said} is Doe, and so is {@code the president of Freedonia, Jane
   * Doe, said}, where the name is a title whose owner is a country and the apposition the person.
   */
  private Optional<Speaker> named(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      Matcher m,
      String nameGroup,
      String apposGroup,
      int offset,
      CharSpan quote,
      Optional<Entity> previous) {
    Optional<Speaker> named =
        resolve(article, holders, m.group(nameGroup), offset + m.start(nameGroup), quote, previous);
    if (m.group(apposGroup) == null
        || named.filter(sp -> sp.entity().type() == EntityType.PERSON).isPresent()) {
      return named;
    }
    Optional<Speaker> apposed =
        resolve(
            article, holders, m.group(apposGroup), offset + m.start(apposGroup), quote, previous);
    return named.isEmpty()
            || apposed.filter(sp -> sp.entity().type() == EntityType.PERSON).isPresent()
        ? apposed.or(() -> named)
        : named;
  }

  /**
   * The entity the attribution names: a mention inside it, or a pronoun's antecedent, which is the
   * speaker of a quotation just before (news quotes one speaker in a row) or else the last person
   * named, passing over people whose known gender the pronoun does not fit.
   */
  private Optional<Speaker> resolve(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      String name,
      int nameStart,
      CharSpan quote,
      Optional<Entity> previous) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    if (PRONOUNS.contains(last) || PRONOUNS.contains(words[0])) {
      String pronoun = PRONOUNS.contains(last) ? last : words[0];
      return previous
          .filter(e -> PersonGender.mayStandFor(pronoun, e, article))
          .or(() -> lastSubjectBefore(article, quote.start(), pronoun))
          .or(() -> PersonGender.lastPersonBefore(article, quote.start(), pronoun))
          .map(e -> new Speaker(e, 0.85));
    }
    CharSpan nameSpan = new CharSpan(nameStart, nameStart + name.length());
    List<ResolvedArticle.Located> within =
        article.mentionsWithin(nameSpan).stream()
            .filter(l -> l.entity().type() != EntityType.PLACE)
            .toList();
    Optional<ResolvedArticle.Located> named =
        within.isEmpty() ? Optional.empty() : Optional.of(ofOwner(article, within));
    if (named.isPresent() && named.get().entity().type() != EntityType.PERSON) {
      Optional<Entity> holder = titleHolder(article, holders, named.get(), nameSpan, quote.start());
      if (holder.isPresent()) {
        return holder.map(e -> new Speaker(e, 0.85));
      }
    }
    if (named.isEmpty()) {
      Optional<Speaker> pair = pair(article, name, quote.start());
      if (pair.isPresent()) {
        return pair;
      }
      return described(holders, words, quote.start())
          .map(e -> new Speaker(e, 0.8))
          .or(() -> body(article, words, quote.start()).map(e -> new Speaker(e, 0.75)));
    }
    return named.map(l -> new Speaker(l.entity(), 0.9));
  }

  /**
   * The speaker among the actors an attribution names, the last of them, but for {@code Foreign
   * Minister Jane Doe of Freedonia told reporters}, where the actor after "of" is the person's
   * country and the person speaks.
   */
  private static ResolvedArticle.Located ofOwner(
      ResolvedArticle article, List<ResolvedArticle.Located> within) {
    ResolvedArticle.Located last = within.get(within.size() - 1);
    if (within.size() < 2 || last.entity().type() == EntityType.PERSON) {
      return last;
    }
    ResolvedArticle.Located before = within.get(within.size() - 2);
    if (before.mention().span().end() > last.mention().span().start()) {
      // nested mentions ("the Freedonian president", a description of a person, over the
      // demonym): the person the longer one names speaks, else the last is read as before
      return before.entity().type() == EntityType.PERSON ? before : last;
    }
    String between =
        article
            .annotated()
            .body()
            .substring(before.mention().span().end(), last.mention().span().start());
    return before.entity().type() == EntityType.PERSON && between.matches("\\s+of\\s+(the\\s+)?")
        ? before
        : last;
  }

  /**
   * {@code “…,” the two sides said in a joint statement} / {@code both governments said}: the pair
   * the phrase stands for ({@link PairAntecedents}) said it together; empty when the article named
   * no such pair before.
   */
  private static Optional<Speaker> pair(ResolvedArticle article, String name, int before) {
    return PairAntecedents.kindOf(name)
        .map(kind -> PairAntecedents.before(article, before, kind, Set.of()))
        .filter(p -> p.size() == 2)
        .map(p -> new Speaker(p.get(0), 0.75, p.subList(1, p.size())));
  }

  /**
   * {@code “…,” the minister said}: "the" and a title stand for the one person the article has
   * named before in an office of that title or one ending in it ({@link
   * ActorPhrases.Holders#onlyHolderNamedBefore}).
   */
  private static Optional<Entity> described(
      ActorPhrases.Holders holders, String[] words, int before) {
    if (words.length < 2 || words.length > 3 || !words[0].equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    String role =
        String.join(" ", Arrays.copyOfRange(words, 1, words.length)).toLowerCase(Locale.ROOT);
    return holders.onlyHolderNamedBefore(role, before);
  }

  /**
   * {@code According to the ministry, …} / {@code “…,” the army said}: "the" and a noun stand for
   * the one organisation named before whose name has that word ("the Ministry of Foreign Affairs");
   * empty when none or several are.
   */
  private static Optional<Entity> body(ResolvedArticle article, String[] words, int before) {
    if (words.length != 2 || !words[0].equalsIgnoreCase("the") || !words[1].matches("\\p{Ll}+")) {
      return Optional.empty();
    }
    Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(words[1]) + "\\b");
    List<Entity> found =
        article.mentionsWithin(new CharSpan(0, before)).stream()
            .map(ResolvedArticle.Located::entity)
            .filter(e -> e.type() == EntityType.ORGANISATION)
            .filter(
                e ->
                    word.matcher(e.label()).find()
                        || e.aliases().stream().anyMatch(a -> word.matcher(a).find()))
            .distinct()
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * {@code the Freedonian president said}: the title after a country or body at the end of the
   * attribution, held in the article by one person there, names that person (the speaker is the
   * president, not Freedonia); else the one person named before the quotation whose known office
   * there fits the title ({@link TitledSpeakers}).
   */
  private Optional<Entity> titleHolder(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      ResolvedArticle.Located owner,
      CharSpan nameSpan,
      int before) {
    String rest =
        article.annotated().body().substring(owner.mention().span().end(), nameSpan.end());
    String title =
        POSSESSIVE.matcher(rest).replaceFirst("").strip().toLowerCase(java.util.Locale.ROOT);
    return title.isEmpty()
        ? Optional.empty()
        : holders
            .holder(owner.entity(), title)
            .or(() -> titled.holder(article, holders, owner.entity(), title, before));
  }

  /**
   * Whether a person other than the last speaker becomes the subject of a sentence between two
   * offsets (opens it, or is followed by its verb), becoming what "he" refers to.
   */
  private static boolean newSubject(
      ResolvedArticle article, int from, int to, Optional<Entity> speaker) {
    if (from < 0) {
      return true;
    }
    for (ResolvedArticle.Located l : article.mentionsWithin(new CharSpan(from, to))) {
      if (l.entity().type() != EntityType.PERSON || speaker.equals(Optional.of(l.entity()))) {
        continue;
      }
      Optional<Sentence> s = article.annotated().sentenceOf(l.mention().span());
      if (s.isEmpty()) {
        continue;
      }
      List<org.actorgraph.annotate.Token> tokens = s.get().tokens();
      int first = s.get().tokenAt(l.mention().span().start());
      int next = first + 1;
      while (next < tokens.size() && tokens.get(next).span().start() < l.mention().span().end()) {
        next++;
      }
      if (first <= 1 || next < tokens.size() && tokens.get(next).pos().matches("VERB|AUX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last person named before {@code offset} as a subject (opening a sentence or followed by a
   * verb) whom {@code pronoun} may stand for: what "he" in "Addressing supporters of Y, he said"
   * refers to, not the object Y.
   */
  private static Optional<Entity> lastSubjectBefore(
      ResolvedArticle article, int offset, String pronoun) {
    Entity found = null;
    for (ResolvedArticle.Located l : article.mentionsWithin(new CharSpan(0, offset))) {
      if (l.entity().type() == EntityType.PERSON
          && PersonGender.mayStandFor(pronoun, l.entity(), article)
          && newSubject(
              article, l.mention().span().start(), l.mention().span().end(), Optional.empty())) {
        found = l.entity();
      }
    }
    return Optional.ofNullable(found);
  }

  static Evidence evidence(AnnotatedArticle article, CharSpan span) {
    Sentence s =
        article
            .sentenceOf(span)
            .orElseThrow(() -> new IllegalStateException("no sentence holds " + span));
    return new Evidence(s.index(), span);
  }
}
