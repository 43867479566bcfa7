package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Alliances stated with the noun "ally" between countries or organisations, CAMEO 05: {@code
 * Freedonia is a close ally of Sylvania}, {@code Freedonia and Ruritania are longtime allies of
 * Sylvania}, {@code Freedonia, a key ally of Sylvania,}, {@code Sylvania's allies Freedonia and
 * Ruritania}, {@code Freedonia and Sylvania are allies}. A former alliance ("a former ally of") and
 * a negated or hypothetical one state nothing. The same bonds are alliances in force ({@link
 * AgreementFinder}).
 */
final class Allies {

  private static final Set<String> NOUNS = WordLists.set("ally_nouns.txt");

  /** What may stand between an actor and "ally of": a copula or a comma, an article, adjectives. */
  private static final Pattern BEFORE_OF =
      Pattern.compile(
          "(,|is|are|was|were|remains|remain|has been|have been|had been|became|become|becomes)"
              + "( now| still)?( a| an| the| one of the)?( [a-z-]+){0,2} (\\S+) (of|to)( the)?");

  /**
   * {@code Sylvania's ally Freedonia}, {@code Sylvania's closest allies}, {@code the Sylvanian
   * Islands' closest ally, Freedonia,}: a plural owner's apostrophe stands alone, and the ally may
   * be set off by a comma.
   */
  private static final Pattern POSSESSED = Pattern.compile("['’]s?( [a-z-]+){0,2} ([^\\s,]+)( ,)?");

  /** {@code Freedonia and Sylvania are allies}: after the second. */
  private static final Pattern AFTER_PAIR =
      Pattern.compile("(are|were|remain|have been|had been|became)( [a-z-]+){0,2} (\\S+)");

  private static final String CAMEO = "05";

  private static final double CONFIDENCE = 0.7;

  private Allies() {}

  /**
   * Two actors an "ally" noun binds: {@code a} and {@code b}, the noun as written ("allies"), and
   * the token the interaction cites.
   */
  record Bond(Entity a, Entity b, String noun, Token trigger) {}

  static List<Fact.Interaction> find(SentenceActors sa, ActorPhrases phrases) {
    return bonds(sa, phrases).stream()
        .map(
            b ->
                InteractionFinder.interaction(
                    b.a(), b.b(), CAMEO, b.trigger(), CONFIDENCE, sa.evidence()))
        .toList();
  }

  /** Whether a sentence has an "ally" noun, and so may state a bond. */
  static boolean anyIn(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> ally(t.text().toLowerCase(Locale.ROOT)));
  }

  /** The bonds between two countries or organisations the sentence states. */
  static List<Bond> bonds(SentenceActors sa, ActorPhrases phrases) {
    List<Bond> out = new ArrayList<>();
    List<ActorPhrase> all = phrases.all();
    List<Token> tokens = sa.tokens();
    if (all.size() < 2 || !anyIn(tokens)) {
      return out;
    }
    for (int k = 0; k + 1 < all.size(); k++) {
      ActorPhrase a = all.get(k);
      ActorPhrase b = all.get(k + 1);
      String gap = text(tokens, a.last() + 1, b.first());
      var of = BEFORE_OF.matcher(gap);
      if (of.matches() && ally(of.group(5)) && stated(sa, a.last() + 1, b.first())) {
        for (ActorPhrase s : phrases.conjuncts(a)) {
          add(out, s.head(), b.head(), of.group(5), tokens.get(b.first() - 1));
        }
        continue;
      }
      var owned = POSSESSED.matcher(gap);
      if (owned.matches() && ally(owned.group(2)) && stated(sa, a.last() + 1, b.first())) {
        for (ActorPhrase o : phrases.conjuncts(b)) {
          add(out, a.head(), o.head(), owned.group(2), tokens.get(b.first() - 1));
        }
        continue;
      }
      if (gap.equals("and")) {
        int end = Math.min(tokens.size(), b.last() + 5);
        for (int e = b.last() + 2; e <= end; e++) {
          var pair = AFTER_PAIR.matcher(text(tokens, b.last() + 1, e));
          if (pair.matches() && ally(pair.group(3)) && stated(sa, b.last() + 1, e)) {
            boolean closed = e == tokens.size() || tokens.get(e).text().matches("[.,;:]|in|since");
            if (closed) {
              add(out, a.head(), b.head(), pair.group(3), tokens.get(e - 1));
            }
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean ally(String word) {
    return NOUNS.contains(word);
  }

  /** No "former", negation or modal among the words that state the alliance. */
  private static boolean stated(SentenceActors sa, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = sa.tokens().get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || w.equals("no") || w.equals("not")) {
        return false;
      }
    }
    return !sa.negatedOrHypothetical(from);
  }

  private static void add(List<Bond> out, Entity a, Entity b, String noun, Token trigger) {
    if (!a.equals(b) && state(a) && state(b)) {
      out.add(new Bond(a, b, noun, trigger));
    }
  }

  private static boolean state(Entity e) {
    return e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANISATION;
  }

  private static String text(List<Token> tokens, int from, int to) {
    return StructureFinder.text(tokens, from, to).toLowerCase(Locale.ROOT);
  }
}
