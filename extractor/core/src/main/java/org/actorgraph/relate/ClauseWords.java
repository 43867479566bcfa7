package org.actorgraph.relate;

import java.util.Set;

/**
 * The confidence levels and the word list that {@link ClauseSubjects} and {@link ClauseObjects}
 * share: words that may stand between a trigger and its actors without ending the search.
 */
final class ClauseWords {

  /** Confidence of an actor read straight off the words next to the trigger. */
  static final double DIRECT = 0.8;

  /** Confidence of an actor found further away: a pronoun, a relative clause, a shared subject. */
  static final double INDIRECT = 0.65;

  /** Time expressions and sentence adverbs that a subject or object search steps over. */
  static final Set<String> TIME_WORDS =
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

  private ClauseWords() {}
}
