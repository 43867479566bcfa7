package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Definite descriptions that refer back to an organisation named before them: "the group", "the
 * militant group", "the militants", "the rebels", "the party", "the company", "the firm", "the
 * movement", "the organisation", "the alliance". Wraps a resolver as {@link CountryDescriptions}
 * does: each description becomes one more mention of the organisation it stands for, adds no name
 * to it and makes no entity of its own.
 *
 * <p>A description is {@code the} (or a demonstrative: "this group", "these militants"), at most
 * {@value #MAX_MODIFIERS} lower-case modifiers (adjectives, participles or nouns: "the militant
 * group", "the opposition party"; none of {@code description_blockers.txt} nor a block word of the
 * data: "the other group", "the rival group"), at most one country's demonym among them ("the
 * Lebanese group": the organisation must be of that country by the gazetteer, so "the Palestinian
 * group" is not Hezbollah), and a lower-case head noun that ends its noun phrase ("the group's
 * leader", not "the group of protesters"). Each head accepts some kinds of organisation ({@code
 * organisation_descriptions.tsv}): an organisation's kind is its gazetteer subtype, else a
 * government body's when its last word is a body head ("Ministry"), else the kind its last word
 * gives ("Freedom Brigade": an armed group), else unknown, which every head accepts. An
 * organisation whose name ends in the head ("the alliance" for "Freedom Alliance") always fits, and
 * a noun that is listed nowhere but ends an organisation's name in the article ("the ministry" for
 * "Freedonia's Foreign Ministry", "the union" for "Northern Union") is a head that only such an
 * organisation fits. A bloc noun ("the group", "the alliance", "the organisation") with an
 * international organisation in reach is left to relate's bloc rule.
 *
 * <p>The antecedent is the one organisation of a fitting kind named in the description's sentence
 * before it or in the {@value #WINDOW} sentences before that (one of unknown kind: the sentence
 * before only), paragraph breaks included: two different fitting organisations there leave the
 * description unresolved, so it never reaches past a nearer paragraph that names another candidate.
 * A description resolved so counts as a mention for the descriptions after it.
 */
public final class OrganisationDescriptions implements EntityResolver {

  /**
   * How many sentences before its own a description may look back for an organisation of a known
   * kind; one of unknown kind must be named in the description's sentence or the one before.
   */
  static final int WINDOW = 2;

  /** How many modifiers may stand between "the" and the head ("the armed militant group": 2). */
  static final int MAX_MODIFIERS = 3;

  /** Marks a kind in the data whose organisations leave a description to other rules. */
  static final String LEFT = "!";

  /** The kind of an organisation no lexicon or name word classifies. */
  static final String UNKNOWN = "Organisation";

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationDescriptions.class);
  private static final String DIR = "/org/actorgraph/resolve/";
  private static final String FINDER = "description";
  private static final Set<String> SINGULAR_DEMONSTRATIVES = Set.of("this", "that");
  private static final Set<String> PLURAL_DEMONSTRATIVES = Set.of("these", "those");
  private static final double CONFIDENCE = 0.6;
  private static final Set<String> CLAUSE_MATE = Set.of("VERB", "AUX", "ADV", "PART");

  private final EntityResolver names;
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> heads;
  private final Map<String, String> nameWords;
  private final Set<String> blockers;
  private final Set<String> naming;
  private final Set<String> links;
  private final Set<String> trades;

  /**
   * @param names the resolver that groups the named mentions into entities
   * @param gazetteer the government-body heads that mark an unlisted organisation as a body
   */
  public OrganisationDescriptions(EntityResolver names, Gazetteer gazetteer) {
    this.names = names;
    this.gazetteer = gazetteer;
    this.heads = new HashMap<>();
    this.nameWords = new HashMap<>();
    Set<String> block = new HashSet<>();
    Set<String> namingWords = new HashSet<>();
    Set<String> linkWords = new HashSet<>();
    Set<String> tradeWords = new HashSet<>();
    read(
        WordFiles.read(DIR + "organisation_descriptions.tsv"),
        heads,
        nameWords,
        block,
        namingWords,
        linkWords,
        tradeWords);
    this.naming = Set.copyOf(namingWords);
    this.links = Set.copyOf(linkWords);
    this.trades = Set.copyOf(tradeWords);
    for (String w : WordFiles.read(DIR + "description_blockers.txt")) {
      block.add(w.toLowerCase(Locale.ROOT));
    }
    this.blockers = Set.copyOf(block);
  }

  static void read(
      List<String> lines,
      Map<String, Set<String>> heads,
      Map<String, String> names,
      Set<String> blockers,
      Set<String> naming,
      Set<String> links,
      Set<String> trades) {
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("organisation_descriptions.tsv: bad line '" + line + "'");
      }
      if (f[0].equals("row")) {
        continue;
      }
      if (f[0].equals("block")) {
        blockers.add(f[1]);
        continue;
      }
      if (f[0].equals("link")) {
        links.add(f[1]);
        continue;
      }
      if (f[0].equals("naming")) {
        naming.add(f[1]);
        continue;
      }
      for (String written : f[2].split("\\|")) {
        String kind = written.startsWith(LEFT) ? written.substring(1) : written;
        if (!kind.equals(UNKNOWN) && EntitySubtype.fromLabel(kind).isEmpty()) {
          throw new IllegalStateException("organisation_descriptions.tsv: no kind " + kind);
        }
      }
      switch (f[0]) {
        case "head" -> heads.put(f[1], Set.of(f[2].split("\\|")));
        case "trade" -> {
          heads.put(f[1], Set.of(f[2].split("\\|")));
          trades.add(f[1]);
        }
        case "name" -> names.put(f[1], f[2]);
        default ->
            throw new IllegalStateException(
                "organisation_descriptions.tsv: row '" + f[0] + "' is no head, trade or name");
      }
    }
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions) {
    ResolvedArticle named = names.resolve(article, mentions);
    return CountryDescriptions.withAdded(named, describe(named));
  }

  /** The description mentions found, by the organisation they stand for. */
  Map<Entity, List<Mention>> describe(ResolvedArticle article) {
    Map<Entity, List<Mention>> added = new HashMap<>();
    List<List<ResolvedArticle.Located>> bySentence = CountryDescriptions.bySentence(article);
    if (bySentence.stream().flatMap(List::stream).noneMatch(this::isOrganisation)) {
      return added;
    }
    Map<Entity, String> kinds = new HashMap<>();
    Set<String> nameEnds = new HashSet<>();
    bySentence.stream()
        .flatMap(List::stream)
        .filter(this::isOrganisation)
        .forEach(l -> nameEnds.add(lastWord(l.entity().label())));
    String body = article.annotated().body();
    for (Sentence s : article.annotated().sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String word = tokens.get(i).text();
        Set<String> accepts = heads.getOrDefault(word, nameEnds.contains(word) ? Set.of() : null);
        if (accepts == null || !DescriptionPhrases.endsPhrase(tokens, i) || namesNext(tokens, i)) {
          continue;
        }
        Optional<Phrase> phrase = phrase(tokens, i, bySentence.get(s.index()));
        if (phrase.isEmpty()) {
          continue;
        }
        Optional<CharSpan> span = phrase.map(Phrase::span);
        String head = tokens.get(i).text();
        Optional<Entity> org =
            unnamedBefore(article.annotated().sentences(), s.index(), i, bySentence)
                ? Optional.empty()
                : antecedent(
                    phrase.get(),
                    s,
                    head,
                    accepts,
                    article.annotated().sentences(),
                    bySentence,
                    kinds);
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "{}: '{}' refers to {} in: {}",
              article.annotated().article().id(),
              span.get().of(body),
              org.map(Entity::label).orElse("no organisation"),
              s.text());
        }
        if (org.isPresent()) {
          Mention m =
              new Mention(
                  span.get(),
                  span.get().of(body),
                  EntityType.ORGANISATION,
                  s.index(),
                  FINDER,
                  CONFIDENCE,
                  org.get().wikidata());
          added.computeIfAbsent(org.get(), k -> new ArrayList<>()).add(m);
          CountryDescriptions.insert(
              bySentence.get(s.index()), new ResolvedArticle.Located(m, org.get()));
        }
      }
    }
    return added;
  }

  /**
   * A description read: its span, the country a demonym among its modifiers gives ("the Lebanese
   * group"), which its organisation must be of, and the actor a link compound names ("the
   * Iran-backed group"), which it is not.
   */
  private record Phrase(CharSpan span, Optional<String> country, Optional<Entity> other) {}

  /**
   * The phrase from "the" to the head at {@code head}, when only lower-case modifiers that are no
   * blockers and at most one country's demonym stand between them, and no named mention overlaps it
   * but that demonym's.
   */
  private Optional<Phrase> phrase(
      List<Token> tokens, int head, List<ResolvedArticle.Located> named) {
    int the = head - 1;
    String noun = tokens.get(head).text();
    Optional<GazetteerEntry> country = Optional.empty();
    CharSpan demonym = null;
    Optional<ResolvedArticle.Located> link = Optional.empty();
    while (the >= 0 && head - the <= MAX_MODIFIERS && !isThe(tokens.get(the), noun)) {
      if (link.isEmpty() && (link = linkedName(tokens, the, named)).isPresent()) {
        the = tokenAt(tokens, link.get().mention().span().start()) - 1;
        continue;
      }
      if (modifier(tokens.get(the))) {
        the--;
        continue;
      }
      int n = country.isEmpty() ? demonymEndingAt(tokens, the) : 0;
      if (n == 0) {
        return Optional.empty();
      }
      country = gazetteer.byDemonym(words(tokens, the - n + 1, the + 1));
      demonym = new CharSpan(tokens.get(the - n + 1).span().start(), tokens.get(the).span().end());
      the -= n;
    }
    if (the < 0 || !isThe(tokens.get(the), noun)) {
      return Optional.empty();
    }
    CharSpan span = new CharSpan(tokens.get(the).span().start(), tokens.get(head).span().end());
    for (ResolvedArticle.Located l : named) {
      CharSpan m = l.mention().span();
      if (m.overlaps(span)
          && !(demonym != null && demonym.contains(m))
          && !(link.isPresent() && link.get().mention().span().contains(m))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Phrase(
            span,
            country.flatMap(GazetteerEntry::isoCode),
            link.map(ResolvedArticle.Located::entity)));
  }

  /**
   * The named mention of a link compound whose link word is token {@code word} ("the Iran-backed
   * group", "the al-Qaeda-linked militants"): the name ends just before the hyphen before it.
   */
  private Optional<ResolvedArticle.Located> linkedName(
      List<Token> tokens, int word, List<ResolvedArticle.Located> named) {
    if (word < 2
        || !tokens.get(word - 1).text().equals("-")
        || !links.contains(tokens.get(word).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int end = tokens.get(word - 2).span().end();
    return named.stream().filter(l -> l.mention().span().end() == end).findFirst();
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().start() < offset) {
      i++;
    }
    return i;
  }

  /**
   * How many capitalised tokens (two or one) ending at {@code end} spell a country's demonym
   * ("Lebanese", "South Korean"); 0 when none do.
   */
  private int demonymEndingAt(List<Token> tokens, int end) {
    for (int n = Math.min(2, end + 1); n >= 1; n--) {
      boolean capitalised = true;
      for (int k = end - n + 1; k <= end; k++) {
        capitalised &= tokens.get(k).isCapitalised();
      }
      if (capitalised
          && gazetteer
              .byDemonym(words(tokens, end - n + 1, end + 1))
              .filter(c -> c.type() == EntityType.COUNTRY && c.isoCode().isPresent())
              .isPresent()) {
        return n;
      }
    }
    return 0;
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(tokens.get(k).text());
    }
    return b.toString();
  }

  private boolean modifier(Token t) {
    String w = t.text();
    String pos = t.pos();
    return !w.isEmpty()
        && Character.isLowerCase(w.charAt(0))
        && !blockers.contains(w)
        && (pos.equals("ADJ") || pos.equals("VERB") || pos.equals("NOUN") || pos.equals("ADV"));
  }

  /**
   * Whether the window before the head at token {@code head} of sentence {@code sentence} speaks of
   * another thing by the same noun that is no named organisation ("a group of protesters", "the
   * group of protesters", "militants attacked"): the description may be about that one. An
   * occurrence that introduces a name ("the militant group Red Brigade"), follows one ("Red Brigade
   * militants"), stands in a name ("Unity Party") or is itself a description ("the group said") is
   * none.
   */
  private boolean unnamedBefore(
      List<Sentence> sentences,
      int sentence,
      int head,
      List<List<ResolvedArticle.Located>> bySentence) {
    String noun = sentences.get(sentence).tokens().get(head).text();
    for (int s = sentence; s >= 0 && s >= sentence - WINDOW; s--) {
      List<Token> tokens = sentences.get(s).tokens();
      int end = s == sentence ? head : tokens.size();
      for (int i = 0; i < end; i++) {
        if (tokens.get(i).text().equalsIgnoreCase(noun)
            && !introducesName(tokens, i)
            && !inName(tokens.get(i), bySentence.get(s))
            && !followsOrganisation(tokens, i, bySentence.get(s))
            && !(DescriptionPhrases.endsPhrase(tokens, i) && phraseWithThe(tokens, i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean introducesName(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised();
  }

  private static boolean inName(Token t, List<ResolvedArticle.Located> mentions) {
    for (ResolvedArticle.Located l : mentions) {
      if (l.mention().span().overlaps(t.span())) {
        return true;
      }
    }
    return false;
  }

  private boolean followsOrganisation(
      List<Token> tokens, int i, List<ResolvedArticle.Located> mentions) {
    if (i == 0) {
      return false;
    }
    int end = tokens.get(i - 1).span().end();
    for (ResolvedArticle.Located l : mentions) {
      if (l.mention().span().end() == end && isOrganisation(l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "the" opens the phrase of the noun at {@code i} across lower-case modifiers. */
  private boolean phraseWithThe(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS + 1; k--) {
      if (isThe(tokens.get(k), tokens.get(i).text())) {
        return true;
      }
      if (!modifier(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The one organisation of a fitting kind named in the window before the description, leaving out
   * the subject of the verb whose object the description is, and for a trade noun ("the airline") a
   * name that only modifies a noun after it ("Boeing jets": the maker's products, while the company
   * the sentence is about may be one no name finder knew).
   */
  private Optional<Entity> antecedent(
      Phrase phrase,
      Sentence in,
      String head,
      Set<String> accepts,
      List<Sentence> sentences,
      List<List<ResolvedArticle.Located>> bySentence,
      Map<Entity, String> kinds) {
    Set<Entity> found = new LinkedHashSet<>();
    CharSpan at = phrase.span();
    int sentence = in.index();
    for (int s = sentence; s >= 0 && s >= sentence - WINDOW; s--) {
      for (ResolvedArticle.Located l : bySentence.get(s)) {
        if (l.mention().span().end() > at.start()
            || !isOrganisation(l)
            || (s == sentence && subjectOfObject(in.tokens(), l.mention().span(), at))
            || (trades.contains(head)
                && modifiesNoun(sentences.get(s).tokens(), l.mention().span()))) {
          continue;
        }
        Entity e = l.entity();
        String kind = kinds.computeIfAbsent(e, this::kind);
        if (accepts.contains(LEFT + kind)) {
          return Optional.empty(); // "the alliance" near a bloc: relate's bloc rule decides
        }
        if (fits(e, head, accepts, kind)
            && ofCountry(e, phrase.country())
            && !phrase.other().equals(Optional.of(e))
            && (s >= sentence - 1 || !kind.equals(UNKNOWN))) {
          found.add(e);
          if (found.size() > 1) {
            return Optional.empty();
          }
        }
      }
    }
    return found.stream().findFirst();
  }

  /**
   * Whether {@code subject} is the subject of the verb whose object is {@code description}: only
   * verbs, auxiliaries, adverbs and particles stand between them, one a verb ("NATO condemned the
   * group", "NATO has strongly condemned the alliance"), and no verb follows the description, which
   * would make it the subject of a clause of its own ("NATO said the alliance would act"). A
   * definite description is not the same as its clause's subject (the binding condition on
   * referring expressions: "the group" in "Hamas praised the group" is another group). A comma
   * apposition may stand between them: the comma that closes one right after the subject ("The
   * chairman of Orbis, Jane Doe, met the Freedonian president"), or one of no verb that opens there
   * ("Jane Doe, the head of Orbis, met the Freedonian president").
   */
  static boolean subjectOfObject(List<Token> tokens, CharSpan subject, CharSpan description) {
    boolean verb = false;
    int from = apposedEnd(tokens, subject, description);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.span().start() >= description.end()) {
        return verb && !t.pos().equals("VERB") && !t.pos().equals("AUX");
      }
      if (t.span().start() < from || t.span().end() > description.start()) {
        continue;
      }
      if (!CLAUSE_MATE.contains(t.pos())) {
        return false;
      }
      verb |= t.pos().equals("VERB");
    }
    return verb;
  }

  /**
   * Where the clause of the name {@code subject} goes on after a comma apposition that stands right
   * after it: past the apposition's closing comma when a comma follows the name and another one
   * closes a phrase of no verb before the description, else past the one comma (which closes an
   * apposition the name ends); the name's end when no comma follows it.
   */
  private static int apposedEnd(List<Token> tokens, CharSpan subject, CharSpan description) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().start() < subject.end()) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return subject.end();
    }
    for (int j = i + 1; j < tokens.size() && j - i <= 15; j++) {
      Token t = tokens.get(j);
      if (t.span().end() > description.start() || t.pos().equals("VERB") || t.pos().equals("AUX")) {
        break;
      }
      if (t.text().equals(",")) {
        return t.span().end();
      }
    }
    return tokens.get(i).span().end();
  }

  /** Whether a lower-case noun follows the name at {@code name} ("Boeing jets"). */
  private static boolean modifiesNoun(List<Token> tokens, CharSpan name) {
    for (Token t : tokens) {
      if (t.span().start() >= name.end()) {
        return t.pos().equals("NOUN") && Character.isLowerCase(t.text().charAt(0));
      }
    }
    return false;
  }

  private boolean isOrganisation(ResolvedArticle.Located l) {
    return l.entity().type() == EntityType.ORGANISATION;
  }

  /**
   * Whether organisation {@code e} is of the country a demonym in the description names: the
   * gazetteer must say so; any organisation fits a description with no demonym.
   */
  private boolean ofCountry(Entity e, Optional<String> iso) {
    return iso.isEmpty() || gazetteerCountries(e, gazetteer).contains(iso.get());
  }

  /**
   * The countries (ISO codes) that the gazetteer entries of an entity's mentions give it: an
   * organisation's seat, a person's country ({@link PersonDescriptions}); empty when it is none of
   * the gazetteer's or has no country there.
   */
  static Set<String> gazetteerCountries(Entity e, Gazetteer gazetteer) {
    Set<String> out = new HashSet<>();
    e.mentions().stream()
        .map(Mention::key)
        .flatMap(Optional::stream)
        .map(gazetteer::byKey)
        .flatMap(Optional::stream)
        .forEach(g -> g.country().ifPresent(out::add));
    return out;
  }

  private static boolean fits(Entity e, String head, Set<String> accepts, String kind) {
    return accepts.contains(kind) || lastWord(e.label()).equals(head);
  }

  /** The kind of organisation {@code e} is: its subtype, a body's, its name word's, or unknown. */
  String kind(Entity e) {
    if (e.subtype().isPresent()) {
      return e.subtype().get();
    }
    String[] words = e.label().split("[\\s.,]+");
    String last = words.length == 0 ? "" : words[words.length - 1];
    if (gazetteer.governmentBodyHead(last).isPresent()) {
      return EntitySubtype.GOVERNMENT_BODY.label();
    }
    return nameWords.getOrDefault(last.toLowerCase(Locale.ROOT), UNKNOWN);
  }

  private static String lastWord(String label) {
    int space = label.lastIndexOf(' ');
    return label.substring(space + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a naming word follows the head, at most one word after it ("the company previously
   * known as Orbis", "a group called X"): the phrase introduces a name rather than refers back.
   */
  private boolean namesNext(List<Token> tokens, int head) {
    for (int k = head + 1; k < tokens.size() && k <= head + 2; k++) {
      if (naming.contains(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token is a definite determiner of {@code noun}: "the", or a demonstrative of its
   * number ("this barbaric group", "these militants"; not "said that militants attacked").
   */
  private static boolean isThe(Token t, String noun) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("the")
        || (noun.endsWith("s") ? PLURAL_DEMONSTRATIVES : SINGULAR_DEMONSTRATIVES).contains(w);
  }
}
