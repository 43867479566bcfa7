package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * The subject and object finding that {@link InteractionFinder} runs over one sentence: who does
 * what to whom around a trigger word, from word order alone (no parser).
 */
final class Clause {

  private static final double DIRECT = 0.8;
  private static final double INDIRECT = 0.65;
  private static final double QUALIFIER = 0.6;
  private static final int WINDOW = 10;

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "on",
          "evening",
          "morning",
          "afternoon",
          "night",
          "today",
          "yesterday",
          "later",
          "earlier",
          "also",
          "jointly",
          "formally",
          "officially",
          "finally",
          "then",
          "last",
          "this",
          "week",
          "month",
          "year",
          "(",
          ")",
          "once",
          "already",
          "previously",
          "recently");
  private static final Set<String> OBJECT_SKIP =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "with",
          "to",
          "on",
          "by",
          "for",
          "from",
          "about",
          "against",
          "into",
          "over",
          "at",
          "phone",
          "telephone",
          "both",
          "upon");

  /** Verbs whose partner comes after "from": the one asked, or sold from. */
  private static final Set<String> FROM_VERBS =
      Set.of("demand", "request", "seek", "ask", "buy", "purchase", "order");

  private static final Set<String> NOUN_PARTNER = Set.of("with", "to", "of", "from", "against");
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

  /** Nouns that, after a demonym, stand for the country's state: "Chinese officials". */
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "officials",
          "authorities",
          "government",
          "forces",
          "troops",
          "military",
          "lawmakers",
          "leaders",
          "diplomats",
          "companies",
          "firms",
          "negotiators",
          "ministers",
          "army");

  private final ResolvedArticle article;
  private final SentenceActors sa;
  private final ActorPhrases phrases;
  private final List<Token> tokens;

  Clause(ResolvedArticle article, SentenceActors sa, ActorPhrases phrases) {
    this.article = article;
    this.sa = sa;
    this.phrases = phrases;
    this.tokens = sa.tokens();
  }

  /** The interactions the token at {@code i} states, if it is a trigger. */
  List<Fact.Interaction> interactionsAt(int i) {
    Optional<String> cameo = InteractionFinder.trigger(tokens, i);
    if (cameo.isEmpty() || inQuote(i)) {
      return List.of();
    }
    boolean verb = InteractionFinder.isVerbTrigger(tokens.get(i));
    Subject subject = verb ? verbSubject(i, 0) : nounSubject(i);
    Partner partner = verb ? verbObject(i) : nounObject(i);
    List<Fact.Interaction> out = new ArrayList<>();
    Token t = tokens.get(i);
    if (respective(subject.phrases(), partner.phrases())) {
      double conf = Math.min(subject.confidence(), partner.confidence());
      for (int k = 0; k < subject.phrases().size(); k++) {
        add(out, subject.phrases().get(k), partner.phrases().get(k), cameo.get(), t, conf);
      }
    } else if (!subject.phrases().isEmpty() && !partner.phrases().isEmpty() && !partner.between()) {
      double conf = Math.min(subject.confidence(), partner.confidence());
      for (ActorPhrase s : subject.phrases()) {
        for (ActorPhrase o : partner.phrases()) {
          add(out, s, o, cameo.get(), t, conf);
        }
      }
    } else if (partner.between() && partner.phrases().size() >= 2) {
      pairs(out, partner.phrases(), cameo.get(), t, INDIRECT);
    } else if (partner.phrases().isEmpty()
        && subject.phrases().size() >= 2
        && CameoLexicon.mutual(t.lemma())) {
      pairs(out, subject.phrases(), cameo.get(), t, subject.confidence());
    }
    return out;
  }

  /**
   * {@code A and B met their counterparts C and D}: as many counterparts as subjects pair up in
   * order (A with C, B with D).
   */
  private boolean respective(List<ActorPhrase> subjects, List<ActorPhrase> partners) {
    if (subjects.size() < 2 || subjects.size() != partners.size()) {
      return false;
    }
    ActorPhrase first = partners.get(0);
    for (int j = first.first(); j <= first.last(); j++) {
      if (ActorPhrases.isCounterpart(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  private void pairs(
      List<Fact.Interaction> out, List<ActorPhrase> group, String cameo, Token t, double conf) {
    for (int a = 0; a < group.size(); a++) {
      for (int b = a + 1; b < group.size(); b++) {
        add(out, group.get(a), group.get(b), cameo, t, conf);
      }
    }
  }

  private void add(
      List<Fact.Interaction> out,
      ActorPhrase s,
      ActorPhrase o,
      String cameo,
      Token t,
      double conf) {
    Entity source = s.head();
    Entity target = o.head();
    if (source.equals(target) || s.qualifier().filter(target::equals).isPresent()) {
      return;
    }
    double c = s.indirect() || o.indirect() ? Math.min(conf, INDIRECT) : conf;
    out.add(InteractionFinder.interaction(source, target, cameo, t, c, sa.evidence()));
    o.qualifier()
        .filter(q -> !q.equals(source) && !s.qualifier().filter(q::equals).isPresent())
        .ifPresent(
            q ->
                out.add(
                    InteractionFinder.interaction(
                        source, q, cameo, t, Math.min(c, QUALIFIER), sa.evidence())));
  }

  // ---- subjects

  /** The actors the subject of the verb at {@code verb} names, coordinated ones included. */
  List<ActorPhrase> subjectOf(int verb) {
    return verbSubject(verb, 0).phrases();
  }

  /** The actors named first in the sentence, with those coordinated with them. */
  List<ActorPhrase> firstActors() {
    return phrases.all().isEmpty() ? List.of() : phrases.conjuncts(phrases.all().get(0));
  }

  /** The actors named right after token {@code i}, skipping articles and adjectives. */
  List<ActorPhrase> actorsAfter(int i, int window) {
    for (int j = i; j < tokens.size() && j - i <= window; j++) {
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        return phrases.conjuncts(p.get());
      }
      Token t = tokens.get(j);
      if (!(t.text().matches("(?i)the|a|an|both|its|their") || t.pos().equals("ADJ"))) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The actor phrase that ends at token {@code i}, if any. */
  Optional<ActorPhrase> endingAt(int i) {
    return phrases.endingAt(i);
  }

  /** Who a verb's subject names. */
  private Subject verbSubject(int verb, int depth) {
    int j = verb - 1;
    while (j >= 0 && verb - j <= WINDOW) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      Optional<ActorPhrase> p = phrases.endingAt(j);
      if (p.isPresent()) {
        return new Subject(phrases.conjuncts(p.get()), DIRECT);
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
        int open = parentheticalStart(j);
        if (open < 0) {
          return Subject.NONE;
        }
        j = open - 1;
        continue;
      }
      if (!transparent(t)) {
        return Subject.NONE;
      }
      j--;
    }
    return Subject.NONE;
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

  /** For a comma at {@code j}: the matching earlier comma of a verbless aside, or -1. */
  private int parentheticalStart(int j) {
    for (int k = j - 1; k >= 0 && j - k <= 12; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k;
      }
      if (t.pos().equals("VERB") || isQuoteMark(t.text())) {
        return -1;
      }
    }
    return -1;
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
    int offset = tokens.get(token).span().start();
    List<ResolvedArticle.Located> before = article.mentionsWithin(new CharSpan(0, offset));
    for (int k = before.size() - 1; k >= 0; k--) {
      Entity e = before.get(k).entity();
      if (e.type() == EntityType.PERSON) {
        return new Subject(
            List.of(new ActorPhrase(e, Optional.empty(), token, token, true)), INDIRECT);
      }
    }
    return Subject.NONE;
  }

  // ---- objects

  private Partner verbObject(int verb) {
    Partner direct = directObject(verb);
    if (direct.phrases().isEmpty() && FROM_VERBS.contains(tokens.get(verb).lemma())) {
      return sourceObject(verb);
    }
    return direct;
  }

  /** {@code demanded "respect" from Y}, {@code bought tanks from Y}: the actor after "from". */
  private Partner sourceObject(int verb) {
    for (int j = verb + 1; j < tokens.size() && j - verb <= 8; j++) {
      String w = tokens.get(j).text();
      if (w.matches("[,;:.()]") || tokens.get(j).pos().equals("VERB")) {
        return Partner.NONE;
      }
      if (w.equalsIgnoreCase("from")) {
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).text().equalsIgnoreCase("the")) {
          k++;
        }
        Optional<ActorPhrase> p = phrases.startingAt(k);
        return p.map(x -> new Partner(phrases.conjuncts(x), DIRECT, false)).orElse(Partner.NONE);
      }
    }
    return Partner.NONE;
  }

  private Partner directObject(int verb) {
    int j = verb + 1;
    while (j < tokens.size() && j - verb <= 6) {
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        return new Partner(phrases.conjuncts(p.get()), DIRECT, false);
      }
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("and") && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("VERB")) {
        j += 2;
        continue;
      }
      if (!(OBJECT_SKIP.contains(w) || t.pos().equals("ADJ") || TIME_WORDS.contains(w))) {
        break;
      }
      j++;
    }
    return Partner.NONE;
  }

  /**
   * {@code talks with Y}, {@code visit to Y}, {@code invasion of Y}, {@code talks between X and Y}.
   */
  private Partner nounObject(int noun) {
    String prep = null;
    for (int j = noun + 1; j < tokens.size() && j - noun <= 7; j++) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        if (prep == null) {
          return Partner.NONE;
        }
        boolean between = prep.equals("between");
        return new Partner(phrases.conjuncts(p.get()), between ? INDIRECT : DIRECT, between);
      }
      if (NOUN_PARTNER.contains(w) || w.equals("between")) {
        prep = w;
      } else if (t.text().matches("[,;:.“”\"()]")
          || t.pos().equals("AUX")
          || t.pos().equals("VERB") && !w.endsWith("ing")) {
        return Partner.NONE;
      }
    }
    return Partner.NONE;
  }

  private boolean inQuote(int i) {
    int depth = 0;
    for (int j = 0; j < i; j++) {
      String w = tokens.get(j).text();
      if (w.equals("“")) {
        depth++;
      } else if (w.equals("”")) {
        depth = Math.max(0, depth - 1);
      } else if (w.equals("\"")) {
        depth = depth == 0 ? 1 : 0;
      }
    }
    return depth > 0;
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("“") || w.equals("”") || w.equals("\"");
  }

  private record Subject(List<ActorPhrase> phrases, double confidence) {
    static final Subject NONE = new Subject(List.of(), 0);
  }

  private record Partner(List<ActorPhrase> phrases, double confidence, boolean between) {
    static final Partner NONE = new Partner(List.of(), 0, false);
  }
}
