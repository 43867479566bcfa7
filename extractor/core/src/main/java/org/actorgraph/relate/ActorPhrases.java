package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.StateNouns;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * The actor phrases of one sentence, in text order, and which of them are coordinated ("Israel and
 * Morocco", "Kihara, Kamikawa and Manalo"). A country or organisation followed by a title and a
 * person ({@code Morocco's King Mohammed VI}) is one phrase headed by the person, a country's
 * possessive before a company ({@code Italy's Eni}, {@link CompanyOwners}) one headed by the
 * company; a country followed by a title alone ({@code the Russian president}) stands for the
 * person the article has named in that office, when there is exactly one. Places are not actors and
 * make no phrase.
 */
final class ActorPhrases {

  /** The determiners before a demonym whose title is one office ({@link #unnamedOfficeEnd}). */
  private static final Set<String> DEFINITE = Set.of("the", "his", "her", "its", "their");

  /**
   * Gaps that join a person to the next person of a list through a possessive determiner: {@code A
   * and his Sylvanian counterpart B}, {@code A, her deputy B, and C}.
   */
  private static final Set<String> OWNED_GAPS =
      Set.of("and his", "and her", ", his", ", her", ", and his", ", and her");

  /** Nouns for one private person ({@code private_person_nouns.txt}: national, citizen...). */
  private static final Set<String> PRIVATE_PERSONS = WordLists.set("private_person_nouns.txt");

  /** Nouns for one private firm ({@code firm_nouns.txt}: company, lender, retailer...). */
  private static final Set<String> FIRMS = WordLists.set("firm_nouns.txt");

  /** How many lower-case words may stand between a demonym and a firm noun ("fuel retailer"). */
  private static final int FIRM_MODIFIERS = 3;

  /** Nouns for a country's government ({@code government_nouns.txt}: government, cabinet...). */
  private static final Set<String> GOVERNMENTS = WordLists.set("government_nouns.txt");

  /**
   * What the article tells about its actors: who holds which role where (organisation or country,
   * then role, then the holder), which places stand for a country ("Tokyo has signed"), and which
   * country each person heads (the one country where the article gives them a current head office:
   * "Colombian President Gustavo Petro").
   */
  record Holders(
      Map<Entity, Map<String, Entity>> byOrganisation,
      Map<Entity, Entity> standsFor,
      Map<Entity, Entity> headed) {

    Holders {
      byOrganisation = Map.copyOf(byOrganisation);
      standsFor = Map.copyOf(standsFor);
      headed = Map.copyOf(headed);
    }

    static Holders none() {
      return new Holders(Map.of(), Map.of(), Map.of());
    }

    /**
     * The one holder of a role there; "leader" also names the one office-holder of a country or
     * organisation whose article names only one.
     */
    Optional<Entity> holder(Entity organisation, String role) {
      Map<String, Entity> roles = byOrganisation.getOrDefault(organisation, Map.of());
      Entity exact = roles.get(role);
      if (exact == null && role.equals("leader") && roles.size() == 1) {
        return roles.values().stream().findFirst();
      }
      return Optional.ofNullable(exact);
    }

    /**
     * The one person who holds a role of this name ("foreign minister") or ending in this head
     * ("minister"), wherever; empty when no one or several do.
     */
    Optional<Entity> onlyHolder(String role) {
      Set<Entity> found = new HashSet<>();
      for (Map<String, Entity> roles : byOrganisation.values()) {
        roles.forEach(
            (name, holder) -> {
              if (name.equals(role) || name.endsWith(" " + role)) {
                found.add(holder);
              }
            });
      }
      return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }

    /** {@link #onlyHolder}, when the article named that person before offset {@code before}. */
    Optional<Entity> onlyHolderNamedBefore(String role, int before) {
      return onlyHolder(role)
          .filter(h -> h.mentions().stream().anyMatch(m -> m.span().end() <= before));
    }
  }

  private final List<ActorPhrase> phrases;
  private final List<Token> tokens;

  private ActorPhrases(List<ActorPhrase> phrases, List<Token> tokens) {
    this.phrases = List.copyOf(phrases);
    this.tokens = tokens;
  }

  static ActorPhrases of(SentenceActors sa, RoleLexicon roles, Holders holders) {
    List<Located> actors =
        sa.mentions().stream()
            .map(l -> standIn(l, holders))
            .filter(SentenceActors::isActor)
            .toList();
    List<Token> tokens = sa.tokens();
    List<ActorPhrase> out = new ArrayList<>();
    for (int k = 0; k < actors.size(); k++) {
      Located m = actors.get(k);
      int first = sa.firstToken(m);
      int last = sa.lastToken(m);
      if (!out.isEmpty() && out.get(out.size() - 1).last() >= first
          || m.entity().type() == EntityType.COUNTRY
              && (privatePersonAfter(tokens, last)
                  || oneFirm(tokens, first, last) && !otherState(sa, actors, k))) {
        continue;
      }
      boolean owner = m.entity().type() != EntityType.PERSON;
      if (owner && k + 1 < actors.size()) {
        Located n = actors.get(k + 1);
        if (CompanyOwners.homeOf(sa, m, n)) {
          // Freedonia's state oil company Petrosyl: the company acts, its country only says where
          // it lies, so it qualifies nothing (a deal with the company is none with the country)
          out.add(new ActorPhrase(n.entity(), Optional.empty(), first, sa.lastToken(n), false));
          k++;
          continue;
        }
        int titleStart = titleBefore(tokens, roles, last + 1, sa.firstToken(n));
        if (n.entity().type() == EntityType.PERSON
            && (titleStart >= 0 || counterparts(tokens, last + 1, sa.firstToken(n)))) {
          int nextAfter = k + 2 < actors.size() ? sa.firstToken(actors.get(k + 2)) : tokens.size();
          out.add(
              governmentOf(holders, n.entity(), tokens, first, sa.lastToken(n), nextAfter)
                  .orElse(
                      new ActorPhrase(
                          n.entity(), Optional.of(m.entity()), first, sa.lastToken(n), false)));
          k++;
          continue;
        }
      }
      if (owner) {
        Optional<ActorPhrase> byTitle = byTitle(sa, roles, holders, m, actors, k);
        if (byTitle.isPresent()) {
          out.add(byTitle.get());
          continue;
        }
        int next = k + 1 < actors.size() ? sa.firstToken(actors.get(k + 1)) : tokens.size();
        boolean definite =
            first > 0 && DEFINITE.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
        int office = unnamedOfficeEnd(tokens, roles, last + 1, next, definite);
        if (office >= 0) {
          out.add(new ActorPhrase(m.entity(), Optional.empty(), first, office, false));
          continue;
        }
      } else {
        int titleStart = roles.titleEndingAt(tokens, first);
        if (titleStart >= 0) {
          first = titleStart;
        }
        int next = k + 1 < actors.size() ? sa.firstToken(actors.get(k + 1)) : tokens.size();
        Optional<ActorPhrase> government =
            governmentOf(holders, m.entity(), tokens, first, last, next);
        if (government.isPresent()) {
          out.add(government.get());
          continue;
        }
      }
      if (m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANISATION) {
        int next = k + 1 < actors.size() ? sa.firstToken(actors.get(k + 1)) : tokens.size();
        last = stateNounAfter(tokens, first, last, next);
      }
      out.add(new ActorPhrase(m.entity(), Optional.empty(), first, last, false));
    }
    described(sa, roles, holders, out);
    return new ActorPhrases(out, tokens);
  }

  /**
   * {@code Foreign Minister Jane Doe visited Sylvania. The minister signed a pact there}: "the" and
   * a title with no owner, name or "of" after it stands for the one person the article has named
   * before in an office of that title (or a title ending in it), wherever; added to {@code out} in
   * text order.
   */
  private static void described(
      SentenceActors sa, RoleLexicon roles, Holders holders, List<ActorPhrase> out) {
    List<Token> tokens = sa.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).text().equalsIgnoreCase("the") || covered(out, i + 1)) {
        continue;
      }
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, i + 1);
      if (role.isEmpty()) {
        continue;
      }
      int end = i + 1 + role.get().length();
      if (end < tokens.size()
              && (tokens.get(end).isCapitalised() || tokens.get(end).text().matches("of|,"))
          || covered(out, end - 1)) {
        continue;
      }
      int at = tokens.get(i).span().start();
      Optional<Entity> holder = holders.onlyHolderNamedBefore(role.get().name(), at);
      if (holder.isPresent()) {
        int first = i;
        out.add(new ActorPhrase(holder.get(), Optional.empty(), first, end - 1, true));
        out.sort(Comparator.comparingInt(ActorPhrase::first));
      }
      i = end - 1;
    }
  }

  /**
   * {@code Colombian President Gustavo Petro's government}, {@code the Petro government}, {@code
   * Petro's administration}: a person's name (or its possessive) before a noun for a government
   * ({@code government_nouns.txt}) stands for the country the article has the person heading now
   * ({@link Holders#headed}), as "Colombia's government" does; the phrase runs from {@code first}
   * to the noun, which must come before {@code next}. Empty for anyone else: a minister heads no
   * country, and a former president's government is not today's (only current offices count).
   */
  private static Optional<ActorPhrase> governmentOf(
      Holders holders, Entity person, List<Token> tokens, int first, int last, int next) {
    Entity country = holders.headed().get(person);
    int k = last + 1;
    if (k < next && tokens.get(k).text().matches("['’]s")) {
      k++;
    }
    if (country == null || k >= next || !GOVERNMENTS.contains(tokens.get(k).text())) {
      return Optional.empty();
    }
    return Optional.of(new ActorPhrase(country, Optional.empty(), first, k, false));
  }

  /**
   * Whether a noun for one private person follows the country ending at {@code last} ({@code a
   * Sylvanian national}, {@code a Sylvania resident}, {@code Sylvania's citizen}, {@code Sylvanian
   * striker Jane Roe}): the country only says where they come from, and they do not act for it. Not
   * when a common noun follows that one ({@code the Sylvanian national team}), nor a capitalised
   * word that is no proper noun.
   */
  private static boolean privatePersonAfter(List<Token> tokens, int last) {
    int k = last + 1;
    if (k < tokens.size() && tokens.get(k).text().matches("['’]s")) {
      k++;
    }
    return k < tokens.size()
        && PRIVATE_PERSONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
        && (k + 1 == tokens.size()
            || !tokens.get(k + 1).pos().matches("NOUN|PROPN")
            || personNameAfter(tokens, k + 1));
  }

  /**
   * {@code a Sylvanian lender}, {@code a Sylvania software firm}: "a" or "an", the country's name
   * or demonym over {@code [first, last]}, at most {@link #FIRM_MODIFIERS} lower-case words, then a
   * noun for one firm ({@code firm_nouns.txt}) ending the phrase; without the article, when the
   * firm's name follows the noun ({@code will buy Sylvanian software maker Kovo}). One firm is no
   * more the state than one national is; a firm the words make the state's ("a Sylvanian state
   * firm") is not read here.
   */
  private static boolean oneFirm(List<Token> tokens, int first, int last) {
    boolean article = first > 0 && tokens.get(first - 1).text().matches("(?i)an?");
    for (int k = last + 1; k < tokens.size() && k <= last + 1 + FIRM_MODIFIERS; k++) {
      String w = tokens.get(k).text();
      if (!w.matches("[a-z][a-z-]*") || w.startsWith("state") || w.equals("government")) {
        return false;
      }
      if (k + 2 < tokens.size() && tokens.get(k + 1).text().equals("-")) {
        w = w + "-" + tokens.get(k + 2).text(); // "start-up", split by the tokenizer
        k += 2;
      }
      if (FIRMS.contains(w)
          && (k + 1 == tokens.size() || !tokens.get(k + 1).pos().matches("NOUN"))) {
        return article || k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised();
      }
    }
    return false;
  }

  /**
   * Whether an actor other than the {@code k}th is a country acting for itself, not only the home
   * of the organisation after it ({@link #homeOnly}): a state that blocks or fines a foreign firm
   * acts on the firm's country, as it does on a foreign national's, while a company buying one
   * makes no state a side ({@link #oneFirm}).
   */
  private static boolean otherState(SentenceActors sa, List<Located> actors, int k) {
    for (int j = 0; j < actors.size(); j++) {
      if (j != k
          && actors.get(j).entity().type() == EntityType.COUNTRY
          && !actors.get(j).entity().equals(actors.get(k).entity())
          && !(j + 1 < actors.size() && homeOnly(sa, actors.get(j), actors.get(j + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a country only says where the organisation after it comes from: a company's home
   * ({@link CompanyOwners#homeOf}), or a possessive right before an organisation that is no organ
   * of the state ({@code Freedonia's Kovo Steel}).
   */
  private static boolean homeOnly(SentenceActors sa, Located country, Located next) {
    if (CompanyOwners.homeOf(sa, country, next)) {
      return true;
    }
    int after = sa.lastToken(country) + 1;
    return next.entity().type() == EntityType.ORGANISATION
        && next.entity().subtype().filter(EntitySubtype.GOVERNMENT_BODY.label()::equals).isEmpty()
        && after + 1 == sa.firstToken(next)
        && sa.tokens().get(after).text().matches("['’]s");
  }

  /** Whether a proper noun written with a capital stands at {@code k}: the person's name. */
  private static boolean personNameAfter(List<Token> tokens, int k) {
    return tokens.get(k).pos().equals("PROPN") && tokens.get(k).isCapitalised();
  }

  private static boolean covered(List<ActorPhrase> phrases, int token) {
    return phrases.stream().anyMatch(p -> p.first() <= token && token <= p.last());
  }

  /**
   * {@code Freedonia's government}, {@code the Freedonian authorities}: a country (or its demonym)
   * with a noun for those who act for its state ({@link ClauseSubjects#GROUP_NOUNS}) is one phrase
   * headed by the country, so "Freedonia's government and Sylvania signed" has two subjects; so is
   * an organisation with such a noun ("Union leaders and Sylvania signed", "Union officials"). Not
   * the last of coordinated demonyms, which share the noun ("Freedonian and Sylvanian troops" stand
   * for both). Up to {@link #STATE_NOUN_MODIFIERS} adjectives or adverbs may stand before the noun
   * ("Freedonia's federal government", "Freedonia's elected government"), and before a body that
   * oversees a field also nouns that name the field ("Freedonia's market regulator"). A state noun
   * the tagger read as an adjective ("Freedonia's military[ADJ] blocked") is the noun when no other
   * follows it. Returns the phrase's last token: the noun's, or {@code last} when none follows
   * before {@code next}.
   */
  private static int stateNounAfter(List<Token> tokens, int first, int last, int next) {
    int k = last + 1;
    boolean possessive = k < next && tokens.get(k).text().matches("['’]s");
    if (possessive) {
      k++;
    } else if (first > 0 && tokens.get(first - 1).text().matches("and|or|,")) {
      return last;
    }
    int noun = k;
    int passed = -1;
    for (int m = 0;
        m < STATE_NOUN_MODIFIERS && k + 1 < next && modifier(tokens.get(k), possessive);
        m++) {
      if (stateNoun(tokens.get(k), ClauseSubjects.GROUP_NOUNS)) {
        passed = k;
      }
      k++;
    }
    if (k < next && stateNoun(tokens.get(k), ClauseSubjects.GROUP_NOUNS)) {
      return k;
    }
    if (passed >= 0) {
      return passed;
    }
    for (int m = 0;
        m < STATE_NOUN_MODIFIERS
            && noun + 1 < next
            && !stateNoun(tokens.get(noun), StateNouns.FIELD_BODIES)
            && fieldWord(tokens.get(noun), possessive);
        m++) {
      noun++;
    }
    return noun < next && stateNoun(tokens.get(noun), StateNouns.FIELD_BODIES) ? noun : last;
  }

  /** Whether {@code t} is one of {@code nouns}, written in lower case. */
  private static boolean stateNoun(Token t, Set<String> nouns) {
    return t.text().equals(t.text().toLowerCase(Locale.ROOT)) && nouns.contains(t.text());
  }

  /**
   * A lower-case adjective or noun that may name the field a state's body oversees ({@code market}
   * regulator, {@code nuclear} regulator; {@link StateNouns#FIELD_BODIES}); after a possessive also
   * a word tagged as a verb ("Freedonia's antitrust regulator", which the tagger may read as one),
   * which after a bare name would be its verb ("Freedonia asked regulators").
   */
  private static boolean fieldWord(Token t, boolean possessive) {
    return t.text().matches("[a-z]+")
        && (t.pos().matches("ADJ|NOUN") || possessive && t.pos().equals("VERB"));
  }

  /**
   * How many modifiers may stand between a country and its state noun ({@link #stateNounAfter}).
   */
  private static final int STATE_NOUN_MODIFIERS = 2;

  /**
   * A lower-case adjective or adverb before a state noun; after a possessive also a participle
   * ("Freedonia's elected government"), which after a bare name would be its verb ("Freedonia
   * expelled diplomats").
   */
  private static boolean modifier(Token t, boolean possessive) {
    return t.text().equals(t.text().toLowerCase(Locale.ROOT))
        && (t.pos().matches("ADJ|ADV")
            || possessive && t.pos().equals("VERB") && t.text().endsWith("ed"));
  }

  private static Located standIn(Located l, Holders holders) {
    Entity country = holders.standsFor().get(l.entity());
    return country == null ? l : new Located(l.mention(), country);
  }

  /**
   * Where a title ending just before {@code to} starts, if words from {@code from} lead into it
   * without punctuation or verbs ({@code 's nationalist leader}); else -1.
   */
  private static int titleBefore(List<Token> tokens, RoleLexicon roles, int from, int to) {
    if (to - from > 6 || to <= from) {
      return -1;
    }
    for (int s = from; s < to; s++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, s);
      if (role.isPresent() && s + role.get().length() == to) {
        for (int j = from; j < s; j++) {
          if (!modifierWord(tokens.get(j))) {
            return -1;
          }
        }
        return s;
      }
    }
    return -1;
  }

  /**
   * Whether the words between an actor and a person are "counterpart(s)", with or without a comma
   * after it ({@code her Sylvanian counterpart, Jane Doe}).
   */
  private static boolean counterparts(List<Token> tokens, int from, int to) {
    return isCounterpart(tokens.get(from))
        && (to == from + 1 || (to == from + 2 && tokens.get(from + 1).text().equals(",")));
  }

  static boolean isCounterpart(Token t) {
    return t.text().equalsIgnoreCase("counterpart") || t.text().equalsIgnoreCase("counterparts");
  }

  private static boolean modifierWord(Token t) {
    String w = t.text();
    if (w.matches("['’]s|the|The")) {
      return true;
    }
    return w.matches("[\\p{L}-]+")
        && !t.pos().equals("VERB")
        && !t.pos().equals("AUX")
        && !w.equalsIgnoreCase("and")
        && !w.equalsIgnoreCase("or")
        && !t.pos().equals("ADP");
  }

  /** {@code the Russian president}: the article's holder of that title there. */
  private static Optional<ActorPhrase> byTitle(
      SentenceActors sa,
      RoleLexicon roles,
      Holders holders,
      Located m,
      List<Located> actors,
      int k) {
    List<Token> tokens = sa.tokens();
    int j = sa.lastToken(m) + 1;
    if (j < tokens.size() && tokens.get(j).text().matches("['’]s")) {
      j++;
    }
    Optional<RoleLexicon.Role> role = roles.roleAt(tokens, j);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    int end = j + role.get().length();
    boolean personFollows = k + 1 < actors.size() && sa.firstToken(actors.get(k + 1)) == end;
    if (personFollows || end < tokens.size() && tokens.get(end).isCapitalised()) {
      return Optional.empty();
    }
    return holders
        .holder(m.entity(), role.get().name())
        .map(h -> new ActorPhrase(h, Optional.of(m.entity()), sa.firstToken(m), end - 1, true));
  }

  /**
   * {@code Freedonia's foreign minister signed}, {@code the Freedonian trade minister and his
   * Sylvanian counterpart signed}: an owner's title that names no one (no name, apposition or "of"
   * after it, and no holder the article knows: {@link #byTitle}) acts for its owner, as its
   * government does ({@link #stateNounAfter}). The owner is possessive, or a {@code definite}
   * demonym: "a Freedonian journalist" is one of many, no office. Returns the title's last token,
   * or -1 when no such title starts at {@code from} and ends before {@code next}.
   */
  private static int unnamedOfficeEnd(
      List<Token> tokens, RoleLexicon roles, int from, int next, boolean definite) {
    boolean possessive = from < next && tokens.get(from).text().matches("['’]s");
    int j = possessive ? from + 1 : from;
    if (j >= next || !possessive && !definite) {
      return -1;
    }
    int end =
        isCounterpart(tokens.get(j))
            ? j + 1
            : roles.roleAt(tokens, j).map(r -> r.length()).orElse(-1) + j;
    if (end <= j || end > next) {
      return -1;
    }
    if (end < tokens.size()) {
      Token after = tokens.get(end);
      boolean apposed = after.text().equals(",") && end + 1 < tokens.size() && end + 1 == next;
      if (after.isCapitalised() || after.text().equals("of") || apposed) {
        return -1;
      }
    }
    return end - 1;
  }

  List<ActorPhrase> all() {
    return phrases;
  }

  /** The phrase that starts at token {@code i}, if any. */
  Optional<ActorPhrase> startingAt(int i) {
    return phrases.stream().filter(p -> p.first() == i).findFirst();
  }

  /** The phrase that ends at token {@code i}, if any. */
  Optional<ActorPhrase> endingAt(int i) {
    return phrases.stream().filter(p -> p.last() == i).findFirst();
  }

  /** The phrase and those coordinated with it, in text order. */
  List<ActorPhrase> conjuncts(ActorPhrase p) {
    int k = phrases.indexOf(p);
    int from = k;
    while (from > 0 && joined(phrases.get(from - 1), phrases.get(from))) {
      from--;
    }
    int to = k;
    while (to + 1 < phrases.size() && joined(phrases.get(to), phrases.get(to + 1))) {
      to++;
    }
    List<ActorPhrase> group = phrases.subList(from, to + 1);
    if (group.size() > 1 && !hasAnd(group)) {
      return List.of(p);
    }
    return List.copyOf(group);
  }

  private boolean joined(ActorPhrase a, ActorPhrase b) {
    String gap = gap(a, b);
    if (OWNED_GAPS.contains(gap)) {
      // "A and his Sylvanian counterpart B"; "A (or Freedonia's foreign minister) and his
      // Sylvanian counterpart", an office that names no one ({@link #unnamedOfficeEnd})
      boolean person = a.head().type() == EntityType.PERSON;
      boolean counterpart =
          b.head().type() != EntityType.PERSON && isCounterpart(tokens.get(b.last()));
      return person && b.head().type() == EntityType.PERSON || counterpart;
    }
    return gap.equals("and")
        || gap.equals(",")
        || gap.equals(", and")
        || gap.equals("or")
        || gap.equals("as well as")
        || gap.equals("&")
        || gap.equals("and the");
  }

  private boolean hasAnd(List<ActorPhrase> group) {
    for (int i = 0; i + 1 < group.size(); i++) {
      if (!gap(group.get(i), group.get(i + 1)).startsWith(",")
          || gap(group.get(i), group.get(i + 1)).contains("and")) {
        return true;
      }
    }
    return false;
  }

  private String gap(ActorPhrase a, ActorPhrase b) {
    StringBuilder s = new StringBuilder();
    for (int i = a.last() + 1; i < b.first(); i++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }
}
