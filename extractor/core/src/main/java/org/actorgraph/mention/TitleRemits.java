package org.actorgraph.mention;

import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.TokenMatch;

/**
 * Titles that name their holder's remit: "Minister for the Middle East", "Minister for Asia and the
 * Pacific", "Special Envoy for the Horn of Africa", "Special Representative for Syria". The remit
 * is "for", then places or countries the gazetteer knows, joined by "and".
 *
 * <p>Design decision: a region or other place in a remit is part of the office's name, as "Foreign"
 * is part of "Foreign Minister", not a place the article speaks of, so it is no mention; a country
 * in a remit still is (a special envoy for Syria deals with Syria). A name after the remit is the
 * holder's ("Minister for Africa Jane Roe").
 */
final class TitleRemits {

  /** How many tokens a remit may run from "for" to the end of the place it covers. */
  private static final int MAX_REMIT = 10;

  /** How many tokens a title may have before its "for". */
  private static final int MAX_TITLE = 5;

  private final Gazetteer gazetteer;

  TitleRemits(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Where the remit that starts with "for" at token {@code at} ends: after its last place or
   * country; -1 when no known place or country follows "for" (or "for the").
   */
  int end(List<String> words, int at) {
    if (at >= words.size() || !words.get(at).equals("for")) {
      return -1;
    }
    int end = place(words, at + 1);
    if (end < 0) {
      return -1;
    }
    while (end < words.size() && words.get(end).equals("and")) {
      int next = place(words, end + 1);
      if (next < 0) {
        break;
      }
      end = next;
    }
    return end;
  }

  /**
   * Whether the known place or country at tokens {@code [start, end)} belongs to the remit of a
   * title: "for" (with "the", or after other places and "and") stands before it, and an unambiguous
   * title ends at that "for".
   */
  boolean covers(List<String> words, int start, int end) {
    for (int f = start - 1; f >= 0 && f >= start - MAX_REMIT; f--) {
      if (words.get(f).equals("for")) {
        return this.end(words, f) >= end && titleEndsAt(words, f);
      }
    }
    return false;
  }

  /**
   * Whether the name at token {@code start} is the remit of the title before it, after "for" or
   * "to" and an optional "the": "Special Envoy for Syria", "Ambassador to the United Nations", and
   * in lower case as wire copy writes a title after its country ("U.S. special envoy for Sudan").
   */
  boolean remitStartsAt(List<String> words, int start) {
    int p = start > 0 && words.get(start - 1).equals("the") ? start - 2 : start - 1;
    return p > 0
        && (words.get(p).equals("for") || words.get(p).equals("to"))
        && titleEndsAt(words, p, false);
  }

  private boolean titleEndsAt(List<String> words, int at) {
    return titleEndsAt(words, at, true);
  }

  /** Whether an unambiguous title ends at {@code at}, written with a capital when so asked. */
  private boolean titleEndsAt(List<String> words, int at, boolean capitalised) {
    for (int s = Math.max(0, at - MAX_TITLE); s < at; s++) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, s);
      if (title.isPresent()
          && title.get().span().end() == at
          && !title.get().value().ambiguous()
          && (!capitalised || Character.isUpperCase(words.get(s).charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** The end of a known place or country at {@code i} (after an optional "the"); -1 if none. */
  private int place(List<String> words, int i) {
    if (i < words.size() && words.get(i).equals("the")) {
      i++;
    }
    if (i >= words.size()) {
      return -1;
    }
    return gazetteer
        .longestMatchAt(words, i)
        .filter(m -> m.unique().filter(TitleRemits::placeOrCountry).isPresent())
        .map(GazetteerMatch::span)
        .map(span -> span.end())
        .orElse(-1);
  }

  private static boolean placeOrCountry(GazetteerEntry e) {
    return e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY;
  }
}
