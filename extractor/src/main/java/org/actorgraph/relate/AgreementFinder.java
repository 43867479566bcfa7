package org.actorgraph.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.mention.EntityType;
import org.actorgraph.relate.ActorPhrases.Holders;
import org.actorgraph.relate.AgreementStatements.Statement;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * Finds agreements: a named one ("Reciprocal Access Agreement") or a described one ("strategic
 * alliance", "memorandum of understanding", "contract", "ceasefire", "Sweden's accession", "agreed
 * to normalize relations"), with its parties from the sentence's structure ("between X and Y", the
 * subject of the verb that governs it, "with Y" after it, an owner before it), its kind and form
 * from its words, its status from the sentence's verbs, and its date normalised against the article
 * date. Statements of one agreement in several sentences become one fact ({@link
 * AgreementStatements}); "X has signed agreements with Y and Z" is one agreement per partner.
 */
public final class AgreementFinder implements RelationFinder {

  private static final String HEADS =
      "agreements?|treaty|treaties|pacts?|accords?|alliance|partnership|memorandum of understanding"
          + "|deals?|contracts?|ceasefire|cease-fire|truce|cessation of hostilities|MoU|accession"
          + "|admission|purchase of|(?:normali[sz]e|restore|establish) (?:full )?(?:diplomatic )?"
          + "relations|(?:security|defen[cs]e|military) cooperation";
  private static final String MODIFIERS =
      "strategic|comprehensive|defen[cs]e|security|trade|free|free-trade|mutual|military|peace|arms"
          + "|bilateral|economic|permanent|cooperation|normalization|normalisation|access"
          + "|reciprocal|nuclear|historic|new|landmark|framework|partnership|key|similar"
          + "|equivalent|biggest|ever";
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}-]*\\s+(?:(?:on|of|for|and)\\s+)?){1,6}(?:Agreement|Treaty|Pact|Accord"
              + "|Alliance|Partnership|Memorandum of Understanding|Deal|Contract|Ceasefire))\\b");
  private static final Pattern DESCRIBED =
      Pattern.compile("(?i)\\b((?:(?:" + MODIFIERS + ")[\\s-]+){0,3}(?:" + HEADS + "))\\b");

  private final RelationFinder positions;
  private final Capitals capitals;
  private final RoleLexicon roles;

  /**
   * @param roles titles, to read actor phrases ("Mexican President Claudia Sheinbaum")
   * @param positions positions, to tell a person's country, and part-of facts, to tell a government
   *     body's
   * @param capitals capitals that stand for their country
   */
  public AgreementFinder(RoleLexicon roles, RelationFinder positions, Capitals capitals) {
    this.roles = roles;
    this.positions = positions;
    this.capitals = capitals;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    Optional<LocalDate> date = RelativeDates.articleDate(article.annotated().article());
    List<Fact> positionFacts = positions.find(article);
    Holders holders = InteractionFinder.holders(positionFacts, capitals.standIns(article));
    List<Statement> found = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      Clause clause = new Clause(article, sa, ActorPhrases.of(sa, roles, holders));
      for (CharSpan phrase : phrases(sa)) {
        found.addAll(statements(sa, clause, phrase, date));
      }
    }
    return AgreementStatements.merge(found, AgreementStatements.countries(positionFacts));
  }

  /** The agreement phrases of a sentence, leaving out parts of organisation names. */
  private static List<CharSpan> phrases(SentenceActors sa) {
    Sentence s = sa.sentence();
    List<CharSpan> spans = new ArrayList<>();
    int offset = s.span().start();
    Matcher named = NAMED.matcher(s.text());
    while (named.find()) {
      spans.add(new CharSpan(offset + named.start(1), offset + named.end(1)));
    }
    Matcher described = DESCRIBED.matcher(s.text());
    while (described.find()) {
      CharSpan span =
          withNounModifiers(
              s, new CharSpan(offset + described.start(1), offset + described.end(1)));
      if (spans.stream().noneMatch(x -> x.overlaps(span))) {
        spans.add(span);
      }
    }
    spans.removeIf(
        span ->
            sa.mentions().stream()
                .anyMatch(
                    l ->
                        l.entity().type() == EntityType.ORGANISATION
                            && l.mention().span().overlaps(span)));
    return spans;
  }

  /**
   * Extends a described agreement over up to two lower-case nouns before it, so that "a loan
   * guarantee agreement" is named by its whole phrase, not "agreement".
   */
  private static CharSpan withNounModifiers(Sentence s, CharSpan span) {
    int first = s.tokenAt(span.start());
    int start = first;
    while (start > 0 && first - start < 2) {
      var previous = s.tokens().get(start - 1);
      if (!previous.pos().equals("NOUN") || !previous.text().equals(previous.lemma())) {
        break;
      }
      start--;
    }
    return start == first ? span : new CharSpan(s.tokens().get(start).span().start(), span.end());
  }

  private List<Statement> statements(
      SentenceActors sa, Clause clause, CharSpan phrase, Optional<LocalDate> date) {
    Sentence s = sa.sentence();
    int offset = s.span().start();
    String name =
        s.text()
            .substring(phrase.start() - offset, phrase.end() - offset)
            .replaceAll("\\s+of$", "")
            .replaceFirst("^The ", "");
    String lower = name.toLowerCase(Locale.ROOT);
    int first = s.tokenAt(phrase.start());
    int last = s.tokenAt(phrase.end()) - 1;
    List<Token> tokens = sa.tokens();
    boolean definite = first > 0 && tokens.get(first - 1).text().matches("(?i)the|this|that");
    boolean named = Character.isUpperCase(name.charAt(0)) && !definite || name.matches("[A-Z]{2,}");
    Set<Entity> own = new LinkedHashSet<>();
    Set<Entity> partners = new LinkedHashSet<>();
    boolean mutual = false;
    String partnerWord =
        lower.matches(".*(accession|admission)")
            ? "(?i)with|between|to"
            : lower.startsWith("purchase") ? "(?i)with|between|from" : "(?i)with|between";
    int j = last + 1;
    while (j < tokens.size()
        && j - last <= 7
        && !tokens.get(j).text().matches(partnerWord)
        && !tokens.get(j).text().matches("[,;:.]")) {
      j++;
    }
    if (j < tokens.size() && j - last <= 7 && tokens.get(j).text().matches(partnerWord)) {
      mutual = tokens.get(j).text().equalsIgnoreCase("between");
      clause.actorsAfter(j + 1, 4).forEach(p -> partners.add(p.head()));
    }
    owners(clause, tokens, first).forEach(own::add);
    boolean possessed = false;
    if (!mutual) {
      int verb = governingVerb(tokens, first);
      if (verb >= 0) {
        possessed = tokens.get(verb).lemma().equals("have");
        clause.subjectOf(verb).forEach(p -> own.add(p.head()));
      }
      if (own.isEmpty() && (partners.isEmpty() || definite)) {
        clause.firstActors().stream().filter(p -> p.last() < first).forEach(p -> own.add(p.head()));
      }
    }
    String sentence = s.text().toLowerCase(Locale.ROOT);
    Optional<String> done = RelativeDates.find(s.text(), date);
    Statement base =
        new Statement(
            List.of(name),
            AgreementWords.form(lower),
            AgreementWords.kind(lower, sentence),
            AgreementWords.status(tokens, sentence, possessed),
            List.of(),
            done.or(() -> RelativeDates.reported(s.text(), date)),
            done.isEmpty() && RelativeDates.reported(s.text(), date).isPresent(),
            named ? 0.8 : 0.6,
            List.of(sa.evidence()),
            definite && !named,
            named);
    boolean plural = lower.matches(".*(agreements|pacts|accords|deals|contracts|treaties)$");
    if (plural && partners.size() >= 2 && !own.isEmpty()) {
      List<Statement> each = new ArrayList<>();
      for (Entity p : partners) {
        Set<Entity> parties = new LinkedHashSet<>(own);
        parties.add(p);
        each.add(base.withParties(List.copyOf(parties)));
      }
      return each;
    }
    Set<Entity> parties = new LinkedHashSet<>(own);
    parties.addAll(partners);
    parties.removeIf(e -> e.type() == EntityType.PLACE);
    return List.of(base.withParties(List.copyOf(parties)));
  }

  /** Actors written just before the phrase: {@code Sweden's NATO accession}, {@code US-Mexico}. */
  private static List<Entity> owners(Clause clause, List<Token> tokens, int first) {
    List<Entity> out = new ArrayList<>();
    int j = first - 1;
    while (j >= 0 && first - j <= 4) {
      Optional<ActorPhrase> p = clause.endingAt(j);
      if (p.isPresent()) {
        out.add(p.get().head());
        j = p.get().first() - 1;
        continue;
      }
      if (!tokens.get(j).text().matches("['’]s|-|–")) {
        break;
      }
      j--;
    }
    return out;
  }

  /** The verb a phrase is the object of: {@code signed a key defence pact}; -1 if none near. */
  private static int governingVerb(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 8; j--) {
      Token t = tokens.get(j);
      if (t.pos().equals("VERB") || t.lemma().equals("have")) {
        return j;
      }
      if (t.text().matches("[,;:]")) {
        return -1;
      }
    }
    return -1;
  }
}
