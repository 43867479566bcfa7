package org.actorgraph.lexicon;

import java.util.Set;

/**
 * Plural and collective nouns that, after a country's demonym or possessive, stand for its state:
 * {@code Chinese officials}, {@code the Freedonian authorities}, {@code Sylvania's government},
 * {@code Kenyan police}, {@code India's antitrust regulator}. Source: general English; the
 * government, judicial and military agents of PETRARCH2's Phoenix.agents.txt (PROSECUTOR and JUDGE
 * are judiciary agents, JUD, there: {@code South Korean prosecutors}; REGULATOR and REGULATORY_BODY
 * are government agents there; Oxford Learner's Dictionary watchdog "a person or group of people
 * whose job is to check that companies obey particular standards and do not act illegally").
 */
public final class StateNouns {

  /** The nouns, in lower case. */
  public static final Set<String> GROUP =
      Set.of(
          "officials",
          "authorities",
          "government",
          "forces",
          "troops",
          "soldiers",
          "police",
          "military",
          "lawmakers",
          "leaders",
          "diplomats",
          "companies",
          "firms",
          "negotiators",
          "ministers",
          "army",
          "prosecutors",
          "judges",
          "regulator",
          "regulators",
          "watchdog",
          "watchdogs");

  /**
   * The nouns of {@link #GROUP} for a state's body that oversees one field, which a noun naming the
   * field may precede: {@code China's market regulator}, {@code Japan's competition watchdog}.
   * Other state nouns take no such noun, which would make them someone else's ({@code Freedonia's
   * opposition leaders}, {@code rebel forces}).
   */
  public static final Set<String> FIELD_BODIES =
      Set.of("regulator", "regulators", "watchdog", "watchdogs");

  private StateNouns() {}
}
