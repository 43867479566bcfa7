package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Measures listed under a sentence that introduces them ({@code A imposed the following sanctions
 * on B:} then {@code 1. Closure of borders between A and B;}, {@code - a freeze of B's assets}):
 * each item, a line of its own that names the measure but not who takes it, is an act of the lead
 * sentence's subject against the actor the item names, of the category of the item's measure (CAMEO
 * 16 reduce relations or 17 coerce; codebook 163 and 172); an item that names no actor ({@code -
 * suspension of diplomatic relations}) is aimed at whom the lead names after "on" or "against";
 * under a lead that names no imposer ({@code The summit imposed the following sanctions on B:}),
 * the other side of {@code between A and B} takes the measure. An item that names its own actor
 * before the measure ({@code 1. Canada froze B's assets}) is left to the ordinary readings, and so
 * are leads that ask or demand ({@code A demanded the following of B:}, codebook 02 and 10: the
 * items are what is asked for, not done).
 *
 * <p>Design decision: a lead introduces a list only when it ends with a colon or says {@code the
 * following} or {@code as follows}, and a line is an item only when it opens with a list marker
 * ({@code 1.}, {@code 2)}, {@code (a)}, {@code ii.}, {@code -}, {@code *}, a bullet) or follows the
 * lead without a verb; a numbered line after an ordinary sentence inherits nothing. The imposer is
 * read by word order: the actors before the lead's first verb, else those after "by" ({@code
 * measures were taken against B by A:}).
 */
final class ListItems {

  /**
   * Measure nouns the general noun lexicon leaves without a category ({@code closure}) or reads as
   * a domestic prohibition ({@code ban}), with the category they have in a list of measures.
   */
  private static final Map<String, String> MEASURES = WordLists.pairs("list_measures.tsv");

  /** Nouns that make a lead ask for its items ({@code conditions}), lower case. */
  private static final Set<String> REQUEST_NOUNS = WordLists.set("list_request_nouns.txt");

  /** The categories an item's measure may have: 16 reduce relations and 17 coerce. */
  private static final Set<String> MEASURE_ROOTS = Set.of("16", "17");

  /** CAMEO 02 appeal and 10 demand: a lead with such a word lists what is asked for. */
  private static final Set<String> REQUESTS = Set.of("02", "10");

  /** The confidence of an item's act: its actor is not named on its line. */
  private static final double CONFIDENCE = 0.6;

  private ListItems() {}

  /**
   * The actors a sentence introducing a list names as taking the measures and as their target, and
   * the words that name the former there.
   *
   * @param imposers the actors before the lead's first verb, else those after "by"
   * @param words the lead's words before that verb, lower case: an item's actor named with them
   *     ({@code ECOWAS} after {@code The Authority of Heads of State of ECOWAS decided}) is the
   *     imposer's side, not its target
   * @param targets the actors after "on" or "against" after that verb ({@code sanctions on B:}),
   *     whom an item that names no actor is aimed at, and whose other side in {@code between A and
   *     B} takes the measure when the lead names no imposer
   * @param act the act the lead names when its items are the actors that take it ({@link
   *     ListedActors})
   */
  record Lead(
      List<Entity> imposers,
      Set<String> words,
      List<Entity> targets,
      Optional<ListedActors.Act> act) {
    Lead {
      imposers = List.copyOf(imposers);
      words = Set.copyOf(words);
      targets = List.copyOf(targets);
    }

    /** A lead whose items are measures. */
    Lead(List<Entity> imposers, Set<String> words, List<Entity> targets) {
      this(imposers, words, targets, Optional.empty());
    }

    /** The lead of no list. */
    static final Lead NONE = new Lead(List.of(), Set.of(), List.of());

    boolean isEmpty() {
      return imposers.isEmpty() && targets.isEmpty() && act.isEmpty();
    }
  }

  /**
   * The lead that the sentence of {@code sa} is: the actors before its first verb (else its agents)
   * and those it aims at, when it introduces a list and asks for nothing; else {@link Lead#NONE}. A
   * lead that names no actor at all ({@code The measures include:} after {@code A joined the
   * sanctions.}) takes the actors of the sentence before it, {@code context}.
   */
  static Lead lead(SentenceActors sa, ActorPhrases phrases, Lead context) {
    List<Token> tokens = sa.tokens();
    if (!ListMarkers.introduces(tokens) || requests(tokens)) {
      return Lead.NONE;
    }
    Optional<ListedActors.Act> act = ListedActors.act(sa, phrases);
    if (act.isPresent()) {
      return new Lead(List.of(), Set.of(), List.of(), act);
    }
    return phrases.all().isEmpty() ? context : reading(sa, phrases);
  }

  /**
   * The actors the sentence of {@code sa} names as taking a measure and as its target, read as a
   * lead would be ({@link #lead}), whether or not it introduces a list; {@link Lead#NONE} when it
   * asks for something.
   */
  static Lead context(SentenceActors sa, ActorPhrases phrases) {
    return requests(sa.tokens()) ? Lead.NONE : reading(sa, phrases);
  }

  /** The imposers, their words and the targets of the sentence of {@code sa} ({@link Lead}). */
  private static Lead reading(SentenceActors sa, ActorPhrases phrases) {
    List<Token> tokens = sa.tokens();
    int verb = 0;
    while (verb < tokens.size() && !isVerb(tokens.get(verb))) {
      verb++;
    }
    List<Entity> imposers = new ArrayList<>();
    List<Entity> targets = new ArrayList<>();
    List<Entity> agents = new ArrayList<>();
    for (ActorPhrase p : phrases.all()) {
      Entity e = p.head();
      String before = wordBefore(tokens, p.first()).toLowerCase(Locale.ROOT);
      if (e.type() == EntityType.PLACE || imposers.contains(e) || targets.contains(e)) {
        continue;
      }
      if (p.last() < verb) {
        imposers.add(e);
      } else if (before.equals("on") || before.equals("against")) {
        targets.add(e);
      } else if (before.equals("by")) {
        agents.add(e);
      }
    }
    if (imposers.isEmpty()) {
      // "The following measures were taken against B by A:"
      imposers.addAll(agents);
    }
    Set<String> words = new HashSet<>();
    for (int i = 0; i < verb; i++) {
      words.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }
    return new Lead(imposers, words, targets);
  }

  /**
   * Whether the sentence of {@code tokens}, following a lead or another item, is an item of the
   * list: it opens with a list marker, or has no verb.
   */
  static boolean isItem(List<Token> tokens) {
    return ListMarkers.markerEnd(tokens) > 0 || tokens.stream().noneMatch(ListItems::isVerb);
  }

  /**
   * The acts of the imposers of {@code lead} against the actors the item of {@code sa} names after
   * its measure ({@link #targets}), or against the lead's targets when it names none; when the lead
   * names no imposer, of the other side of {@code between A and B} against B, a lead's target. None
   * when the item names no measure of root 16 or 17, or names an actor of its own before it. Under
   * a lead whose items are the actors, their acts ({@link ListedActors#acts}).
   */
  static List<Fact.Interaction> measures(Lead lead, SentenceActors sa, ActorPhrases phrases) {
    List<Token> tokens = sa.tokens();
    int start = Math.max(ListMarkers.markerEnd(tokens), 0);
    if (lead.act().isPresent()) {
      return ListedActors.acts(lead.act().get(), sa, phrases, start);
    }
    int m = measure(tokens, start);
    if (m < 0
        || sa.negatedOrHypothetical(m)
        || phrases.all().stream().anyMatch(p -> p.first() < m)) {
      return List.of();
    }
    List<Entity> imposers = lead.imposers();
    List<Entity> targets = new ArrayList<>();
    if (imposers.isEmpty()) {
      imposers = otherSides(lead.targets(), phrases.all(), tokens);
      targets.addAll(lead.targets());
    } else if (phrases.all().isEmpty()) {
      targets.addAll(lead.targets());
    } else {
      targets(lead, phrases.all(), tokens).forEach(p -> targets.add(p.head()));
    }
    String root = category(tokens, m).orElseThrow();
    List<Fact.Interaction> out = new ArrayList<>();
    for (Entity target : targets) {
      for (Entity imposer : imposers) {
        out.add(
            new Fact.Interaction(
                imposer,
                target,
                root,
                tokens.get(m).lemma(),
                Optional.empty(),
                CONFIDENCE,
                List.of(sa.evidence())));
      }
    }
    return out;
  }

  /**
   * {@code between A and B} where B is one of {@code targets}: the actors A of {@code named} that
   * stand right after "between" with one of the targets right after the following "and".
   */
  private static List<Entity> otherSides(
      List<Entity> targets, List<ActorPhrase> named, List<Token> tokens) {
    List<Entity> out = new ArrayList<>();
    for (int k = 0; k + 1 < named.size(); k++) {
      ActorPhrase a = named.get(k);
      ActorPhrase b = named.get(k + 1);
      if (wordBefore(tokens, a.first()).equalsIgnoreCase("between")
          && wordBefore(tokens, b.first()).equalsIgnoreCase("and")
          && targets.contains(b.head())
          && !targets.contains(a.head())
          && a.head().type() != EntityType.PLACE) {
        out.add(a.head());
      }
    }
    return out;
  }

  /**
   * The phrases of {@code named}, those a measure names in order, that it is taken against: not
   * places, not the imposers' own side ({@link #ownSide}), not the body a target named after "of"
   * is suspended or expelled from ({@code suspension of B from the League}).
   */
  static List<ActorPhrase> targets(Lead lead, List<ActorPhrase> named, List<Token> tokens) {
    List<ActorPhrase> out = new ArrayList<>();
    boolean ofTarget = false;
    for (ActorPhrase p : named) {
      String before = wordBefore(tokens, p.first());
      if (p.head().type() == EntityType.PLACE
          || ownSide(lead, p, tokens)
          || ofTarget && before.equalsIgnoreCase("from")) {
        continue;
      }
      ofTarget |= before.equalsIgnoreCase("of");
      out.add(p);
    }
    return out;
  }

  /** The word before the phrase starting at {@code first}, over articles ({@code from the B}). */
  private static String wordBefore(List<Token> tokens, int first) {
    int i = first - 1;
    while (i >= 0 && tokens.get(i).pos().equals("DET")) {
      i--;
    }
    return i >= 0 ? tokens.get(i).text() : "";
  }

  /**
   * Whether the phrase {@code p} names the imposers' side: one of them, their country or body, or
   * an actor whose capitalised words the lead's subject holds.
   */
  private static boolean ownSide(Lead lead, ActorPhrase p, List<Token> tokens) {
    if (lead.imposers().contains(p.head())
        || p.qualifier().filter(lead.imposers()::contains).isPresent()) {
      return true;
    }
    boolean named = false;
    for (int i = p.first(); i <= p.last(); i++) {
      Token t = tokens.get(i);
      if (t.isCapitalised()) {
        if (!lead.words().contains(t.text().toLowerCase(Locale.ROOT))) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  /**
   * The index of the item's measure from {@code start}: the first word that names an act as a noun,
   * else the first verb that does (a light verb such as {@code impose} yields to the noun it
   * governs); -1 when that act is not of root 16 or 17, or there is none.
   */
  private static int measure(List<Token> tokens, int start) {
    for (boolean nouns : new boolean[] {true, false}) {
      for (int i = start; i < tokens.size(); i++) {
        if (isVerb(tokens.get(i)) == !nouns || nouns && nominal(tokens, i).isPresent()) {
          Optional<String> c = category(tokens, i);
          if (c.isPresent()) {
            return MEASURE_ROOTS.contains(c.get()) ? i : -1;
          }
        }
      }
    }
    return -1;
  }

  /** The category the word at {@code i} names: as a measure noun, a noun, a nominal or a verb. */
  private static Optional<String> category(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (isVerb(t)) {
      return nominal(tokens, i)
          .or(() -> CameoLexicon.phraseOnly(t.lemma(), tokens, i))
          .or(() -> CameoLexicon.cameo(t.lemma()));
    }
    String word = t.text().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(MEASURES.get(word))
        .or(() -> CameoLexicon.nounCameo(word, t.lemma()))
        .or(() -> nominal(tokens, i));
  }

  /**
   * The category of the noun at {@code n} as a measure that only a measure reading finds: a noun of
   * {@code list_measures.tsv} that the general noun lexicon leaves without a category ({@code
   * closure}; not {@code ban}, which that lexicon reads), or a verb's nominal of root 16 ({@code
   * freeze of B's assets}).
   */
  static Optional<String> measureNoun(List<Token> tokens, int n) {
    Token t = tokens.get(n);
    String word = t.text().toLowerCase(Locale.ROOT);
    if (CameoLexicon.nounCameo(word, t.lemma()).isPresent()) {
      return Optional.empty();
    }
    return Optional.ofNullable(MEASURES.get(word))
        .or(() -> nominal(tokens, n).filter("16"::equals));
  }

  /** {@code freeze of B's assets}: a verb's nominal, read with the words after it. */
  private static Optional<String> nominal(List<Token> tokens, int i) {
    return CameoLexicon.nominalCameo(tokens, i);
  }

  /**
   * Whether a word of {@code tokens} asks or demands (CAMEO 02, 10), or names conditions ({@code
   * list_request_nouns.txt}).
   */
  private static boolean requests(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Optional<String> c =
          isVerb(t)
              ? CameoLexicon.phraseOnly(t.lemma(), tokens, i)
                  .or(() -> CameoLexicon.cameo(t.lemma()))
              : CameoLexicon.nounCameo(t.text().toLowerCase(Locale.ROOT), t.lemma());
      if (c.filter(REQUESTS::contains).isPresent()
          || REQUEST_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.pos().equals("VERB") || t.pos().equals("AUX");
  }
}
