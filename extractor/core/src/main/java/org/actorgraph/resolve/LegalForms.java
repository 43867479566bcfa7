package org.actorgraph.resolve;

import java.util.List;
import java.util.Set;
import org.actorgraph.text.WordFiles;

/**
 * A company's registered name and its everyday name: "Tesla Inc." is "Tesla", "Toyota Motor Corp"
 * is "Toyota", "ASML Holding NV" is "ASML". Wire copy gives the registered name once and the
 * everyday name after it, and both name one company. The legal forms ({@code legal_forms.txt}) and
 * the nouns of a line of business before them ({@code legal_name_words.txt}) are data.
 *
 * <p>Design decision: a business noun is dropped only when a legal form follows it, and only the
 * nouns a company names itself after without being a separate company: "Rosneft Trading SA" stays
 * apart from "Rosneft" and "Siemens Energy AG" from "Siemens", since both are subsidiaries that the
 * news names beside their parent.
 */
public final class LegalForms {

  private static final Set<String> FORMS =
      Set.copyOf(WordFiles.read("/org/actorgraph/resolve/legal_forms.txt"));
  private static final Set<String> BUSINESS_WORDS =
      Set.copyOf(WordFiles.read("/org/actorgraph/resolve/legal_name_words.txt"));

  private LegalForms() {}

  /**
   * The shorter names of a normalised registered name, longest first: without its legal forms, then
   * also without a business noun before them ("toyota motor corp" gives "toyota motor" and
   * "toyota"; "nnpc ltd" gives "nnpc"). None when the name does not end in a legal form or is one
   * alone.
   */
  static List<String> everydayNames(String normalised) {
    String name = normalised;
    int space;
    while ((space = name.lastIndexOf(' ')) > 0 && FORMS.contains(name.substring(space + 1))) {
      name = name.substring(0, space);
    }
    if (name.equals(normalised)) {
      return List.of();
    }
    space = name.lastIndexOf(' ');
    return space > 0 && BUSINESS_WORDS.contains(name.substring(space + 1))
        ? List.of(name, name.substring(0, space))
        : List.of(name);
  }

  /** Whether {@code name} ends in a company's legal form ("NNPC Ltd", "Siemens Energy AG"). */
  public static boolean registered(String name) {
    return !everydayNames(Names.normalise(name)).isEmpty();
  }

  /** Whether one normalised name is the registered name of the company the other names. */
  static boolean sameCompany(String a, String b) {
    return everydayNames(a).contains(b) || everydayNames(b).contains(a);
  }
}
