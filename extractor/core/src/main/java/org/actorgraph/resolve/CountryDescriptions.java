package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.CountryProfiles.Profile;
import org.actorgraph.resolve.DescriptionPhrases.Description;
import org.actorgraph.text.CharSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Definite descriptions that refer back to a country named before them: "the country", "the
 * nation", "the kingdom", "the Islamic Republic", "the Scandinavian country", "the Gulf state".
 * Wraps a resolver: each description becomes one more mention of the country it stands for, so
 * relation rules see an actor there. It adds no name to the entity (its surface forms stay the
 * names the article gives) and makes no entity of its own.
 *
 * <p>A description is {@code the}, a few modifiers and a head noun ({@link DescriptionPhrases}).
 * The head is a noun for any state ({@code country_nouns.txt}; "state" only with a region or
 * demonym) or the noun of a government form read from the countries' formal names ("kingdom" of
 * "Kingdom of Bahrain"), which only countries of that form take. A modifier is a region or group
 * word ("West African", {@code description_words.tsv}: the country must lie there), a demonym (that
 * country only), a word of a formal name ("Hashemite"), or an ordinary adjective (also hyphenated
 * in lower case: "oil-rich"); a contrastive or subordinate one ("the other country", "the breakaway
 * republic", {@code description_blockers.txt}), a noun ("the host country") or an unknown
 * capitalised word (a name: "the Islamic State", "the Moscow-backed republic") makes the phrase no
 * description. The head must end the noun phrase ("the state media" is none).
 *
 * <p>The antecedent is searched backwards, clause by clause (a sentence, or its parts between
 * semicolons), in the description's sentence and the {@value #BARE_WINDOW} before it for a bare
 * description ("the country"), the {@value #WINDOW} before it for one that says more ("the
 * kingdom", "the Gulf state"): the less a description says, the nearer its antecedent must be. In
 * the nearest clause that names a country fitting the description, the country that is the clause's
 * subject (named before its first verb) wins; else the one country the clause names. A demonym
 * inside a name ("the Finnish Civil War") names no antecedent. Two different fitting countries in
 * that place, or a nearer entity of another type whose name ends in the head ("the Islamic State"
 * for "the state"), leave the description unresolved. A description resolved so counts as a mention
 * for the descriptions after it.
 *
 * <p>Design decision: the subject preference follows centering theory (the subject of the previous
 * utterance is the likeliest antecedent of a definite description in subject position); taking the
 * nearest country instead resolves "Norway accused Russia of X. The country said" to Russia, and on
 * Wikipedia text (Re-DocRED) it changed 4 of 29 resolutions, all 4 to a wrong country.
 */
public final class CountryDescriptions implements EntityResolver {

  /** How many sentences before its own a bare description ("the country") may look back. */
  static final int BARE_WINDOW = 1;

  /** How many sentences before its own a description with a region or form may look back. */
  static final int WINDOW = 3;

  private static final Logger LOG = LoggerFactory.getLogger(CountryDescriptions.class);
  private static final String FINDER = "description";
  private static final double CONFIDENCE = 0.6;

  private final EntityResolver names;
  private final CountryProfiles profiles;
  private final Gazetteer gazetteer;
  private final DescriptionPhrases phrases;

  /**
   * @param names the resolver that groups the named mentions into entities
   * @param gazetteer the countries, their formal names and demonyms
   */
  public CountryDescriptions(EntityResolver names, Gazetteer gazetteer) {
    this.names = names;
    this.gazetteer = gazetteer;
    this.profiles = CountryProfiles.standard(gazetteer);
    this.phrases = new DescriptionPhrases(profiles, gazetteer);
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions) {
    ResolvedArticle named = names.resolve(article, mentions);
    return withAdded(named, describe(named));
  }

  /** {@code named} with the description mentions {@code added} joined to their entities. */
  static ResolvedArticle withAdded(ResolvedArticle named, Map<Entity, List<Mention>> added) {
    if (added.isEmpty()) {
      return named;
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity e : named.entities()) {
      List<Mention> more = added.get(e);
      entities.add(more == null ? e : withMentions(e, more));
    }
    return new ResolvedArticle(named.annotated(), named.iri(), entities);
  }

  /** The description mentions found, by the country entity they stand for. */
  Map<Entity, List<Mention>> describe(ResolvedArticle article) {
    Map<Entity, List<Mention>> added = new HashMap<>();
    List<List<ResolvedArticle.Located>> bySentence = bySentence(article);
    for (Sentence s : article.annotated().sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Optional<Description> d = phrases.at(s, i, bySentence.get(s.index()));
        if (d.isEmpty()) {
          continue;
        }
        Optional<Entity> country = antecedent(article, d.get(), bySentence);
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "{}: '{}' refers to {} in: {}",
              article.annotated().article().id(),
              d.get().span.of(article.annotated().body()),
              country.map(Entity::label).orElse("no country"),
              s.text());
        }
        if (country.isPresent()) {
          Mention m = mention(article.annotated().body(), d.get(), country.get());
          added.computeIfAbsent(country.get(), k -> new ArrayList<>()).add(m);
          insert(bySentence.get(s.index()), new ResolvedArticle.Located(m, country.get()));
        }
      }
    }
    return added;
  }

  /** The country the description refers back to, if one clearly fits. */
  private Optional<Entity> antecedent(
      ResolvedArticle article, Description d, List<List<ResolvedArticle.Located>> bySentence) {
    List<Sentence> sentences = article.annotated().sentences();
    int window = d.bare(profiles) ? BARE_WINDOW : WINDOW;
    for (int s = d.sentence; s >= 0 && s >= d.sentence - window; s--) {
      Sentence sentence = sentences.get(s);
      List<Clause> clauses =
          Clause.of(sentence, s == d.sentence ? d.span.start() : Integer.MAX_VALUE);
      for (int c = clauses.size() - 1; c >= 0; c--) {
        boolean own = s == d.sentence && c == clauses.size() - 1;
        Optional<Optional<Entity>> found =
            pick(
                article.annotated().body(),
                clauses.get(c),
                d,
                bySentence.get(s),
                own && inPredicate(sentence, clauses.get(c), d));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The decision a clause makes: empty when it names no fitting country (search on), else the
   * country it names, or none when two fit equally or a nearer actor of another kind has the head.
   * {@code besidesSubject}: the description is in the clause's predicate, so its subject is not its
   * antecedent.
   */
  private Optional<Optional<Entity>> pick(
      String body,
      Clause clause,
      Description d,
      List<ResolvedArticle.Located> mentions,
      boolean besidesSubject) {
    Set<Entity> subjects = new LinkedHashSet<>();
    Set<Entity> others = new LinkedHashSet<>();
    boolean blocked = false;
    for (ResolvedArticle.Located l : mentions) {
      CharSpan m = l.mention().span();
      if (m.start() < clause.start() || m.end() > clause.end()) {
        continue;
      }
      Entity e = l.entity();
      if (e.type() != EntityType.COUNTRY) {
        blocked |= endsWithWord(l.mention().text(), d.head) || endsWithWord(e.label(), d.head);
      } else if (fits(e, d) && !inName(body, l.mention())) {
        (m.start() < clause.subjectEnd() ? subjects : others).add(e);
      }
    }
    if (blocked) {
      return Optional.of(Optional.empty());
    }
    if (!subjects.isEmpty() && !besidesSubject) {
      return Optional.of(single(subjects));
    }
    if (!others.isEmpty()) {
      return Optional.of(single(others));
    }
    return Optional.empty();
  }

  /**
   * Whether the description stands in the predicate of its own clause, after the clause's first
   * verb, and is not the subject of a clause of its own (no verb follows it): {@code Moscow accused
   * the country of X} cannot mean Moscow's own country (a name or description is not bound by the
   * subject of its clause: binding theory, Principle C), but {@code Moscow said the country would
   * respond} may.
   */
  private static boolean inPredicate(Sentence sentence, Clause clause, Description d) {
    if (d.span.start() <= clause.subjectEnd()) {
      return false;
    }
    for (Token t : sentence.tokens()) {
      if (t.span().start() >= d.span.end()) {
        return !t.pos().equals("VERB") && !t.pos().equals("AUX");
      }
    }
    return true;
  }

  /**
   * Whether {@code m} is a demonym inside a name or a compound ("the Finnish Civil War", "the
   * American-built canal"): it modifies another thing and does not put its country forward.
   */
  private boolean inName(String body, Mention m) {
    int i = m.span().end();
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    boolean modifies =
        i < body.length() && (Character.isUpperCase(body.charAt(i)) || body.charAt(i) == '-');
    return modifies && !gazetteer.demonymCandidates(m.text()).isEmpty();
  }

  private static Optional<Entity> single(Set<Entity> entities) {
    return entities.size() == 1 ? Optional.of(entities.iterator().next()) : Optional.empty();
  }

  /** Whether country {@code e} fits what {@code d} says of it. */
  private boolean fits(Entity e, Description d) {
    Optional<String> key = e.wikidata();
    Optional<Profile> p = key.flatMap(profiles::of);
    if (p.isEmpty()) {
      return false;
    }
    if (d.country.isPresent() && !d.country.equals(key)) {
      return false;
    }
    if (!profiles.isGenericNoun(d.head) && !p.get().heads().contains(d.head)) {
      return false;
    }
    if (!p.get().forms().containsAll(d.forms)) {
      return false;
    }
    for (Set<String> region : d.regions) {
      if (region.stream().noneMatch(p.get().groups()::contains)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithWord(String text, String word) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.equals(word) || t.endsWith(" " + word);
  }

  private Mention mention(String body, Description d, Entity country) {
    return new Mention(
        d.span,
        d.span.of(body),
        EntityType.COUNTRY,
        d.sentence,
        FINDER,
        CONFIDENCE,
        country.wikidata());
  }

  static Entity withMentions(Entity e, List<Mention> more) {
    List<Mention> all = new ArrayList<>(e.mentions());
    all.addAll(more);
    all.sort((a, b) -> a.span().compareTo(b.span()));
    return new Entity(
        e.iri(),
        e.type(),
        e.subtype(),
        e.label(),
        e.aliases(),
        e.wikidata(),
        e.isoCode(),
        all,
        e.confidence());
  }

  static List<List<ResolvedArticle.Located>> bySentence(ResolvedArticle article) {
    List<List<ResolvedArticle.Located>> out = new ArrayList<>();
    for (int i = 0; i < article.annotated().sentences().size(); i++) {
      out.add(new ArrayList<>());
    }
    for (ResolvedArticle.Located l : article.located()) {
      int s = l.mention().sentence();
      if (s >= 0 && s < out.size()) {
        out.get(s).add(l);
      }
    }
    return out;
  }

  static void insert(List<ResolvedArticle.Located> list, ResolvedArticle.Located l) {
    int at = 0;
    while (at < list.size() && list.get(at).mention().span().compareTo(l.mention().span()) < 0) {
      at++;
    }
    list.add(at, l);
  }

  /**
   * One clause: a sentence or a part of it between semicolons, cut at {@code limit}.
   *
   * @param start where it starts
   * @param end where it ends
   * @param subjectEnd where its first verb starts (its end when it has none)
   */
  record Clause(int start, int end, int subjectEnd) {

    static List<Clause> of(Sentence s, int limit) {
      List<Clause> out = new ArrayList<>();
      List<Token> tokens = s.tokens();
      int start = s.span().start();
      int verb = -1;
      for (Token t : tokens) {
        if (t.span().start() >= limit) {
          break;
        }
        if (t.text().equals(";")) {
          out.add(new Clause(start, t.span().start(), verb < 0 ? t.span().start() : verb));
          start = t.span().end();
          verb = -1;
        } else if (verb < 0 && (t.pos().equals("VERB") || t.pos().equals("AUX"))) {
          verb = t.span().start();
        }
      }
      int end = Math.min(limit, s.span().end());
      out.add(new Clause(start, end, verb < 0 ? end : verb));
      return out;
    }
  }
}
