package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds the mention of the actor a title belongs to where it stands around the title: a country or
 * organisation ending or starting at a token, the one "its" stands for, the first within a window,
 * a place before a local title, and the sending country of a diplomat posted to an international
 * organisation; and tells a country where a titled person is ({@code In Sylvania Minister X}) from
 * one whose title it is.
 */
final class TitleOwners {

  /**
   * Words of a second office ({@code role_deputies.txt}: "deputy", "vice") that may stand between a
   * sender's possessive and the body it posts to.
   */
  static final Set<String> DEPUTIES = WordLists.set("role_deputies.txt");

  private TitleOwners() {}

  private static boolean isOwner(Located l) {
    EntityType t = l.entity().type();
    return t == EntityType.COUNTRY || t == EntityType.ORGANISATION;
  }

  static Optional<Located> endingAt(SentenceActors sa, int token, int before) {
    for (int j = 0; j < before; j++) {
      Located l = sa.mentions().get(j);
      if (isOwner(l) && sa.lastToken(l) == token) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Chinese foreign ministry spokesman X}: a body the gazetteer knows, named in lower case
   * from its country's word at {@code from} over the lower-case words up to {@code end}, right
   * before the title. Those words read as the title's modifiers, so the owner looked for before
   * them is the body's first word, inside its name; the body itself owns the title, as its name in
   * capitals does ({@code Chinese Foreign Ministry spokesman X}). An unknown body ("Foreign
   * ministry" opening a sentence) names no country and is left to the title's context.
   *
   * @param before the index of the titled person among the sentence's mentions
   */
  static Optional<Located> knownBodyOver(SentenceActors sa, int from, int end, int before) {
    for (int j = 0; j < before; j++) {
      Located l = sa.mentions().get(j);
      if (l.entity().type() == EntityType.ORGANISATION
          && l.mention().key().isPresent()
          && sa.firstToken(l) <= from
          && sa.lastToken(l) == end) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code In Sylvania Minister X met ...}: a country right after "in" is where the titled person
   * is, not whose title it is (a comma after it is often left out).
   */
  static boolean located(SentenceActors sa, Located l) {
    int p = sa.firstToken(l) - 1;
    return l.entity().type() == EntityType.COUNTRY
        && p >= 0
        && sa.tokens().get(p).text().equalsIgnoreCase("in");
  }

  /**
   * {@code Amnesty International's Freedonia director X}, {@code the Union's Sylvania envoy X}: the
   * owner whose possessive stands before the country {@code remit} in front of a title, the country
   * being the title's remit, not its owner; empty when no possessive stands there.
   *
   * @param k the index of the titled person among the sentence's mentions
   */
  static Optional<Located> remitOwner(SentenceActors sa, Located remit, int k) {
    int p = sa.firstToken(remit) - 1;
    if (remit.entity().type() != EntityType.COUNTRY
        || p < 1
        || !sa.tokens().get(p).text().matches("['’]s?")) {
      return Optional.empty();
    }
    return endingAt(sa, p - 1, k);
  }

  /**
   * {@code Freedonia and its president, X}: the country or organisation named last before {@code
   * token}, which "its" there stands for.
   */
  static Optional<Located> actorBefore(SentenceActors sa, int token) {
    Located last = null;
    for (Located l : sa.mentions()) {
      if (isOwner(l) && sa.lastToken(l) < token) {
        last = l;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * {@code Freedonia's UN ambassador X}, {@code Freedonia's former deputy UN envoy X}: the country
   * whose possessive stands before the international organisation a diplomat is posted to, or
   * before up to two words in front of it that belong to the title, of a second office ({@link
   * #DEPUTIES}) or of its status ("former", "acting": {@link PositionFinder#statusWord}); none for
   * another owner.
   */
  static Optional<Located> sender(SentenceActors sa, Located posting) {
    if (!MemberLists.isInternational(posting.entity())) {
      return Optional.empty();
    }
    int s = sa.firstToken(posting) - 1;
    for (int words = 0; words < 2 && s >= 1 && ofTitle(sa.tokens().get(s)); words++) {
      s--; // "Freedonia's former deputy UN envoy": the words belong to the title
    }
    if (s < 1 || !sa.tokens().get(s).text().matches("['’]s")) {
      return Optional.empty();
    }
    return sa.endingAt(s - 1, EntityType.COUNTRY);
  }

  /** Whether a word before a posting is of the title: a second office or a status. */
  private static boolean ofTitle(Token t) {
    return DEPUTIES.contains(t.text().toLowerCase(Locale.ROOT))
        || PositionFinder.statusWord(t).isPresent();
  }

  /**
   * Nouns naming a country's government after a preposition ({@code government_nouns.txt}:
   * government, cabinet, administration).
   */
  private static final Set<String> GOVERNMENTS = WordLists.set("government_nouns.txt");

  /** A state's armed forces and police ({@code state_force_nouns.txt}: army, navy, police). */
  private static final Set<String> FORCES = WordLists.set("state_force_nouns.txt");

  /**
   * A country's government named after a preposition, where an office-holder serves.
   *
   * @param end the token after the phrase
   */
  record Government(Located country, int end) {}

  /**
   * {@code in the Freedonian government}, {@code for Freedonia's cabinet}, {@code to the government
   * of Freedonia}: the country whose government the phrase at {@code in} (a preposition joining a
   * title to where its holder serves: "in", "for", "of", "to") names; empty for any other phrase
   * ({@code in Freedonia}, {@code in the Unity Party's cabinet}). A posting abroad is not read here
   * (an ambassador "to" a government is sent by another).
   */
  static Optional<Government> government(SentenceActors sa, int in) {
    List<Token> tokens = sa.tokens();
    if (in + 2 >= tokens.size() || !tokens.get(in).text().matches("(?i)in|for|of|to")) {
      return Optional.empty();
    }
    int at = tokens.get(in + 1).text().equalsIgnoreCase("the") ? in + 2 : in + 1;
    if (isGovernment(tokens, at)
        && at + 2 < tokens.size()
        && tokens.get(at + 1).text().equals("of")) {
      return country(sa, at + 2).map(c -> new Government(c, sa.lastToken(c) + 1));
    }
    Optional<Located> country = country(sa, at);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    int noun = sa.lastToken(country.get()) + 1;
    if (TitleWords.possessiveAt(tokens, noun)) {
      noun++;
    }
    // "for the Freedonian government's health ministry": the title is the possessed body's
    return isGovernment(tokens, noun) && !TitleWords.possessiveAt(tokens, noun + 1)
        ? Optional.of(new Government(country.get(), noun + 1))
        : Optional.empty();
  }

  /**
   * {@code the Freedonian government's spokesman X}, {@code the Freedonian army's chief of staff,
   * X,}: the country whose government noun or force noun ends at {@code token}, right before the
   * possessive in front of a title.
   *
   * @param before the index of the titled person among the sentence's mentions
   */
  static Optional<Located> governmentEndingAt(SentenceActors sa, int token, int before) {
    if (!isGovernment(sa.tokens(), token)
        && !(token >= 0
            && token < sa.tokens().size()
            && FORCES.contains(TitleWords.lower(sa.tokens(), token)))) {
      return Optional.empty();
    }
    int end = TitleWords.possessiveAt(sa.tokens(), token - 1) ? token - 2 : token - 1;
    return endingAt(sa, end, before).filter(l -> l.entity().type() == EntityType.COUNTRY);
  }

  private static Optional<Located> country(SentenceActors sa, int at) {
    return startingAt(sa, at).filter(l -> l.entity().type() == EntityType.COUNTRY);
  }

  private static boolean isGovernment(List<Token> tokens, int i) {
    return i < tokens.size() && GOVERNMENTS.contains(TitleWords.lower(tokens, i));
  }

  /** {@code Port Aster mayor X}: a place right before a local title. */
  static Optional<Located> placeEndingAt(SentenceActors sa, int token, int before) {
    for (int j = 0; j < before; j++) {
      Located l = sa.mentions().get(j);
      if (l.entity().type() == EntityType.PLACE && sa.lastToken(l) == token) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The owner mention that starts at {@code token}, the longest when several do ("the Mexican
   * foreign ministry", where the demonym is a mention of the country too).
   */
  static Optional<Located> startingAt(SentenceActors sa, int token) {
    return sa.mentions().stream()
        .filter(l -> isOwner(l) && sa.firstToken(l) == token)
        .reduce((a, b) -> sa.lastToken(b) > sa.lastToken(a) ? b : a);
  }

  /**
   * The first owner mention that starts within {@code window} tokens from {@code from}, with no
   * comma, colon or bracket before it and no "and a" or "and an", which begins a second apposition
   * with a title of its own ({@code X, a former mayor of Port Aster and a member of the Unity
   * Party}: the Unity Party does not own the mayor).
   */
  static Optional<Located> firstActorWithin(SentenceActors sa, int from, int window) {
    for (Located l : sa.mentions()) {
      int f = sa.firstToken(l);
      if (f >= from && f - from <= window && isOwner(l)) {
        for (int j = from; j < f; j++) {
          if (sa.tokens().get(j).text().matches("[,;:()]") || secondApposition(sa, j)) {
            return Optional.empty();
          }
        }
        return startsLongerName(sa, l) ? Optional.empty() : Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a country's name is only the start of a longer one that no mention covers: a
   * capitalised word right after it that starts no mention of its own ({@code the leader of New
   * Zealand First}, a party the gazetteer does not know, is not New Zealand's leader). A person's
   * name after the country ({@code the president of Valdoria Ana Ruiz}) is a mention, and so no
   * such word.
   */
  private static boolean startsLongerName(SentenceActors sa, Located owner) {
    int next = sa.lastToken(owner) + 1;
    if (owner.entity().type() != EntityType.COUNTRY || next >= sa.tokens().size()) {
      return false;
    }
    return sa.tokens().get(next).text().matches("\\p{Lu}\\p{Ll}+")
        && sa.mentions().stream().noneMatch(l -> sa.firstToken(l) == next);
  }

  /** Whether "and a" or "and an" starts at token {@code j}. */
  static boolean secondApposition(SentenceActors sa, int j) {
    return j + 1 < sa.tokens().size()
        && sa.tokens().get(j).text().equals("and")
        && sa.tokens().get(j + 1).text().matches("an?");
  }
}
