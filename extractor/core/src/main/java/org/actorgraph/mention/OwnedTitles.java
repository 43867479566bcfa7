package org.actorgraph.mention;

import java.util.List;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.TokenMatch;

/**
 * A title in lower case that a country or an organisation owns, ending just before a comma: {@code
 * Freedonia's finance minister,}, {@code the Sylvanian central bank governor,}, {@code Freedonia's
 * former foreign minister,}, {@code the Union's trade commissioner,}. News sets the holder's name
 * off by commas after it ({@code Freedonia's finance minister, Jane Doe, said}), a frame where a
 * title in lower case describes a person, as it does before the name in {@link
 * AppositiveNameFinder}.
 *
 * <p>Design decision: the owner is a gazetteer country's possessive or its demonym, or an
 * organisation's possessive, with up to {@value #MAX_MODIFIERS} lower-case words between it and an
 * unambiguous title ("former", "central bank"), or a role of the relate stage's ({@link
 * SupplementTitles}: "Freedonia's top diplomat,"); without an owner a lower-case title before a
 * comma may be a common noun's end. A royal title that is also a name ("King", "Sultan") is no name
 * in lower case after its owner ("the Saudi king,"), so it counts here too.
 */
final class OwnedTitles {

  private static final int MAX_MODIFIERS = 2;

  /** The longest title (in tokens) this frame reads. */
  private static final int MAX_TITLE_WORDS = 3;

  private final Gazetteer gazetteer;

  OwnedTitles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Whether a title in lower case that a country or an organisation owns ends at token {@code end}
   * (exclusive).
   */
  boolean endsAt(List<String> words, int end) {
    for (int k = end - 1; k >= 0 && k >= end - MAX_TITLE_WORDS; k--) {
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, k);
      if (title.isPresent()
          && (!title.get().value().ambiguous()
              || title.get().value().kind() == PersonTitle.Kind.ROYAL)
          && title.get().span().end() == end
          && lowerCase(words.get(k))) {
        return ownedBefore(words, k);
      }
      if (SupplementTitles.endAt(words, k) == end) {
        return ownedBefore(words, k);
      }
    }
    return false;
  }

  /** Whether a country's possessive or demonym ends a few lower-case words before {@code k}. */
  private boolean ownedBefore(List<String> words, int k) {
    for (int j = k; j >= 1 && k - j <= MAX_MODIFIERS; j--) {
      if (j < k && !lowerCase(words.get(j))) {
        return false;
      }
      if (ownerEndsAt(words, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "Freedonia's", "Freedonian" or an organisation's possessive ("the Union's") ends at
   * token {@code j} (exclusive).
   */
  private boolean ownerEndsAt(List<String> words, int j) {
    boolean possessive = TypeCues.isPossessive(words.get(j - 1));
    int nameEnd = possessive ? j - 1 : j;
    for (int start = Math.max(0, nameEnd - MAX_TITLE_WORDS); start < nameEnd; start++) {
      Optional<GazetteerMatch> owner =
          possessive
              ? gazetteer.longestMatchAt(words, start)
              : gazetteer.longestDemonymAt(words, start);
      if (owner.isPresent()
          && owner.get().span().end() == nameEnd
          && owner.get().unique().filter(e -> owns(e.type(), possessive)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an entry of {@code type} owns a title: a country, or after a possessive also an
   * organisation ({@code the Union's trade commissioner,}, {@code Aster Bank's chief executive,}).
   */
  private static boolean owns(EntityType type, boolean possessive) {
    return type == EntityType.COUNTRY || possessive && type == EntityType.ORGANISATION;
  }

  private static boolean lowerCase(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
  }
}
