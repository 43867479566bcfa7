package org.actorgraph.relate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.actorgraph.relate.Fact.AgreementForm;
import org.actorgraph.relate.Fact.AgreementKind;
import org.actorgraph.relate.Fact.AgreementStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;
import org.actorgraph.text.CharSpan;

/**
 * Finds agreements: a named one ("Reciprocal Access Agreement") or a described one ("strategic
 * alliance", "memorandum of understanding", "contract for K2 tanks", "ceasefire"), with its parties
 * ("between X and Y", the actors before it, "with Y" after it), its kind and form from its words,
 * its status from the sentence's verbs, and its date normalised against the article date.
 * Statements of one agreement in several sentences (same kind, a shared party) become one fact.
 */
public final class AgreementFinder implements RelationFinder {

  private static final String HEADS =
      "agreements?|treaty|treaties|pact|accord|alliance|partnership|memorandum of understanding"
          + "|deal|contracts?|ceasefire|cease-fire|truce|cessation of hostilities|MoU";
  private static final String MODIFIERS =
      "strategic|comprehensive|defen[cs]e|security|trade|free|free-trade|mutual|military|peace|arms"
          + "|bilateral|economic|permanent|cooperation|normalization|normalisation|access"
          + "|reciprocal|nuclear|historic|new|landmark|framework|partnership";
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}-]*\\s+(?:(?:on|of|for|and)\\s+)?){1,6}(?:Agreement|Treaty|Pact|Accord"
              + "|Alliance|Partnership|Memorandum of Understanding|Deal|Contract|Ceasefire))\\b");
  private static final Pattern DESCRIBED =
      Pattern.compile("(?i)\\b((?:(?:" + MODIFIERS + ")[\\s-]+){0,3}(?:" + HEADS + "))\\b");

  @Override
  public List<Fact> find(ResolvedArticle article) {
    Optional<LocalDate> date = articleDate(article);
    List<Fact.Agreement> found = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      for (CharSpan phrase : phrases(s)) {
        agreement(sa, phrase, date).ifPresent(found::add);
      }
    }
    return merge(found);
  }

  private static Optional<LocalDate> articleDate(ResolvedArticle article) {
    try {
      return article
          .annotated()
          .article()
          .published()
          .filter(d -> d.length() == 10)
          .map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<CharSpan> phrases(Sentence s) {
    List<CharSpan> spans = new ArrayList<>();
    int offset = s.span().start();
    Matcher named = NAMED.matcher(s.text());
    while (named.find()) {
      spans.add(new CharSpan(offset + named.start(1), offset + named.end(1)));
    }
    Matcher described = DESCRIBED.matcher(s.text());
    while (described.find()) {
      CharSpan span = new CharSpan(offset + described.start(1), offset + described.end(1));
      if (spans.stream().noneMatch(x -> x.overlaps(span))) {
        spans.add(span);
      }
    }
    return spans;
  }

  private Optional<Fact.Agreement> agreement(
      SentenceActors sa, CharSpan phrase, Optional<LocalDate> date) {
    Set<Entity> parties = parties(sa, phrase);
    if (parties.size() < 2) {
      return Optional.empty();
    }
    String body = sa.sentence().text();
    int offset = sa.sentence().span().start();
    String name = body.substring(phrase.start() - offset, phrase.end() - offset);
    String lowerSentence = body.toLowerCase(Locale.ROOT);
    return Optional.of(
        new Fact.Agreement(
            List.of(name),
            form(name.toLowerCase(Locale.ROOT)),
            kind(name.toLowerCase(Locale.ROOT), lowerSentence),
            status(sa),
            List.copyOf(parties),
            RelativeDates.find(body, date),
            Character.isUpperCase(name.charAt(0)) ? 0.8 : 0.6,
            List.of(sa.evidence())));
  }

  /** "between X and Y"; else the actors before the phrase and after "with" following it. */
  private static Set<Entity> parties(SentenceActors sa, CharSpan phrase) {
    Set<Entity> parties = new LinkedHashSet<>();
    List<Token> tokens = sa.tokens();
    int phraseToken = sa.sentence().tokenAt(phrase.start());
    for (Located l : sa.mentions()) {
      if (!isParty(l)) {
        continue;
      }
      int first = sa.firstToken(l);
      boolean before = l.mention().span().end() <= phrase.start() && phraseToken - first <= 20;
      boolean after = first >= phraseToken && afterWithOrBetween(tokens, phraseToken, first);
      if (before || after) {
        parties.add(l.entity());
      }
    }
    return parties;
  }

  private static boolean afterWithOrBetween(List<Token> tokens, int from, int to) {
    for (int j = from; j < to && j - from <= 14; j++) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals("with") || w.equals("between") || w.equals("and")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParty(Located l) {
    return l.entity().type() != EntityType.PLACE;
  }

  static AgreementForm form(String name) {
    if (name.contains("treat")) {
      return AgreementForm.TREATY;
    }
    if (name.contains("memorandum") || name.contains("mou")) {
      return AgreementForm.MEMORANDUM;
    }
    if (name.contains("contract")) {
      return AgreementForm.CONTRACT;
    }
    if (name.contains("ceasefire")
        || name.contains("cease-fire")
        || name.contains("truce")
        || name.contains("cessation")) {
      return AgreementForm.CEASEFIRE;
    }
    return AgreementForm.AGREEMENT;
  }

  static AgreementKind kind(String name, String sentence) {
    String s = name + " " + sentence;
    if (name.contains("ceasefire")
        || name.contains("truce")
        || name.contains("cessation")
        || name.contains("peace")) {
      return AgreementKind.PEACE;
    }
    if (name.contains("arms")
        || name.contains("contract")
        || s.matches(".*\\b(tanks?|howitzers?|jets?|missiles?|weapons|fighter)\\b.*")) {
      return AgreementKind.ARMS;
    }
    if (name.contains("trade")) {
      return AgreementKind.TRADE;
    }
    if (name.contains("defen")
        || name.contains("military")
        || name.contains("mutual")
        || name.contains("access")) {
      return AgreementKind.DEFENCE;
    }
    if (s.contains("security") || s.contains("crime") || s.contains("gangs")) {
      return AgreementKind.SECURITY;
    }
    if (name.contains("normali") || s.contains("diplomatic relations")) {
      return AgreementKind.DIPLOMATIC;
    }
    if (name.contains("econom") || s.contains("investment")) {
      return AgreementKind.ECONOMIC;
    }
    if (name.contains("alliance") || name.contains("partnership")) {
      return AgreementKind.ALLIANCE;
    }
    return AgreementKind.OTHER;
  }

  private static AgreementStatus status(SentenceActors sa) {
    Set<String> lemmas = new java.util.HashSet<>();
    for (Token t : sa.tokens()) {
      lemmas.add(t.lemma());
    }
    String text = sa.sentence().text().toLowerCase(Locale.ROOT);
    if (lemmas.contains("ratify")) {
      return AgreementStatus.RATIFIED;
    }
    if (text.contains("into force") || text.contains("took effect") || text.contains("in force")) {
      return AgreementStatus.IN_FORCE;
    }
    if (lemmas.contains("sign") || lemmas.contains("seal") || lemmas.contains("conclude")) {
      return AgreementStatus.SIGNED;
    }
    if (lemmas.contains("reject")) {
      return AgreementStatus.REJECTED;
    }
    if (lemmas.contains("negotiate") || lemmas.contains("negotiation") || text.contains("talks")) {
      return AgreementStatus.NEGOTIATING;
    }
    if (lemmas.contains("propose") || lemmas.contains("plan")) {
      return AgreementStatus.PROPOSED;
    }
    if (lemmas.contains("agree") || lemmas.contains("reach")) {
      return AgreementStatus.SIGNED;
    }
    return AgreementStatus.ANNOUNCED;
  }

  /** Joins statements of one agreement: same kind and a party in common. */
  private static List<Fact> merge(List<Fact.Agreement> found) {
    List<Fact.Agreement> merged = new ArrayList<>();
    for (Fact.Agreement a : found) {
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        Fact.Agreement m = merged.get(i);
        if (m.kind() == a.kind() && m.parties().stream().anyMatch(a.parties()::contains)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        merged.add(a);
      } else {
        merged.set(same, join(merged.get(same), a));
      }
    }
    return List.copyOf(merged);
  }

  private static Fact.Agreement join(Fact.Agreement a, Fact.Agreement b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    Set<Entity> parties = new LinkedHashSet<>(a.parties());
    parties.addAll(b.parties());
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.addAll(b.evidence());
    AgreementStatus status = b.status().ordinal() > a.status().ordinal() ? b.status() : a.status();
    return new Fact.Agreement(
        List.copyOf(names),
        a.form() != AgreementForm.AGREEMENT ? a.form() : b.form(),
        a.kind(),
        status,
        List.copyOf(parties),
        a.date().or(b::date),
        Math.max(a.confidence(), b.confidence()),
        evidence);
  }
}
