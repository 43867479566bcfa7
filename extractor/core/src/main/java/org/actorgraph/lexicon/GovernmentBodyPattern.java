package org.actorgraph.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A generic word or phrase that marks a capitalised phrase as the name of a government body. These
 * are patterns for recognising bodies the gazetteer does not list, not entities.
 *
 * <p>A {@link Kind#HEAD} word builds a name with the words around it, as its {@link Form}s allow:
 * "Ministry" + of + capitalised words ("Ministry of Foreign Affairs"), or capitalised words +
 * "Ministry" ("Foreign Ministry"). A {@link Kind#PHRASE} ("Armed Forces", "National Police") is a
 * whole name; the country it belongs to comes from a preceding country name, demonym or possessive
 * ("Ecuador's National Police", "the Ecuadorian Armed Forces") or from the article.
 *
 * @param words the head word, or the words of the phrase
 * @param kind head word or whole phrase
 * @param forms for a head word, how it combines; empty for a phrase
 * @param example a name it recognises
 */
public record GovernmentBodyPattern(
    List<String> words, Kind kind, Set<Form> forms, String example) {

  /** Whether the pattern is one head word or a whole phrase. */
  public enum Kind {
    HEAD,
    PHRASE
  }

  /** How a head word combines with the capitalised words around it. */
  public enum Form {
    /** Head, then "of" or "for", then capitalised words: "Ministry of Foreign Affairs". */
    HEAD_OF,
    /** Capitalised words, then the head: "Foreign Ministry". */
    MODIFIER_HEAD
  }

  public GovernmentBodyPattern {
    words = List.copyOf(words);
    forms = Set.copyOf(forms);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(example, "example");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words empty");
    }
    if (kind == Kind.HEAD && (words.size() != 1 || forms.isEmpty())) {
      throw new IllegalArgumentException(
          "a head is one word with at least one form (found " + words + ", " + forms + ")");
    }
    if (kind == Kind.PHRASE && !forms.isEmpty()) {
      throw new IllegalArgumentException("a phrase has no forms (found " + forms + ")");
    }
  }

  /** The words joined by spaces. */
  public String text() {
    return String.join(" ", words);
  }
}
