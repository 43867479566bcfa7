package org.actorgraph.lexicon;

import java.util.Set;

/**
 * Plural and collective nouns that, after a country's demonym or possessive, stand for its state:
 * {@code Chinese officials}, {@code the Freedonian authorities}, {@code Sylvania's government},
 * {@code Kenyan police}. Source: general English; the government and military agents of PETRARCH2's
 * Phoenix.agents.txt.
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
          "army");

  private StateNouns() {}
}
