package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ActorPhrases.Holders;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Speakers of quotations that open inside a reporting clause, away from the speech verb: {@code the
 * Russian leader said in remarks carried by state media that the “…”}, {@code X hailed it,
 * asserting that “…”}, {@code Putin noted their “…”}. The speaker is the actor phrase just before
 * the verb (a title such as "the Russian leader" stands for the person the article gave that
 * office), else the last person named before the verb in the sentence, else a pronoun's antecedent
 * (the last person named whose known gender allows it, {@link PersonGender}).
 */
final class ReportedQuotes {

  /** How many tokens may stand between the speech verb and the opening mark. */
  static final int REACH = 16;

  /** Lemmas of verbs of speech ({@code speech_verbs.txt}), shared by the relate stage. */
  static final Set<String> SPEECH = WordLists.set("speech_verbs.txt");

  /** Document nouns ("statement", "communiqué") that speak for whoever issued them. */
  static final Set<String> DOCUMENTS = WordLists.set("document_nouns.txt");

  private final RoleLexicon roles;
  private final TitledSpeakers titled;

  ReportedQuotes(RoleLexicon roles) {
    this.roles = roles;
    this.titled = new TitledSpeakers(roles);
  }

  /**
   * {@code the Qatari premier said …}: a country and at most two lower-case words ending at token
   * {@code last} name the one person whose office there fits them ({@link TitledSpeakers}).
   */
  private Optional<Entity> countryTitle(
      ResolvedArticle article, SentenceActors sa, Holders holders, int last) {
    for (ResolvedArticle.Located l : sa.mentions()) {
      int end = sa.lastToken(l);
      if (l.entity().type() != EntityType.COUNTRY || end >= last || last - end > 2) {
        continue;
      }
      List<Token> title = sa.tokens().subList(end + 1, last + 1);
      if (title.stream().allMatch(t -> t.text().matches("\\p{Ll}+"))) {
        String words =
            String.join(" ", title.stream().map(Token::text).toList()).toLowerCase(Locale.ROOT);
        return titled.holder(
            article, holders, l.entity(), words, sa.tokens().get(end).span().end());
      }
    }
    return Optional.empty();
  }

  /** The speaker of a quotation opening at character {@code open} of the body. */
  Optional<Entity> speaker(ResolvedArticle article, Holders holders, int open) {
    Optional<Sentence> within =
        article.annotated().sentences().stream()
            .filter(s -> s.span().start() <= open && open < s.span().end())
            .findFirst();
    if (within.isEmpty()) {
      return Optional.empty();
    }
    Sentence s = within.get();
    List<Token> tokens = s.tokens();
    int q = 0;
    while (q < tokens.size() && tokens.get(q).span().start() < open) {
      q++;
    }
    for (int v = q - 1; v >= Math.max(0, q - REACH); v--) {
      Token t = tokens.get(v);
      if (t.text().matches("[“”\"]") || t.text().matches("[.;]")) {
        return Optional.empty();
      }
      if (isSpeech(t)) {
        return subject(article, SentenceActors.of(article, s), holders, v);
      }
    }
    return Optional.empty();
  }

  private static boolean isSpeech(Token t) {
    return t.pos().matches("VERB|AUX") && SPEECH.contains(t.lemma());
  }

  /**
   * {@code Freedonia rejected the deal, describing it as “…”}: the subject of the clause a
   * participle hangs on, an actor followed (after at most two lower-case nouns) by its verb.
   */
  private static Optional<Entity> mainSubject(SentenceActors sa, ActorPhrases phrases, int comma) {
    List<Token> tokens = sa.tokens();
    int boundary = -1;
    for (int j = comma - 1; j >= 0 && boundary < 0; j--) {
      if (CLAUSE_START.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        boundary = j;
      }
    }
    for (ActorPhrase p : phrases.all()) {
      if (p.first() <= boundary || p.last() >= comma || p.head().type() == EntityType.PLACE) {
        continue;
      }
      int j = p.last() + 1;
      while (j < comma
          && j - p.last() <= 2
          && tokens.get(j).pos().equals("NOUN")
          && !tokens.get(j).isCapitalised()) {
        j++;
      }
      if (j < comma && tokens.get(j).pos().matches("VERB|AUX")) {
        return Optional.of(p.head());
      }
    }
    return Optional.empty();
  }

  /** Where a clause starts: what stands before it belongs to another clause. */
  private static final Set<String> CLAUSE_START =
      Set.of("while", "whereas", "but", "although", "though", ";", "”", "\"");

  /** "The statement after the meeting demanded …": a document opens the sentence. */
  private static boolean documentOpens(SentenceActors sa, int verb) {
    List<Token> tokens = sa.tokens();
    for (int j = 0; j < Math.min(verb, 3); j++) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (DOCUMENTS.contains(w)) {
        return true;
      }
      if (!w.matches("the|a|an|its|their|joint|final")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Who issued a document that speaks: an organisation named in its sentence before {@code end} (a
   * body offset), else the last organisation named before the sentence, else a country named in the
   * sentence before {@code end}.
   */
  static Optional<Entity> issuer(ResolvedArticle article, SentenceActors sa, int end) {
    Optional<Entity> inSentence = Optional.empty();
    Optional<Entity> country = Optional.empty();
    for (ResolvedArticle.Located l : sa.mentions()) {
      if (l.mention().span().end() > end) {
        break;
      }
      if (isIssuer(l.entity())) {
        inSentence = Optional.of(l.entity());
      } else if (l.entity().type() == EntityType.COUNTRY) {
        country = Optional.of(l.entity());
      }
    }
    if (inSentence.isPresent()) {
      return inSentence;
    }
    Optional<Entity> before =
        article
            .mentionsWithin(new org.actorgraph.text.CharSpan(0, sa.sentence().span().start()))
            .stream()
            .map(ResolvedArticle.Located::entity)
            .filter(ReportedQuotes::isIssuer)
            .reduce((x, y) -> y);
    Optional<Entity> named = country;
    return before.or(() -> named);
  }

  private static boolean isIssuer(Entity e) {
    return e.type() == EntityType.ORGANISATION
        && e.subtype().filter("MediaOutlet"::equals).isEmpty();
  }

  private Optional<Entity> subject(
      ResolvedArticle article, SentenceActors sa, Holders holders, int verb) {
    ActorPhrases phrases = ActorPhrases.of(sa, roles, holders);
    int before = verb - 1;
    if (before >= 0 && sa.tokens().get(before).pos().equals("ADV")) {
      before--;
    }
    if (documentOpens(sa, verb)) {
      return issuer(article, sa, sa.sentence().span().start());
    }
    Optional<Entity> titledHolder = countryTitle(article, sa, holders, before);
    if (titledHolder.isPresent()) {
      return titledHolder;
    }
    Optional<ActorPhrase> adjacent = phrases.endingAt(before);
    if (adjacent.isPresent() && adjacent.get().head().type() != EntityType.PLACE) {
      return Optional.of(adjacent.get().head());
    }
    if (before >= 0
        && DOCUMENTS.contains(sa.tokens().get(before).text().toLowerCase(Locale.ROOT))) {
      return issuer(article, sa, sa.tokens().get(verb).span().start());
    }
    if (before >= 0
        && sa.tokens().get(before).text().equals(",")
        && sa.tokens().get(verb).text().endsWith("ing")) {
      Optional<Entity> main = mainSubject(sa, phrases, before);
      if (main.isPresent()) {
        return main;
      }
      if (before > 0 && isSpeech(sa.tokens().get(before - 1))) {
        // "she said, adding that her government “…”": the speaker of the verb before
        return subject(article, sa, holders, before - 1);
      }
    }
    if (before >= 0 && sa.tokens().get(before).text().matches("(?i)he|she")) {
      String pronoun = sa.tokens().get(before).text();
      return article
          .mentionsWithin(
              new org.actorgraph.text.CharSpan(0, sa.tokens().get(before).span().start()))
          .stream()
          .filter(l -> l.entity().type() == EntityType.PERSON)
          .filter(l -> PersonGender.mayStandFor(pronoun, l.entity(), article))
          .reduce((x, y) -> y)
          .map(ResolvedArticle.Located::entity);
    }
    return phrases.all().stream()
        .filter(p -> p.last() < verb && p.head().type() == EntityType.PERSON)
        .reduce((x, y) -> y)
        .map(ActorPhrase::head);
  }
}
