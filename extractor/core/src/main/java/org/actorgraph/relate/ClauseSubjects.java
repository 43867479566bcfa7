package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;
import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.ClauseWords.TIME_WORDS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.StateNouns;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Finds who does something in one sentence, from word order alone (no parser): given the index of a
 * verb or noun trigger, returns the actor phrases of its subject with a confidence, or {@link
 * Subject#NONE}. Reads the sentence's tokens and actor phrases, and the article's earlier mentions
 * for "he", "she", "his" and "her" (the last person named whose known gender does not rule the
 * pronoun out, {@link PersonGender}).
 */
final class ClauseSubjects {

  private static final int WINDOW = 10;

  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "have",
          "begin",
          "start",
          "conduct",
          "make",
          "pay",
          "open",
          "announce",
          "resume",
          "continue",
          "launch",
          "wage",
          "end",
          "complete",
          "be");
  private static final Set<String> PRONOUNS = Set.of("he", "she");

  /** The cues that open a list of examples after a noun, as words ("such as"). */
  private static final List<List<String>> EXAMPLE_CUES = WordLists.phrases("example_cues.txt");

  /** Nouns that, after a demonym, stand for the country's state: "Chinese officials". */
  static final Set<String> GROUP_NOUNS = StateNouns.GROUP;

  /**
   * Nouns for those who act for a state, besides {@link #GROUP_NOUNS}: {@code a delegation from
   * Freedonia met …} is Freedonia meeting. Source: general English; the government and military
   * agents of PETRARCH2's Phoenix.agents.txt.
   */
  private static final Set<String> STATE_AGENTS =
      Set.of(
          "delegation",
          "delegations",
          "delegates",
          "envoy",
          "envoys",
          "representatives",
          "soldiers",
          "police",
          "warplanes",
          "jets",
          "warships",
          "navy",
          "agents");

  private final ResolvedArticle article;
  private final ActorPhrases phrases;
  private final List<Token> tokens;

  /**
   * @param article the article, whose mentions before a pronoun name whom it stands for
   * @param tokens the sentence's tokens
   * @param phrases the actor phrases of that sentence
   */
  ClauseSubjects(ResolvedArticle article, List<Token> tokens, ActorPhrases phrases) {
    this.article = article;
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /** Who the subject of the verb at {@code verb} names, coordinated actors included. */
  Subject ofVerb(int verb) {
    return verbSubject(verb, 0);
  }

  /** Who owns the noun trigger at {@code noun}. */
  Subject ofNoun(int noun) {
    return nounSubject(noun);
  }

  /** Who a verb's subject names. */
  private Subject verbSubject(int verb, int depth) {
    int j = verb - 1;
    while (j >= 0 && verb - j <= WINDOW) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      Optional<ActorPhrase> p = phrases.endingAt(j);
      if (p.isPresent()) {
        return modifiesCommonNoun(p.get().first())
            ? Subject.NONE
            : new Subject(afterOpening(phrases.conjuncts(p.get())), DIRECT);
      }
      if (PRONOUNS.contains(w)) {
        return pronoun(j);
      }
      if (w.equals("who") && j > 0) {
        int k = tokens.get(j - 1).text().matches("[,–—-]") ? j - 2 : j - 1;
        return phrases
            .endingAt(k)
            .map(a -> new Subject(phrases.conjuncts(a), INDIRECT))
            .orElse(Subject.NONE);
      }
      if ((w.equals("and") || w.equals("but")) && depth == 0) {
        return firstSubject(j, depth);
      }
      if (w.equals(",")) {
        List<ActorPhrase> listed = exemplified(j);
        if (!listed.isEmpty()) {
          return new Subject(listed, INDIRECT);
        }
        int open = parentheticalStart(j);
        if (open < 0) {
          return Subject.NONE;
        }
        j = open - 1;
        continue;
      }
      if (!transparent(t) && !armedGroupsFighters(j)) {
        return Subject.NONE;
      }
      j--;
    }
    return Subject.NONE;
  }

  /**
   * {@code the ELN rebels agreed}, {@code Houthi militants fired}: a fighter noun stands for the
   * armed group (an organisation) named right before it, so the subject is that group; after a
   * country's name or demonym ("Syrian rebels") it names those who fight the state, not the state.
   */
  private boolean armedGroupsFighters(int j) {
    return DependencyWords.fighter(tokens.get(j).text().toLowerCase(Locale.ROOT))
        && phrases
            .endingAt(j - 1)
            .filter(p -> p.head().type() == EntityType.ORGANISATION)
            .isPresent();
  }

  /**
   * The first words of the complex prepositions that end in "to" (Quirk et al. 1985, A
   * Comprehensive Grammar of the English Language, 9.10: according to, due to, owing to, prior to,
   * thanks to, contrary to, pursuant to).
   */
  private static final Set<String> TO_PREPOSITIONS =
      Set.of("according", "due", "owing", "prior", "thanks", "contrary", "pursuant");

  /**
   * {@code Under a deal brokered by C, A and B exchanged prisoners}, {@code According to C, A and B
   * have agreed}: a sentence that opens with a preposition (one word, or a word and "to": according
   * to, thanks to, due to) has its subject after the comma that closes that phrase, so a conjunct
   * inside the phrase is none of the subject's.
   */
  private List<ActorPhrase> afterOpening(List<ActorPhrase> conjuncts) {
    if (tokens.size() < 2 || !tokens.get(0).isCapitalised() || conjuncts.size() < 2) {
      return conjuncts;
    }
    boolean preposition =
        tokens.get(0).pos().equals("ADP")
            || tokens.get(1).text().equalsIgnoreCase("to")
                && TO_PREPOSITIONS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT));
    if (!preposition) {
      return conjuncts;
    }
    int comma = -1;
    for (int i = 1; i < tokens.size() && comma < 0; i++) {
      if (tokens.get(i).text().equals(",")) {
        comma = i;
      }
    }
    int closing = comma;
    List<ActorPhrase> after = conjuncts.stream().filter(c -> c.first() > closing).toList();
    return comma < 0 || after.isEmpty() ? conjuncts : after;
  }

  /**
   * {@code Tourists from Freedonia flocked to Sylvania}, {@code protesters in Freedonia}, {@code a
   * militant group in neighbouring Freedonia being fought by B}: an actor after "from" or "in" (and
   * an adjective or a participle used as one, "neighbouring", "war-torn") and a common noun
   * describes who the subject is; it is not the subject (unless the noun stands for the state:
   * {@code officials from Freedonia}).
   */
  private boolean modifiesCommonNoun(int first) {
    int at = first - 1;
    while (at >= 0 && first - at <= DESCRIBING && describing(tokens.get(at))) {
      at--;
    }
    if (at < 1) {
      return false;
    }
    String prep = tokens.get(at).text().toLowerCase(Locale.ROOT);
    Token noun = tokens.get(at - 1);
    String n = noun.text().toLowerCase(Locale.ROOT);
    boolean common =
        noun.pos().equals("NOUN")
            || (at == 1 && noun.pos().equals("PROPN") && noun.isCapitalised());
    return (prep.equals("from") || prep.equals("in"))
        && common
        && phrases.endingAt(at - 1).isEmpty()
        && !GROUP_NOUNS.contains(n)
        && !STATE_AGENTS.contains(n);
  }

  /** How many describing words may stand between "in" or "from" and the actor. */
  private static final int DESCRIBING = 2;

  /**
   * An adjective, or a present participle the tagger reads as a verb, before a name: {@code
   * neighbouring}, {@code war-torn} (Oxford Learner's Dictionary gives "neighbouring" as an
   * adjective).
   */
  private static boolean describing(Token t) {
    return t.pos().equals("ADJ") || t.pos().equals("VERB") && t.text().endsWith("ing");
  }

  /**
   * {@code X said …, and thanked Y}, {@code X agreed, but demanded Y}: the subject of the
   * sentence's first verb that has one.
   */
  private Subject firstSubject(int before, int depth) {
    for (int v = 0; v < before; v++) {
      if (tokens.get(v).pos().equals("VERB")) {
        Subject s = verbSubject(v, depth + 1);
        if (!s.phrases().isEmpty()) {
          return new Subject(s.phrases(), INDIRECT);
        }
      }
    }
    return Subject.NONE;
  }

  /**
   * {@code Several countries, including A and B, oppose the plan}: for a comma at {@code close},
   * the actors of a list of examples that it closes, opened by a comma and a cue ({@code
   * example_cues.txt}) after a common noun that names no actor itself ({@code A, like B,} keeps A
   * as the subject); none otherwise.
   */
  private List<ActorPhrase> exemplified(int close) {
    Optional<ActorPhrase> last = phrases.endingAt(close - 1);
    if (last.isEmpty()) {
      return List.of();
    }
    List<ActorPhrase> listed = phrases.conjuncts(last.get());
    int first = listed.stream().mapToInt(ActorPhrase::first).min().orElse(close);
    for (List<String> cue : EXAMPLE_CUES) {
      int open = first - cue.size() - 1;
      if (open >= 1
          && tokens.get(open).text().equals(",")
          && tokens.get(open - 1).pos().equals("NOUN")
          && phrases.endingAt(open - 1).isEmpty()
          && cueAt(cue, open + 1)) {
        return listed;
      }
    }
    return List.of();
  }

  private boolean cueAt(List<String> cue, int from) {
    for (int k = 0; k < cue.size(); k++) {
      if (!tokens.get(from + k).text().equalsIgnoreCase(cue.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a comma at {@code j}: the matching earlier comma of a verbless aside, or -1. A comma that
   * joins two names into one designation at the aside's end ({@code Roe, commander of the 2nd
   * Battalion, 7th Rifle Regiment, met}; {@code a lawyer from Columbus, Ohio,}) opens no aside.
   */
  private int parentheticalStart(int j) {
    for (int k = j - 1; k >= 0 && j - k <= 12; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",") && !joinsNames(k, j) && !listsActors(k)) {
        return k;
      }
      if (t.pos().equals("VERB") || isQuoteMark(t.text())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the comma at {@code k} separates two actors of one list ({@code the bloc, whose members
   * include A, B and C, met}): it is inside the aside, not the comma that opens it.
   */
  private boolean listsActors(int k) {
    Optional<ActorPhrase> before = phrases.endingAt(k - 1);
    Optional<ActorPhrase> after = phrases.startingAt(k + 1);
    return before.isPresent()
        && after.isPresent()
        && phrases.conjuncts(before.get()).contains(after.get());
  }

  /** Whether the comma at {@code k} stands between a name and a name that ends before {@code j}. */
  private boolean joinsNames(int k, int j) {
    return phrases.endingAt(k - 1).isPresent()
        && phrases.startingAt(k + 1).filter(p -> p.last() == j - 1).isPresent();
  }

  private static boolean transparent(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("AUX")
        || t.pos().equals("ADV")
        || t.pos().equals("NUM")
        || TIME_WORDS.contains(w)
        || GROUP_NOUNS.contains(w)
        || w.equals("have")
        || w.equals("has")
        || w.equals("had");
  }

  /**
   * Who owns a noun trigger: {@code X's visit}, {@code his talks}, {@code X held talks}, {@code X
   * and Y are at loggerheads}.
   */
  private Subject nounSubject(int noun) {
    int j = noun - 1;
    while (j >= 0 && noun - j <= 4 && modifier(tokens.get(j))) {
      j--;
    }
    if (j < 0) {
      return Subject.NONE;
    }
    String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
    if (w.matches("['’]s")) {
      return phrases.endingAt(j - 1).map(p -> new Subject(List.of(p), DIRECT)).orElse(Subject.NONE);
    }
    if (w.equals("his") || w.equals("her")) {
      return pronoun(j);
    }
    if (w.equals("at") && j >= 1 && tokens.get(j - 1).lemma().equals("be")) {
      return verbSubject(j - 1, 0);
    }
    while (j >= 0
        && (tokens.get(j).text().matches("(?i)the|a|an|new|fresh|further")
            || TIME_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
      j--;
    }
    if (j >= 0 && LIGHT_VERBS.contains(tokens.get(j).lemma())) {
      Subject s = verbSubject(j, 0);
      return new Subject(s.phrases(), Math.min(s.confidence(), INDIRECT + 0.1));
    }
    return Subject.NONE;
  }

  private static boolean modifier(Token t) {
    return t.pos().equals("ADJ")
        || t.text().matches("(?i)first|recent|official|state|phone|telephone|bilateral|joint");
  }

  private Subject pronoun(int token) {
    Token t = tokens.get(token);
    return PersonGender.lastPersonBefore(article, t.span().start(), t.text())
        .map(
            e ->
                new Subject(
                    List.of(new ActorPhrase(e, Optional.empty(), token, token, true)), INDIRECT))
        .orElse(Subject.NONE);
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("“") || w.equals("”") || w.equals("\"");
  }

  /**
   * The actors a subject names, and how sure the reading is.
   *
   * @param phrases the subject's actor phrases, empty if none was found
   * @param confidence how sure the reading is, 0 for none
   */
  record Subject(List<ActorPhrase> phrases, double confidence) {
    static final Subject NONE = new Subject(List.of(), 0);
  }
}
