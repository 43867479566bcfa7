package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * The third parties around an agreement, read off the words of its sentence: those who broker,
 * mediate or host it are no parties to it, and those they act between are. The verbs are the class
 * broker of {@code clause-words.tsv}:
 *
 * <ul>
 *   <li>a participle of good offices right after the phrase or its adjuncts: {@code a deal brokered
 *       by C}, {@code the truce, mediated by C and D,}, {@code signed a truce on Friday, brokered
 *       by C};
 *   <li>a verb of good offices before the phrase, in its clause, with the actors after its
 *       "between": {@code C and D are mediating between A and B in talks aimed at a ceasefire},
 *       {@code C, which mediated the grain deal between A and B}.
 * </ul>
 *
 * <p>Design decision: a broker whose verb is still to come ("offered to mediate a deal") is kept
 * out of the parties but given no part in the agreement ({@link Brokered#acting}), since the
 * mediation is only offered (CAMEO 039, not 045). A guarantor (class guarantee of {@code
 * clause-words.tsv}: {@code the truce, guaranteed by C}, {@code C, which guarantees the truce},
 * {@code C and D, the guarantors of the truce}) is likewise kept out of the parties with no part:
 * it stands surety for what others agreed, and brokers nothing.
 */
final class AgreementBrokers {

  /** How far before the phrase a verb of good offices may stand. */
  private static final int VERB_REACH = 10;

  /** How far after the phrase the comma before a participle of good offices may stand. */
  private static final int AGENT_REACH = 8;

  /** How many words may stand between "guarantors of" and the agreement phrase. */
  private static final int MODIFIERS = 4;

  /** How far after a verb of good offices (or its object) its "between" may stand. */
  private static final int BETWEEN_REACH = 4;

  /**
   * The third parties of one agreement phrase.
   *
   * @param brokers who brokers, mediates or hosts it, whether done or only offered
   * @param acting those of {@code brokers} whose good offices the sentence states as done
   * @param sides those a verb of good offices acts between
   */
  record Brokered(List<Entity> brokers, List<Entity> acting, List<Entity> sides) {
    Brokered {
      brokers = List.copyOf(brokers);
      acting = List.copyOf(acting);
      sides = List.copyOf(sides);
    }

    static final Brokered NONE = new Brokered(List.of(), List.of(), List.of());
  }

  private AgreementBrokers() {}

  /** The third parties of the agreement phrase from token {@code first} to {@code last}. */
  static Brokered of(Clause clause, List<Token> tokens, int first, int last) {
    Set<Entity> brokers = new LinkedHashSet<>();
    Set<Entity> acting = new LinkedHashSet<>();
    List<Entity> sides = new ArrayList<>();
    List<Entity> agents = agentsAfter(clause, tokens, first, last, AgreementBrokers::goodOffices);
    brokers.addAll(agents);
    acting.addAll(agents);
    brokers.addAll(guarantors(clause, tokens, first, last));
    int verb = verbBefore(tokens, first, AgreementBrokers::goodOffices);
    if (verb >= 0) {
      List<Entity> subjects = new ArrayList<>();
      // "C and D have tried to broker a truce": the subject of the verb the infinitive hangs on
      clause
          .subjectOf(AgreementFinder.controlling(tokens, verb))
          .forEach(p -> subjects.add(p.head()));
      AgreementFinder.relativeSubject(clause, tokens, verb).ifPresent(subjects::add);
      List<Entity> between = between(clause, tokens, verb, last);
      if (!signatories(tokens, verb, first, subjects, between)) {
        brokers.addAll(subjects);
        if (!offered(tokens, verb)) {
          acting.addAll(subjects);
        }
      }
      sides.addAll(between);
    }
    sides.removeAll(brokers);
    return brokers.isEmpty()
        ? Brokered.NONE
        : new Brokered(List.copyOf(brokers), List.copyOf(acting), sides);
  }

  /**
   * {@code a deal brokered by C}, {@code the truce, jointly mediated by C and D}, {@code signed a
   * truce in Port Aster on Friday, brokered by C}: a participle of good offices with its agent
   * right after the phrase, or after a comma that ends the clause's adjuncts (no verb between);
   * within a sentence's opening "Under" phrase, only the agents before the comma that closes it.
   */
  private static List<Entity> agentsAfter(
      Clause clause, List<Token> tokens, int first, int last, Predicate<Token> verbs) {
    int j = last + 1;
    for (int k = last + 1; k < tokens.size() && k - last <= AGENT_REACH; k++) {
      String w = tokens.get(k).text();
      if (w.matches("[;:.]") || tokens.get(k).pos().equals("VERB")) {
        break;
      }
      if (w.equals(",")) {
        j = k;
        break;
      }
    }
    if (j < tokens.size() && tokens.get(j).text().equals(",")) {
      j++;
    }
    while (j < tokens.size() && tokens.get(j).pos().equals("AUX")) {
      j++;
    }
    if (j < tokens.size() && lower(tokens, j).equals("jointly")) {
      j++;
    }
    if (j + 1 >= tokens.size()
        || !verbs.test(tokens.get(j))
        || !lower(tokens, j + 1).equals("by")) {
      return List.of();
    }
    // "Under a truce brokered by C, A and B exchanged prisoners": the opening phrase ends at the
    // comma, so A and B are the main clause's subject, no agents
    int under = AgreementFinder.underEnd(tokens, first);
    return clause.actorsAfter(j + 2, 2).stream()
        .filter(p -> under < 0 || p.last() < under)
        .map(ActorPhrase::head)
        .toList();
  }

  /**
   * A verb of good offices before the phrase in its clause: no semicolon, colon or verb of making
   * an agreement between them ({@code C hosted A and signed a pact with her} makes C a party), and
   * no agent "by" after it ({@code talks hosted by C led to a truce} leaves the truce to the talks'
   * sides).
   */
  private static int verbBefore(List<Token> tokens, int first, Predicate<Token> verbs) {
    for (int j = first - 1; j >= 0 && first - j <= VERB_REACH; j--) {
      Token t = tokens.get(j);
      if (t.text().matches("[;:]")) {
        return -1;
      }
      if (t.pos().equals("VERB") && verbs.test(t)) {
        return j + 1 < tokens.size() && lower(tokens, j + 1).equals("by") ? -1 : j;
      }
      if (t.pos().equals("VERB") && AgreementFinder.PARTY_VERBS.contains(t.lemma())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Those who stand surety for the agreement phrase from {@code first} to {@code last}: the agents
   * of a guarantee participle after it ({@code the truce, guaranteed by C and D}), the subjects of
   * a guarantee verb before it ({@code C, which guaranteed the 2020 ceasefire}), and the actors a
   * "guarantor(s) of" right before it describes, in apposition ({@code C and D, the guarantors of
   * the truce,}) or after a verb ({@code C and D are the guarantors of the truce}, {@code C acts as
   * guarantor of the deal}).
   */
  private static List<Entity> guarantors(Clause clause, List<Token> tokens, int first, int last) {
    Set<Entity> out =
        new LinkedHashSet<>(agentsAfter(clause, tokens, first, last, AgreementBrokers::guarantee));
    int verb = verbBefore(tokens, first, AgreementBrokers::guarantee);
    if (verb >= 0) {
      clause.subjectOf(AgreementFinder.controlling(tokens, verb)).forEach(p -> out.add(p.head()));
      out.addAll(AgreementFinder.relativeSubjects(clause, tokens, verb));
    }
    // "the guarantors of the 2020 Gaza truce": the phrase may begin after its modifiers
    int of = first - 1;
    while (of > 0
        && first - of <= MODIFIERS
        && (lower(tokens, of).matches("the|a|an|this|that|its|their")
            || tokens.get(of).pos().matches("ADJ|PROPN|NUM"))) {
      of--;
    }
    if (of < 1 || !lower(tokens, of).equals("of") || !guarantee(tokens.get(of - 1))) {
      return List.copyOf(out);
    }
    int k = of - 2;
    while (k >= 0 && lower(tokens, k).matches("the|its|their|as|joint|main|key|co")) {
      k--;
    }
    if (k >= 0 && tokens.get(k).text().equals(",")) {
      out.addAll(AgreementFinder.conjoinedEndingAt(clause, tokens, k - 1));
    } else if (k >= 0 && tokens.get(k).pos().matches("VERB|AUX")) {
      clause.subjectOf(k).forEach(p -> out.add(p.head()));
    }
    return List.copyOf(out);
  }

  private static boolean guarantee(Token t) {
    return inClass(t, DependencyWords::guarantee)
        || DependencyWords.guarantee(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the subjects of a verb of good offices preside over the signing itself, for the sides
   * they lead: "President A and President B presided over the signing of four agreements". Heads of
   * state and government preside over their own states' signing ceremonies (their ministers sign;
   * Vienna Convention on the Law of Treaties, art. 7(2)(a): heads of state and government represent
   * their state without full powers), so two or more of them, with no "between" naming other sides,
   * are the parties; one who presides over the signing of "the deal between A and B" stays a host.
   */
  private static boolean signatories(
      List<Token> tokens, int verb, int first, List<Entity> subjects, List<Entity> between) {
    if (subjects.size() < 2 || !between.isEmpty()) {
      return false;
    }
    for (int k = verb + 1; k + 1 < first; k++) {
      if (lower(tokens, k).equals("signing") && lower(tokens, k + 1).matches("of|ceremony")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "offered to mediate", "will broker": good offices not yet done; "helped (to) broker" is done.
   */
  private static boolean offered(List<Token> tokens, int verb) {
    if (verb < 1) {
      return false;
    }
    String before = lower(tokens, verb - 1);
    if (before.equals("to")) {
      return verb < 2 || !tokens.get(verb - 2).lemma().equals("help");
    }
    return before.matches("will|would|could|may|might|shall");
  }

  /** The actors after "between" after the verb, before the phrase ends or a few words after it. */
  private static List<Entity> between(Clause clause, List<Token> tokens, int verb, int last) {
    for (int j = verb + 1; j < tokens.size() && j <= last + BETWEEN_REACH; j++) {
      if (lower(tokens, j).equals("between")) {
        return clause.actorsAfter(j + 1, 4).stream().map(ActorPhrase::head).toList();
      }
      if (tokens.get(j).text().matches("[;:.]")) {
        break;
      }
    }
    return List.of();
  }

  /**
   * Whether a word is a verb of good offices, also when the lemmatiser left its participle as it
   * was ("mediated").
   */
  private static boolean goodOffices(Token t) {
    return inClass(t, DependencyWords::broker);
  }

  /** Whether the lemma of {@code t}, or a base form of it, is a word of {@code words}. */
  private static boolean inClass(Token t, Predicate<String> words) {
    return words.test(t.lemma()) || Inflections.bases(t.lemma()).stream().anyMatch(words);
  }

  private static String lower(List<Token> tokens, int j) {
    return tokens.get(j).text().toLowerCase(Locale.ROOT);
  }
}
